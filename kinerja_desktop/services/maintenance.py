"""Backup, restore and the audit check: the operator's safety actions."""

import shutil
from dataclasses import dataclass
from pathlib import Path

from ..errors import NotAllowed, Text, UserError
from ..settings import BACKUP_DIR
from ..store import audit
from ..store.backup import backup_sqlite, check_sqlite_file, close_wal, copy_into, timestamped_name
from ..store.db import Database
from ..store.migrate import open_database
from ..store.schema_check import check_schema
from .access import require_operator
from .context import Actor


def _sqlite_path(db: Database) -> Path:
    if db.sqlite_path is None:
        raise UserError("Cadangan dan pemulihan dari program hanya untuk basis data SQLite; "
                        "untuk PostgreSQL gunakan pg_dump/pg_restore.")
    return db.sqlite_path


def backup(db: Database, actor: Actor, target: Path | None = None) -> Path:
    """A consistent copy of the database (default: the backups folder, timestamped): every
    personnel record, so the operator's."""
    require_operator(actor)
    source = _sqlite_path(db)
    with db.read() as s:
        folder = Path(BACKUP_DIR.get(s) or db.backup_dir)
    target = Path(target) if target else folder / timestamped_name(source.stem)
    if target.resolve() == source.resolve():
        raise UserError("Berkas cadangan tidak boleh sama dengan basis data yang sedang dipakai.")
    return backup_sqlite(source, target)


def restore(db: Database, actor: Actor, source: Path, *, other_office: bool = False) -> Path:
    """Replace the database with the backup ``source``, checked first on a private copy: sound,
    at a schema revision this program knows, nothing in it our migrations do not define, its
    audit chain and seals intact, the same kind of database and (unless ``other_office`` is
    confirmed) the same office. Only then is the current database copied aside and replaced in
    one rename. On any refusal or failure the live database is exactly as it was. Returns the
    path of the copy made before the replacement."""
    require_operator(actor)
    path, source = _sqlite_path(db), Path(source)
    check_sqlite_file(source)
    work = path.parent / ".pemulihan"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(mode=0o700)
    try:
        candidate = backup_sqlite(source, work / path.name)  # a private copy: the backup is never touched
        check_schema(candidate, name=source.name)
        identity = _check_candidate(db, candidate, source.name, other_office)
        safety = backup_sqlite(path, db.backup_dir / timestamped_name(path.stem, "-sebelum-pulih"))
        _swap(db, candidate, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with db.transaction() as s:
        audit.record(s, actor=actor.username, action="database.restore", entity="database",
                     after={"source": str(source), "safety_copy": str(safety), **identity})
    return safety


def _check_candidate(db: Database, candidate: Path, name: str, other_office: bool) -> dict:
    """Upgrade the copy to this program's schema, then refuse a broken audit chain or seal, a
    database of another kind, or another office's database unless that was confirmed."""
    from .office import DEFAULT_CODE, get_office, is_province

    copy = open_database(str(candidate))
    try:
        problems = verify_audit(copy).problems
        theirs, their_kind = get_office(copy), is_province(copy)
    finally:
        copy.close()
    close_wal(candidate)
    if problems:
        raise UserError("Cadangan '{name}' tidak utuh: {problems}. Cadangan itu tidak dipulihkan; pilih cadangan "
                        "lain.", name=name, problems="; ".join(problems[:5]))
    ours, our_kind = get_office(db), is_province(db)
    if their_kind != our_kind:
        raise UserError("Cadangan '{name}' adalah basis data {kind}, sedangkan ini basis data {ours}: tidak "
                        "dipulihkan di sini.", name=name, kind=_KIND[their_kind], ours=_KIND[our_kind])
    if ours.code not in (DEFAULT_CODE, theirs.code) and not other_office:
        raise NotAllowed("Cadangan '{name}' milik instansi {theirs} ({their_name}), bukan instansi ini ({ours}). "
                         "Bila memang memindahkan data instansi itu ke sini, pulihkan dengan konfirmasi tegas: "
                         "kinerja restore BERKAS --other-office.", name=name, theirs=theirs.code,
                         their_name=theirs.name, ours=ours.code)
    return {"office_before": ours.code, "office_after": theirs.code, "other_office": ours.code != theirs.code}


_KIND = {True: Text("provinsi"), False: Text("kabupaten/kota")}


def _swap(db: Database, candidate: Path, path: Path) -> None:
    """Copy the checked database into the live file with SQLite's backup API: one write
    transaction on the live database, journaled like any other, so a crash leaves the old
    content or the new one, never half; another program with the database open waits for it."""
    db.engine.dispose()
    copy_into(candidate, path)


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
