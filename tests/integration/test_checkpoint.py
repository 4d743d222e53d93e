"""A bulk write that defers its checkpoint (store/db.py, a province import): committed and seen
at once, copied into the database file by a thread afterwards, and its connection checkpoints
at its commits again."""

import sqlite3
import threading

import pytest

from kinerja_desktop.store import db as store_db


def _fill(s, rows: int) -> None:
    s.connection().exec_driver_sql("CREATE TABLE IF NOT EXISTS bulk (x TEXT)")
    s.connection().exec_driver_sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                   "INSERT INTO bulk SELECT hex(randomblob(500)) FROM n", (rows,))


def _in_file_only(path) -> int:
    """Rows the database file itself holds, the WAL left aside."""
    with sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True) as conn:
        found = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'bulk'").fetchone()[0]
        return conn.execute("SELECT count(*) FROM bulk").fetchone()[0] if found else 0


def test_a_deferred_checkpoint_is_committed_at_once_and_copied_after(db, db_path, monkeypatch):
    go = threading.Event()
    checkpoint = store_db._checkpoint
    monkeypatch.setattr(store_db, "_checkpoint", lambda path: (go.wait(30), checkpoint(path)))
    with db.transaction(defer_checkpoint=True) as s:
        _fill(s, 5000)  # 5 MB: past the 1,000 pages at which a commit checkpoints
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT count(*) FROM bulk").fetchone()[0] == 5000
    assert _in_file_only(db_path) == 0  # the commit left it in the WAL
    go.set()
    for thread in db._checkpoints:
        thread.join()
    assert _in_file_only(db_path) == 5000
    with db.transaction() as s:  # the same pooled connection checkpoints at its commits again
        assert s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
        _fill(s, 5000)
    assert _in_file_only(db_path) == 10000  # the commit itself copied it


def test_a_deferred_checkpoint_that_rolls_back_leaves_nothing(db, db_path):
    with pytest.raises(RuntimeError), db.transaction(defer_checkpoint=True) as s:
        _fill(s, 5000)
        raise RuntimeError("refused")
    db.close()
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT count(*) FROM sqlite_master WHERE name = 'bulk'").fetchone()[0] == 0
    assert _in_file_only(db_path) == 0
