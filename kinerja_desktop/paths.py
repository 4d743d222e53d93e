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
