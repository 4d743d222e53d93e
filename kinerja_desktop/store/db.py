"""Engine, sessions and the unit of work.

SQLite runs in WAL with foreign keys on and a busy timeout. Writes open with ``BEGIN IMMEDIATE``
so two programs on one shared PC never both read the audit chain's head and fork it.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


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

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.engine.url.database) if self.is_sqlite and self.engine.url.database else None

    @contextmanager
    def transaction(self, *, cache_kib: int = 0) -> Iterator[Session]:
        """One write transaction. ``cache_kib`` gives a bulk write (a 70,000-row roster) a larger
        SQLite page cache for its duration: once its indexes outgrow the default 2 MB, every row
        re-reads pages and the work stops growing linearly with the rows."""
        with self._writer() as session, session.begin():
            if cache_kib and self.engine.dialect.name == "sqlite":
                session.connection().exec_driver_sql(f"PRAGMA cache_size=-{int(cache_kib)}")
            try:
                yield session
            finally:
                if cache_kib and self.engine.dialect.name == "sqlite":
                    session.connection().exec_driver_sql("PRAGMA cache_size=-2000")

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
