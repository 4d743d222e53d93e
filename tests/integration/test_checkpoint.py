"""A bulk write that defers its checkpoint (store/db.py, a province import): committed and seen
at once, copied into the database file by a thread afterwards, and its connection checkpoints
at its commits again."""

import sqlite3
from contextlib import closing
import threading

import pytest

from kinerja_desktop.store import db as store_db


PAST = store_db.AUTOCHECKPOINT * store_db.PAGE_SIZE // 1000 + 1000  # rows of 1 KB: past the pages
# at which a commit checkpoints


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
        _fill(s, PAST)
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT count(*) FROM bulk").fetchone()[0] == PAST
    assert _in_file_only(db_path) == 0  # the commit left it in the WAL
    go.set()
    for thread in db._checkpoints:
        thread.join()
    assert _in_file_only(db_path) == PAST
    with db.transaction() as s:  # the same pooled connection checkpoints at its commits again
        assert s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == store_db.AUTOCHECKPOINT
        _fill(s, PAST)
    assert _in_file_only(db_path) == 2 * PAST  # the commit itself copied it


def test_a_deferred_checkpoint_that_rolls_back_leaves_nothing(db, db_path):
    with pytest.raises(RuntimeError), db.transaction(defer_checkpoint=True) as s:
        _fill(s, 5000)
        raise RuntimeError("refused")
    db.close()
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT count(*) FROM sqlite_master WHERE name = 'bulk'").fetchone()[0] == 0
    assert _in_file_only(db_path) == 0


def test_a_new_database_gets_large_pages_and_an_old_one_keeps_its_own(tmp_path):
    from kinerja_desktop.store.migrate import open_database

    new = open_database(str(tmp_path / "baru.sqlite3"))
    with new.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA page_size").scalar() == store_db.PAGE_SIZE
        assert s.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    new.close()

    old = tmp_path / "lama.sqlite3"  # made by an earlier version: SQLite's default pages
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("PRAGMA page_size=4096")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE lama (x TEXT)")
    kept = open_database(str(old))
    with kept.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert s.connection().exec_driver_sql("SELECT count(*) FROM lama").scalar() == 0
        assert s.connection().exec_driver_sql("SELECT count(*) FROM office").scalar() >= 0  # migrated
    kept.close()


def test_the_next_deferred_write_waits_for_the_checkpoint_so_the_wal_starts_again(db, db_path, monkeypatch):
    go, entered = threading.Event(), threading.Event()
    checkpoint = store_db._checkpoint
    monkeypatch.setattr(store_db, "_checkpoint", lambda path: (go.wait(30), checkpoint(path)))
    with db.transaction(defer_checkpoint=True) as s:
        _fill(s, PAST)
    one_import = db_path.with_name(db_path.name + "-wal").stat().st_size

    def second():
        with db.transaction(defer_checkpoint=True) as s:
            entered.set()
            _fill(s, PAST)
    writer = threading.Thread(target=second)
    writer.start()
    assert not entered.wait(0.5)  # held while the first import's WAL is still being copied
    go.set()
    writer.join(30)
    assert entered.is_set()
    # the second import wrote over the copied WAL instead of after it
    assert db_path.with_name(db_path.name + "-wal").stat().st_size < 1.5 * one_import
    db.close()
