"""Helpers shared by the command handlers."""

import sys

from sqlalchemy.exc import DatabaseError, OperationalError

from ..errors import UserError
from ..paths import default_db
from ..store.db import Database
from ..store.migrate import open_database


def db_arg(args) -> str:
    return args.db or default_db()


def open_db(args) -> Database:
    """Open (and upgrade) the database named by --db, KINERJA_DB or the default location."""
    target = db_arg(args)
    try:
        return open_database(target)
    except (OperationalError, DatabaseError) as exc:
        raise UserError(f"Basis data '{target}' tidak dapat dibuka: {exc.orig}. Periksa jalurnya "
                        "dan hak tulis foldernya, atau pulihkan dari cadangan.") from None


def out(text: str = "") -> None:
    print(text, file=sys.stdout)
