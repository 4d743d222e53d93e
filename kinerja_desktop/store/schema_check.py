"""Is a SQLite file exactly what our migrations make, at a revision this program knows?

A backup is checked before it may replace the live database: a schema from a newer program, or
anything our migrations do not define (a trigger that rewrites data on every audited action, an
extra table or index, a changed column), is named and refused. The structure is compared through
SQLite's pragmas against a database built by the same migrations, not by the text of the DDL,
which SQLAlchemy versions render differently."""

import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from ..errors import UserError


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from .migrate import alembic_config

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def structure(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple]:
    """(kind, name) -> what defines it: columns of a table, columns of an index; a trigger (the
    change log's, schema 0008) or a view by its whole text, which our migrations write out
    themselves (a trigger of our name that does something else is a change)."""
    found: dict[tuple[str, str], tuple] = {}
    for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"):
        if kind == "table":
            found[(kind, name)] = tuple(conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall())
        elif kind == "index":
            unique = next((row[2] for row in conn.execute(f'PRAGMA index_list("{table}")') if row[1] == name), None)
            found[(kind, name)] = (table, unique, tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')))
        else:
            found[(kind, name)] = (kind, " ".join((sql or "").split()))
    return found


def reference(revision: str) -> dict[tuple[str, str], tuple]:
    """The structure our migrations give a new database at ``revision``."""
    from alembic import command

    from .db import make_engine
    from .migrate import alembic_config

    with tempfile.TemporaryDirectory(prefix="kinerja-skema-") as folder:
        path = Path(folder) / "rujukan.sqlite3"
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
        engine.dispose()
        with closing(sqlite3.connect(path)) as conn:
            return structure(conn)


def check_schema(path: Path, *, name: str) -> str:
    """The revision of the database at ``path``; refused (naming ``name``) when this program does
    not know it, or when its structure is not exactly our migrations' at that revision."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0]
        found = structure(conn)
    if revision not in known_revisions():
        raise UserError("Berkas '{name}' memakai skema {revision} yang tidak dikenal program ini (dibuat versi "
                        "Kinerja Desktop yang lebih baru, atau diubah). Perbarui program, atau pilih cadangan lain.",
                        name=name, revision=revision)
    expected = reference(revision)
    extra = sorted(f"{kind} {item}" for kind, item in set(found) - set(expected))
    changed = sorted(f"{kind} {item}" for kind, item in set(found) & set(expected) if found[(kind, item)] != expected[(kind, item)])
    missing = sorted(f"{kind} {item}" for kind, item in set(expected) - set(found))
    if extra or changed or missing:
        raise UserError("Berkas '{name}' memuat struktur yang tidak dibuat program ini: {items}. Cadangan seperti "
                        "itu tidak dipulihkan; pilih cadangan lain.", name=name,
                        items="; ".join(extra + [f"{c} (diubah)" for c in changed] + [f"{m} (hilang)" for m in missing]))
    return revision
