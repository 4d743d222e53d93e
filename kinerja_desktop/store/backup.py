"""Consistent copies of a SQLite database through SQLite's online backup API."""

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ..errors import UserError
from ..paths import make_private


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` (a new file, written under a temporary name then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst)  # closed here, not whenever the garbage collector gets to them
    close_wal(tmp)
    tmp.replace(target)
    make_private(target.parent, target)  # a copy of every personnel record: this user's alone
    return target


def close_wal(path: Path) -> None:
    """Fold the write-ahead log into the file and leave it a single self-contained file."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def timestamped_name(stem: str, suffix: str = "") -> str:
    return f"{stem}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}{suffix}.sqlite3"


def copy_into(source: Path, target: Path) -> None:
    """Replace the content of the database ``target`` with ``source`` in one SQLite transaction
    (the online backup API writes the destination as one journaled transaction)."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target, timeout=30)) as dst:
        src.backup(dst)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy Kinerja Desktop database, naming it and the reason."""
    if not path.is_file():
        raise UserError("Berkas cadangan '{path}' tidak ditemukan.", path=path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError("Berkas '{path}' bukan basis data SQLite yang utuh ({exc}).", path=path, exc=exc) from None
    if ok != "ok":
        raise UserError("Berkas '{path}' rusak (pemeriksaan integritas: {ok}).", path=path, ok=ok)
    if not {"alembic_version", "employee", "audit_entry"} <= tables:
        raise UserError("Berkas '{path}' bukan basis data Kinerja Desktop.", path=path)
