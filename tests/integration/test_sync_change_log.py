"""The change log (schema 0008): an export reads only the records the triggers noted and those
not yet acknowledged, and sends exactly what reading every record would send, whatever wrote the
change: the program's services or SQL behind its back, a child row or its root, an insert, an
update or a delete."""

import sqlite3
from contextlib import closing

import orjson
import pytest
from sqlalchemy import func, select

from kinerja_desktop.store.models import SyncDirty
from kinerja_desktop.sync import changes, inbox
from kinerja_desktop.sync.changes import track

from .sync_world import ACTOR


class Rollback(Exception):
    pass


def lines(db, *, scan: bool, monkeypatch) -> list[bytes]:
    """The lines an export would write now, in a transaction rolled back afterwards."""
    out: list[bytes] = []
    with monkeypatch.context() as m:
        if scan:
            m.setattr(changes, "logged", lambda session: False)
        with pytest.raises(Rollback):
            with db.transaction() as s:
                track(s, full=False, progress=lambda *_: None, write=out.append)
                raise Rollback
    return out


def noted(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(SyncDirty))


EDITS = [  # behind the program's back, as a repair script or another tool would
    "UPDATE realisation SET value = value + 1 WHERE id = (SELECT min(id) FROM realisation)",
    "UPDATE indicator SET text = text || ' (ubah)' WHERE id = (SELECT max(id) FROM indicator)",
    "INSERT INTO rhk_feedback (evaluation_id, rhk_id, text) SELECT e.id, r.id, 'baru' FROM evaluation e "
    "JOIN rhk r ON r.skp_id = e.skp_id WHERE NOT EXISTS (SELECT 1 FROM rhk_feedback f WHERE f.evaluation_id = e.id "
    "AND f.rhk_id = r.id) LIMIT 1",
    "DELETE FROM behaviour_expectation WHERE id = (SELECT max(id) FROM behaviour_expectation)",
    "DELETE FROM attendance WHERE id = (SELECT min(id) FROM attendance)",
    "UPDATE unit SET name = name || ' (baru)' WHERE id = (SELECT max(id) FROM unit)",
    "UPDATE employee SET atasan_id = NULL WHERE id = (SELECT max(id) FROM employee WHERE atasan_id IS NOT NULL)",
    "UPDATE value_feedback SET text = 'diubah' WHERE id = (SELECT min(id) FROM value_feedback)",
]


def test_the_log_sends_what_reading_everything_sends(world, monkeypatch):
    first = world.export()
    assert noted(world.district) == 0  # the export emptied it in its transaction
    applied = inbox.import_from_province(world.district, ACTOR, world.receipt_file(world.import_(first)).read_bytes(),
                                         file_name="receipt")
    assert applied.changed
    assert lines(world.district, scan=False, monkeypatch=monkeypatch) == []  # nothing changed, nothing read
    with closing(sqlite3.connect(world.files["district"])) as conn, conn:
        for sql in EDITS:
            assert conn.execute(sql).rowcount == 1, sql
    assert 0 < noted(world.district) <= len(EDITS)
    logged = lines(world.district, scan=False, monkeypatch=monkeypatch)
    scanned = lines(world.district, scan=True, monkeypatch=monkeypatch)
    assert logged == scanned
    records = [orjson.loads(line) for line in logged]
    assert {r["kind"] for r in records} == {"evaluation", "skp", "attendance", "unit", "employee"}
    assert [r["kind"] for r in records if r["data"] == {"deleted": True}] == ["attendance"]  # a tombstone
    assert all(r["version"] == 2 for r in records)
    assert noted(world.district) > 0  # a rolled-back export keeps the log

    second = world.export()
    assert noted(world.district) == 0
    result = world.import_(second)
    assert result.status == "Diterapkan"


def test_an_unacknowledged_change_goes_again_without_being_noted_again(world, monkeypatch):
    first = world.export()
    inbox.import_from_province(world.district, ACTOR, world.receipt_file(world.import_(first)).read_bytes(),
                               file_name="receipt")
    with closing(sqlite3.connect(world.files["district"])) as conn, conn:
        conn.execute(EDITS[0])
    world.export()  # the stick is lost: the province never answers
    assert noted(world.district) == 0
    again = lines(world.district, scan=False, monkeypatch=monkeypatch)
    assert [orjson.loads(line)["kind"] for line in again] == ["evaluation"]
    assert again == lines(world.district, scan=True, monkeypatch=monkeypatch)


def test_a_change_made_before_the_log_existed_is_sent_after_the_upgrade(world, monkeypatch):
    """Schema 0008 notes "everything" (one row): a change written by the older program, which had
    no triggers, still goes at the next export."""
    first = world.export()
    inbox.import_from_province(world.district, ACTOR, world.receipt_file(world.import_(first)).read_bytes(),
                               file_name="receipt")
    with closing(sqlite3.connect(world.files["district"])) as conn, conn:
        conn.execute("DROP TRIGGER sync_log_unit_update")  # as before the upgrade
        conn.execute(EDITS[5])
    assert lines(world.district, scan=False, monkeypatch=monkeypatch) == []  # unnoted: the log cannot see it
    with closing(sqlite3.connect(world.files["district"])) as conn, conn:
        conn.execute("INSERT INTO sync_dirty (kind, uuid) VALUES ('*', '*')")  # what the upgrade step writes
        conn.execute(EDITS[0])  # while the log says "everything", a write notes nothing more
    assert noted(world.district) == 1
    sent = [orjson.loads(line) for line in lines(world.district, scan=False, monkeypatch=monkeypatch)]
    assert [r["kind"] for r in sent] == ["unit", "evaluation"] and sent[0]["data"]["name"].endswith("(baru)")
