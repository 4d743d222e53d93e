"""Helpers shared by the command handlers."""

import sys

from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

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
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    except OSError as exc:
        reason = exc.strerror or str(exc)
    except (ArgumentError, NoSuchModuleError, ModuleNotFoundError) as exc:
        raise UserError(f"Alamat basis data '{target}' tidak dikenali atau drivernya belum terpasang ({exc}). "
                        "Gunakan jalur berkas SQLite, atau URL seperti postgresql+psycopg://...") from None
    raise UserError(f"Basis data '{target}' tidak dapat dibuka: {reason}. Periksa jalurnya dan hak tulis "
                    "foldernya, atau pulihkan dari cadangan.")


def out(text: str = "") -> None:
    print(text, file=sys.stdout)
