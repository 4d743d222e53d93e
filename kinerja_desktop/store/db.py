"""Engine, sessions and the unit of work.

SQLite runs in WAL with foreign keys on and a busy timeout. Writes open with ``BEGIN IMMEDIATE``
so two programs on one shared PC never both read the audit chain's head and fork it.
"""

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
PAGE_SIZE = 16_384  # of a new database file (SQLite's default is 4,096); see _tune_sqlite
AUTOCHECKPOINT = 1000  # SQLite's default: copy the WAL into the file at a commit past 1,000 pages
DEFERRED = "kinerja_checkpoint_deferred"  # in a pooled connection's info: its commit did not checkpoint
log = logging.getLogger(__name__)


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        # Only a file still without pages takes this, and only before WAL mode is set: an
        # existing database keeps its own. A province holds 280,000 records of 0.1-4 KB for each
        # 7,000-staff district: with 16 KB pages fewer of them spill onto overflow pages, the
        # file is 10 % smaller and ten packages import in 37 s instead of 45 s (docs/benchmarks.md).
        cur.execute(f"PRAGMA page_size={PAGE_SIZE}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


@dataclass
class Database:
    """An open database: the engine, the session factories and the evidence folder.

    ``transaction()`` is the unit of work of one user action: commit on success, rollback on
    any exception. ``read()`` is for queries. Sessions never leave these context managers.
    """

    url: str
    engine: Engine
    evidence_dir: Path
    backup_dir: Path

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._writer = sessionmaker(writer, expire_on_commit=False)
        self._checkpoints: list[threading.Thread] = []
        if self.is_sqlite:
            event.listen(self.engine, "checkin", self._checked_in)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.engine.url.database) if self.is_sqlite and self.engine.url.database else None

    @contextmanager
    def transaction(self, *, cache_kib: int = 0, defer_checkpoint: bool = False) -> Iterator[Session]:
        """One write transaction. ``cache_kib`` gives a bulk write (a 70,000-row roster) a larger
        SQLite page cache for its duration: once its indexes outgrow the default 2 MB, every row
        re-reads pages and the work stops growing linearly with the rows. ``defer_checkpoint``:
        its commit does not copy the WAL into the database file (a province import leaves 300 MB
        there, 0.6 s); a thread does that once the connection is back in the pool, so the caller
        goes on, and ``close`` and the next such transaction wait for it."""
        if defer_checkpoint:
            self._await_checkpoints()
        with self._writer() as session, session.begin():
            if defer_checkpoint and self.is_sqlite:
                session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint=0")
                session.connection().connection.info[DEFERRED] = True
            if cache_kib and self.is_sqlite:
                session.connection().exec_driver_sql(f"PRAGMA cache_size=-{int(cache_kib)}")
            try:
                yield session
            finally:
                if cache_kib and self.is_sqlite:
                    session.connection().exec_driver_sql("PRAGMA cache_size=-2000")

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def _checked_in(self, dbapi_conn, record) -> None:
        """A connection whose transaction deferred its checkpoint is back in the pool, committed
        or rolled back: it checkpoints at its commits again, and a thread copies the WAL now."""
        if dbapi_conn is None or record is None or not record.info.pop(DEFERRED, False):
            return
        dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT}")
        if self.sqlite_path is None:  # a database in memory has no WAL
            return
        thread = threading.Thread(target=_checkpoint, args=(self.sqlite_path,), name="kinerja-checkpoint", daemon=True)
        thread.start()
        self._checkpoints = [t for t in self._checkpoints if t.is_alive()] + [thread]

    def _await_checkpoints(self) -> None:
        """Wait for the checkpoints still copying. A write that begins before one has finished
        appends to the WAL instead of starting it again: ten packages in a row left a WAL of
        3.5 GB, and every page the next import read was looked up through all of it."""
        for thread in list(self._checkpoints):
            thread.join()
        self._checkpoints = [t for t in self._checkpoints if t.is_alive()]  # one begun meanwhile stays

    def close(self) -> None:
        self._await_checkpoints()
        self.engine.dispose()


def _checkpoint(path: Path) -> None:
    """Copy what the WAL holds into the database file, beside whoever reads or writes (PASSIVE).
    A failure leaves it to the next commit's own checkpoint, as SQLite does by default."""
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error as exc:
        log.warning("checkpoint of %s failed: %s", path, exc)
