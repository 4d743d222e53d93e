"""Backup, restore and the audit check: the operator's safety actions."""

from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from ..settings import BACKUP_DIR
from ..store import audit
from ..store.backup import backup_sqlite, restore_sqlite, timestamped_name
from ..store.db import Database
from ..store.migrate import upgrade
from .context import Actor


def _sqlite_path(db: Database) -> Path:
    if db.sqlite_path is None:
        raise UserError("Cadangan dan pemulihan dari program hanya untuk basis data SQLite; "
                        "untuk PostgreSQL gunakan pg_dump/pg_restore.")
    return db.sqlite_path


def backup(db: Database, target: Path | None = None) -> Path:
    """A consistent copy of the database (default: the backups folder, timestamped)."""
    source = _sqlite_path(db)
    with db.read() as s:
        folder = Path(BACKUP_DIR.get(s) or db.backup_dir)
    target = Path(target) if target else folder / timestamped_name(source.stem)
    if target.resolve() == source.resolve():
        raise UserError("Berkas cadangan tidak boleh sama dengan basis data yang sedang dipakai.")
    return backup_sqlite(source, target)


def restore(db: Database, actor: Actor, source: Path) -> Path:
    """Replace the database with ``source`` after saving a copy of the current one; the restored
    database is upgraded to the current schema. Returns the safety copy's path."""
    path = _sqlite_path(db)
    safety = backup_sqlite(path, db.backup_dir / timestamped_name(path.stem, "-sebelum-pulih"))
    db.engine.dispose()
    restore_sqlite(Path(source), path)
    upgrade(db)
    with db.transaction() as s:
        audit.record(s, actor=actor.username, action="database.restore", entity="database",
                     after={"source": str(source), "safety_copy": str(safety)})
    return safety


@dataclass(frozen=True)
class AuditCheck:
    entries: int
    chain_ok: bool
    problems: tuple[str, ...]


def verify_audit(db: Database) -> AuditCheck:
    """Check the audit chain and the seal of every final evaluation."""
    from .evaluation.seal import broken_seals  # the seal is the evaluation's business

    with db.read() as s:
        chain = audit.verify_chain(s)
        problems = [] if chain.ok else [f"log audit entri #{chain.first_bad_id}: {chain.problem}"]
        problems += broken_seals(s)
    return AuditCheck(chain.entries, chain.ok, tuple(problems))
