"""Restore checks the backup before it replaces anything: a backup from a newer program, one that
carries a trigger or a table our migrations do not make, one whose audit chain was altered, a
province's or another office's database: each is refused by name and the live database is
exactly as it was. A sound backup replaces it in one rename, keeping the copy made before."""

import hashlib
import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kinerja_desktop.errors import NotAllowed, UserError
from kinerja_desktop.services import maintenance
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.services.office import get_office, update_office
from kinerja_desktop.services.roster import import_roster
from kinerja_desktop.store.migrate import open_database

from .conftest import ROSTER, write

ACTOR = cli_actor()


@pytest.fixture
def live(tmp_path):
    db = open_database(str(tmp_path / "kantor" / "kinerja.sqlite3"))
    update_office(db, ACTOR, code="1201", name="PEMERINTAH KABUPATEN CONTOH")
    import_roster(db, ACTOR, write(tmp_path / "r.csv", ROSTER))
    yield db
    db.close()


def fingerprint(db) -> str:
    """The live database's content, to show a refused restore changed nothing."""
    with closing(sqlite3.connect(db.sqlite_path)) as conn:
        rows = [line for line in conn.iterdump()]
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def backup_of(db, tmp_path: Path, name: str) -> Path:
    return maintenance.backup(db, ACTOR, tmp_path / name)


def refused(db, tmp_path, backup: Path, match: str, **kw) -> None:
    before, files = fingerprint(db), sorted(p.name for p in db.sqlite_path.parent.iterdir())
    with pytest.raises(UserError, match=re.escape(match)):
        maintenance.restore(db, ACTOR, backup, **kw)
    assert fingerprint(db) == before
    assert sorted(p.name for p in db.sqlite_path.parent.iterdir()) == files  # no copy left behind
    assert maintenance.verify_audit(db).problems == ()


def test_a_sound_backup_replaces_the_database_and_keeps_the_one_before(live, tmp_path):
    backup = backup_of(live, tmp_path, "pagi.sqlite3")
    update_office(live, ACTOR, place="Sore")
    safety = maintenance.restore(live, ACTOR, backup)
    assert safety.exists() and get_office(live).place == ""  # the morning's office, the evening's kept aside
    assert maintenance.verify_audit(live).problems == ()


def test_a_backup_from_a_newer_program_is_refused(live, tmp_path):
    backup = backup_of(live, tmp_path, "baru.sqlite3")
    with closing(sqlite3.connect(backup)) as conn, conn:
        conn.execute("update alembic_version set version_num='9999'")
    refused(live, tmp_path, backup, "skema 9999 yang tidak dikenal")
    open_database(str(live.sqlite_path)).close()  # still opens


@pytest.mark.parametrize("sql, what", [
    ("CREATE TRIGGER ganti AFTER INSERT ON audit_entry BEGIN UPDATE employee SET nama = 'X'; END", "trigger ganti"),
    ("CREATE TABLE pintu (x)", "table pintu"),
    ("CREATE INDEX ix_nama ON employee (nama)", "index ix_nama"),
    ("ALTER TABLE employee ADD COLUMN catatan_rahasia TEXT", "table employee (diubah)"),
    # the change log's trigger under its own name, doing something else
    ("DROP TRIGGER sync_log_employee_update; CREATE TRIGGER sync_log_employee_update AFTER UPDATE ON employee "
     "BEGIN UPDATE employee SET nama = 'X'; END", "trigger sync_log_employee_update (diubah)"),
    # a change log that no longer notes realisations: their changes would never reach the province
    ("DROP TRIGGER sync_log_realisation_insert", "trigger sync_log_realisation_insert (hilang)"),
])
def test_a_backup_with_what_our_schema_does_not_define_is_refused(live, tmp_path, sql, what):
    backup = backup_of(live, tmp_path, "jebakan.sqlite3")
    with closing(sqlite3.connect(backup)) as conn, conn:
        conn.executescript(sql)
    refused(live, tmp_path, backup, what)


def test_a_backup_whose_audit_chain_was_altered_is_refused(live, tmp_path):
    backup = backup_of(live, tmp_path, "diubah.sqlite3")
    with closing(sqlite3.connect(backup)) as conn, conn:
        conn.execute("update audit_entry set actor = 'orang lain' where id = (select min(id) from audit_entry)")
    refused(live, tmp_path, backup, "tidak utuh")


def test_another_office_needs_an_explicit_confirmation(live, tmp_path):
    other = open_database(str(tmp_path / "lain" / "kinerja.sqlite3"))
    update_office(other, ACTOR, code="1271", name="PEMERINTAH KOTA LAIN")
    generate_demo(other, ACTOR, employees=30)
    backup = backup_of(other, tmp_path, "kota.sqlite3")
    other.close()
    refused(live, tmp_path, backup, "milik instansi 1271")
    maintenance.restore(live, ACTOR, backup, other_office=True)
    assert get_office(live).code == "1271"
    with live.read() as s:
        from sqlalchemy import select

        from kinerja_desktop.store.models import AuditEntry

        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "database.restore")).all()[-1]
        after = json.loads(entry.after) if isinstance(entry.after, str) else entry.after
        assert after["other_office"] and after["office_before"] == "1201"


def test_a_province_database_never_replaces_a_district(live, tmp_path):
    from kinerja_desktop.sync import province

    prov = open_database(str(tmp_path / "prov" / "provinsi.sqlite3"))
    province.init_province(prov, ACTOR, code="12", name="Provinsi Uji", passphrase="rahasia-prov-123")
    backup = backup_of(prov, tmp_path, "provinsi-cadangan.sqlite3")
    prov.close()
    refused(live, tmp_path, backup, "basis data provinsi", other_office=True)


def test_only_an_operator_restores(live, tmp_path):
    from kinerja_desktop.services.context import Actor, Role

    backup = backup_of(live, tmp_path, "b.sqlite3")
    with pytest.raises(NotAllowed):
        maintenance.restore(live, Actor("penilai", Role.PENILAI, None), backup)


def test_a_failure_at_the_last_step_leaves_the_live_database(live, tmp_path, monkeypatch):
    backup = backup_of(live, tmp_path, "b.sqlite3")
    update_office(live, ACTOR, place="Sekarang")
    before = fingerprint(live)

    def power_cut(*_args):
        raise OSError("listrik padam")
    monkeypatch.setattr(maintenance, "copy_into", power_cut)
    with pytest.raises(OSError):
        maintenance.restore(live, ACTOR, backup)
    assert fingerprint(live) == before and get_office(live).place == "Sekarang"
    assert not (live.sqlite_path.parent / ".pemulihan").exists()
