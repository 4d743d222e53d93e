"""Open a database: create it or upgrade its schema (after a backup copy), in one transaction."""

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from ..paths import data_dir, db_url
from .backup import backup_sqlite, timestamped_name
from .db import Database, make_engine

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_database(path_or_url: str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and bring the schema to head; a SQLite file with data is
    copied to the backups folder before any upgrade step runs."""
    url = db_url(path_or_url)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    db = Database(url, engine, *_folders(engine))
    if migrate:
        upgrade(db)
    return db


def _folders(engine: Engine) -> tuple[Path, Path]:
    base = Path(engine.url.database).parent if engine.dialect.name == "sqlite" else data_dir()
    return base / "evidence", base / "backups"


def upgrade(db: Database) -> None:
    current, head = current_revision(db.engine), head_revision()
    if current == head:
        return
    if current is not None and db.sqlite_path is not None:
        copy = db.backup_dir / timestamped_name(db.sqlite_path.stem, f"-sebelum-{head}")
        backup_sqlite(db.sqlite_path, copy)
        log.info("backup before upgrade %s -> %s: %s", current, head, copy)
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
