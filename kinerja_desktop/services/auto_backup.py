"""Automatic backups: on exit, and at most once a day while the program is open, a verified copy
goes to the backup folder; old ones are thinned to 7 daily, 4 weekly and 12 monthly copies.

Only the files this module names (``otomatis-YYYYMMDD-HHMMSS.sqlite3``) are ever deleted: copies
the operator made by hand, and the safety copies made before an upgrade or a restore, stay."""

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..settings import BACKUP_DIR
from ..store.backup import backup_sqlite, check_sqlite_file
from ..store.db import Database

PREFIX = "otomatis-"
NAME = re.compile(r"^otomatis-(\d{8}-\d{6})\.sqlite3\Z")
DAILY, WEEKLY, MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupRow:
    path: Path
    taken_at: datetime
    size: int
    employees: int | None  # None when the copy cannot be read
    evaluations: int | None
    automatic: bool


def backup_folder(db: Database) -> Path:
    with db.read() as s:
        return Path(BACKUP_DIR.get(s) or db.backup_dir)


def taken_at(path: Path) -> datetime | None:
    found = NAME.match(path.name)
    return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S") if found else None


def auto_backup(db: Database, *, now: datetime | None = None, force: bool = False) -> Path | None:
    """A verified copy unless one was taken in the last 24 hours (``force``: on exit, always);
    then the automatic copies are thinned. Returns the new copy, or None. A SQLite database only
    (a province on PostgreSQL has its own dumps)."""
    if db.sqlite_path is None:
        return None
    now = now or datetime.now()
    folder = backup_folder(db)
    existing = sorted(filter(None, (taken_at(p) for p in folder.glob(f"{PREFIX}*.sqlite3")))) if folder.is_dir() else []
    if not force and existing and now - existing[-1] < timedelta(days=1):
        return None
    target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}.sqlite3"
    backup_sqlite(db.sqlite_path, target)
    check_sqlite_file(target)  # verified: a copy that cannot be read back is no backup
    thin(folder, now)
    return target


def keep(times: list[datetime], now: datetime) -> set[datetime]:
    """Which automatic copies to keep: the newest of each of the last 7 days, of the last 4
    ISO weeks and of the last 12 months."""
    kept: set[datetime] = set()
    for key, count in ((lambda t: t.date(), DAILY), (lambda t: t.isocalendar()[:2], WEEKLY),
                       (lambda t: (t.year, t.month), MONTHLY)):
        newest: dict = {}
        for t in sorted(times):
            newest[key(t)] = t
        kept |= set(sorted(newest.values(), reverse=True)[:count])
    return kept


def thin(folder: Path, now: datetime) -> list[Path]:
    """Delete the automatic copies ``keep`` does not keep; returns them."""
    copies = {taken_at(p): p for p in folder.glob(f"{PREFIX}*.sqlite3") if taken_at(p)}
    kept = keep(list(copies), now)
    dropped = [path for when, path in copies.items() if when not in kept]
    for path in dropped:
        path.unlink(missing_ok=True)
    return dropped


def list_backups(db: Database) -> list[BackupRow]:
    """Every copy in the backup folder, newest first, with what it holds (read only)."""
    folder = backup_folder(db)
    rows = [_row(path) for path in folder.glob("*.sqlite3")] if folder.is_dir() else []
    return sorted(rows, key=lambda r: r.taken_at, reverse=True)


def _row(path: Path) -> BackupRow:
    when = taken_at(path) or datetime.fromtimestamp(path.stat().st_mtime)
    employees = evaluations = None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            employees = conn.execute("SELECT count(*) FROM employee WHERE active").fetchone()[0]
            evaluations = conn.execute("SELECT count(*) FROM evaluation").fetchone()[0]
    except sqlite3.DatabaseError:
        pass
    return BackupRow(path, when, path.stat().st_size, employees, evaluations, taken_at(path) is not None)
