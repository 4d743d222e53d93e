"""Where things live: platformdirs locations, overridden by KINERJA_HOME and KINERJA_DB."""

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "kinerja-desktop"
DB_FILENAME = "kinerja.sqlite3"


def data_dir() -> Path:
    home = os.environ.get("KINERJA_HOME")
    return Path(home) if home else Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = os.environ.get("KINERJA_HOME")
    return Path(home) / "logs" if home else Path(user_log_dir(APP_NAME, appauthor=False))


def default_db() -> str:
    """The database to open when none is named: KINERJA_DB, else the data folder's file."""
    return os.environ.get("KINERJA_DB") or str(data_dir() / DB_FILENAME)


def db_url(path_or_url: str) -> str:
    """A SQLAlchemy URL for a path (SQLite) or a URL given as is (e.g. postgresql://...)."""
    if "://" in path_or_url:
        return path_or_url
    return f"sqlite:///{Path(path_or_url).expanduser().resolve()}"


def resource_dir() -> Path:
    """``resources/``: beside the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


PRIVATE_FILE, PRIVATE_DIR = 0o600, 0o700


def keep_private() -> None:
    """Personnel data is for this user's eyes: everything the program writes from now on (the
    database, its journal, backups, logs, evidence, packages, PDFs) is readable by this user
    alone. Called first by both entry points. On Windows the per-user application folder
    already keeps other users out."""
    if os.name == "posix":
        os.umask(0o077)


def make_private(*paths: Path) -> None:
    """Tighten what an older version (or a copy) left readable: folders 0700, files 0600."""
    if os.name != "posix":
        return
    for path in paths:
        try:
            if path.is_dir():
                path.chmod(PRIVATE_DIR)
            elif path.exists():
                path.chmod(PRIVATE_FILE)
        except OSError:  # not ours (a shared folder the user chose): leave it as it is
            pass
