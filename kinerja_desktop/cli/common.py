"""Helpers shared by the command handlers."""

import sys

from ..paths import default_db
from ..store.db import Database
from ..store.migrate import open_checked


def db_arg(args) -> str:
    return args.db or default_db()


def open_db(args) -> Database:
    """Open (and upgrade) the database named by --db, KINERJA_DB or the default location."""
    return open_checked(db_arg(args))


def out(text: str = "") -> None:
    print(text, file=sys.stdout)
