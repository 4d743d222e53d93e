"""Open a database: create it or upgrade its schema (after a backup copy), in one transaction.

Alembic is imported only when the schema is not current: it costs half a second of start-up.
"""

import logging
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from ..errors import UserError
from ..paths import data_dir, db_url, make_private
from .backup import backup_sqlite, timestamped_name
from .db import Database, make_engine

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


# The newest migration; tests/integration/test_migrations.py proves it is Alembic's head.
HEAD = "0011"


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None for an empty one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(path_or_url: str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and bring the schema to head; a SQLite file with data is
    copied to the backups folder before any upgrade step runs."""
    url = db_url(path_or_url)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    db = Database(url, engine, *_folders(engine))
    if db.sqlite_path is not None:
        _private_files(db)
    if migrate:
        upgrade(db)
    return db


def open_checked(target: str) -> Database:
    """``open_database`` for people: a missing folder, a file that is not a database, an unknown
    URL or driver become a UserError that names the target and what to do."""
    from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

    try:
        return open_database(target)
    except (OperationalError, DatabaseError) as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    except OSError as exc:
        reason = exc.strerror or str(exc)
    except (ArgumentError, NoSuchModuleError, ModuleNotFoundError) as exc:
        raise UserError("Alamat basis data '{target}' tidak dikenali atau drivernya belum terpasang ({exc}). Gunakan jalur berkas SQLite, atau URL seperti postgresql+psycopg://...", target=target, exc=exc) from None
    raise UserError("Basis data '{target}' tidak dapat dibuka: {reason}. Periksa jalurnya dan hak tulis foldernya, atau pulihkan dari cadangan.", target=target, reason=reason)


def _private_files(db: Database) -> None:
    """The database, its journal and its folders readable by this user alone (an older version
    left them 0644); the data folder too when the database lives in it."""
    path = db.sqlite_path
    folders = [db.evidence_dir, db.backup_dir] + ([path.parent] if path.parent == data_dir() else [])
    make_private(*folders, path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _folders(engine: Engine) -> tuple[Path, Path]:
    base = Path(engine.url.database).parent if engine.dialect.name == "sqlite" else data_dir()
    return base / "evidence", base / "backups"


def upgrade(db: Database) -> None:
    current = current_revision(db.engine)
    if current == HEAD:
        return
    from alembic import command

    head = head_revision()
    if current is not None and db.sqlite_path is not None:
        copy = db.backup_dir / timestamped_name(db.sqlite_path.stem, f"-sebelum-{head}")
        backup_sqlite(db.sqlite_path, copy)
        log.info("backup before upgrade %s -> %s: %s", current, head, copy)
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
