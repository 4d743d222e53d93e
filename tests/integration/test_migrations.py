"""Schema creation and upgrades on real SQLite files."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kinerja_desktop.store.migrate import current_revision, head_revision, open_database
from kinerja_desktop.store.models import Employee

SAVED = sorted((Path(__file__).parent.parent / "data" / "schemas").glob("*.sqlite3"))


def test_empty_database_created_at_head_and_reopened(db_path):
    db = open_database(str(db_path))
    assert current_revision(db.engine) == head_revision()
    db.close()
    reopened = open_database(str(db_path))
    assert current_revision(reopened.engine) == head_revision()
    assert not reopened.backup_dir.exists()  # nothing to upgrade, so no copy was needed
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    reopened.close()


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.add(Employee(office_id=99, nip="198609262015051001", nama="x", jenis_jabatan="Pelaksana", unit_id=42))


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_database_of_each_released_schema_opens(saved, tmp_path):
    """One saved database per released schema: it opens, upgrades to head, keeps its data, and is
    copied to backups/ first when an upgrade step runs."""
    path = tmp_path / saved.name
    shutil.copy(saved, path)
    old = sqlite3.connect(path).execute("select version_num from alembic_version").fetchone()[0]
    db = open_database(str(path))
    assert current_revision(db.engine) == head_revision()
    with db.read() as s:
        assert len(s.scalars(select(Employee.nip)).all()) == 4
    assert (old != head_revision()) == db.backup_dir.exists()
    db.close()


def test_head_constant_is_alembics_head():
    from kinerja_desktop.store.migrate import HEAD

    assert HEAD == head_revision()


def test_there_is_a_saved_database_for_the_head_schema():
    assert any(p.stem.startswith(head_revision()) for p in SAVED)


def test_seals_made_before_version_2_still_verify_after_the_upgrade(tmp_path):
    """A demo database sealed by the program at schema 0002 (seal version 1, tests/data/seals):
    upgraded, every seal still verifies under its own rules, and an edit is still caught."""
    from kinerja_desktop.domain.verification import verification_code
    from kinerja_desktop.services.maintenance import verify_audit
    from kinerja_desktop.services.printing.trust import verify_code
    from kinerja_desktop.store.models import Evaluation

    path = tmp_path / "v1.sqlite3"
    shutil.copy(Path(__file__).parent.parent / "data" / "seals" / "v1-demo-0002.sqlite3", path)
    db = open_database(str(path))
    with db.read() as s:
        versions = set(s.scalars(select(Evaluation.seal_version).where(Evaluation.seal_hash.is_not(None))))
        some = s.execute(select(Evaluation.id, Evaluation.seal_hash).where(Evaluation.predikat.is_not(None),
                                                                            Evaluation.period_kind == "tahunan")).first()
    assert versions == {1}
    assert not verify_audit(db).problems
    assert verify_code(db, verification_code(some.seal_hash)).intact
    db.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE value_feedback SET text = 'diubah' WHERE evaluation_id = ?", (some.id,))
    db = open_database(str(path))
    assert verify_audit(db).problems and not verify_code(db, verification_code(some.seal_hash)).intact
    db.close()
