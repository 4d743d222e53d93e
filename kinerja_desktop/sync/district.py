"""District side, export and outbox: a package of every change after the last one the province
has acknowledged (changes.py finds them), staged, committed, copied out; so a lost stick is
healed by the next export, and a receipt (inbox.py) moves that mark forward. Keys and trust are
in trust.py; their functions are reached through this module too (the district's API)."""

import hashlib
import os
import shutil
import tempfile
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import __version__
from ..domain.workflow import OutboxStatus
from ..gcpause import collector_paused
from ..errors import UserError
from ..files import copy_verified
from ..services.access import require_writer
from ..services.context import Actor
from ..services.office import DEFAULT_CODE, home_office
from ..settings import SLICE_SEQUENCE, SYNC_FULL_NEXT
from ..store import audit
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import (
    Evidence, SyncOutbox, SyncRecord, SyncTrust,
)
from ..services.evidence_store import evidence_path
from ..services import keys
from . import package, payload
from .changes import Progress, track
from .trust import (  # noqa: F401 - the district's API, kept where callers know it
    TrustChange, TrustRow, check_passphrase, init_keys, key_info, read_province_file, trust_province, trusted,
)



@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    counts: dict[str, int]
    encrypted: bool
    pending_copies: tuple[Path, ...]  # earlier packages without a receipt, copied along


@dataclass(frozen=True)
class OutboxRow:
    sequence: int
    package_id: str
    file_name: str
    size: int
    created_at: datetime
    status: str
    records: int
    full: bool
    receipt_at: datetime | None
    conflicts: int


def outbox_dir(db: Database) -> Path:
    return db.backup_dir.parent / "outbox"


def evidence_files(db: Database, session: Session, wanted: set[str]) -> dict[str, Path]:
    """The evidence files of ``wanted`` (sha256) that this database holds, to go in a body."""
    known = set(session.scalars(select(Evidence.sha256).where(Evidence.sha256.in_(wanted)))) if wanted else set()
    paths = {sha: evidence_path(db.evidence_dir, sha) for sha in sorted(known)}
    return {sha: path for sha, path in paths.items() if path.exists()}


def _header(session: Session, *, package_id: str, sequence: int, changes: tuple[int, int], full: bool) -> dict:
    office = home_office(session)
    last = session.scalar(select(SyncOutbox).order_by(SyncOutbox.sequence.desc()).limit(1))
    age_key = keys.active(session, keys.DISTRICT_AGE)
    trust = session.scalar(select(SyncTrust).limit(1))  # a sub-office's packages go to its hub
    return {"type": "package", "id": package_id, "office": office.code,
            "province": trust.province if trust else office.province or "-", "sequence": sequence,
            "previous": last.manifest_sha256 if last else "", "full": full,
            "changes": {"from": changes[0], "to": changes[1]}, "app": __version__, "schema": HEAD,
            "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "reply_to": age_key.public if age_key else ""}


def package_name(office: str, sequence: int) -> str:
    return f"{office}-{sequence:06d}.kinerja"


@collector_paused()
def export_package(db: Database, actor: Actor, *, passphrase: str, out_dir: Path, full: bool = False,
                   progress: Progress | None = None) -> ExportResult:
    """`sync export`: one signed package of every change the province has not acknowledged (all
    records with ``full``), encrypted when a province is trusted. Written to the outbox and to
    ``out_dir`` (read back and re-hashed); earlier packages still without a receipt are copied
    along, so one stick carries everything outstanding. ``progress(done, total)`` is called as
    records are read; raising in it cancels.

    A package becomes visible only once its sequence is committed: inside the transaction it is
    staged in the outbox under a ``.part`` name; after the commit it is renamed and copied out.
    A crash before the commit leaves nothing a province could receive (the staged file is
    dropped at the next export); a crash after it leaves the package committed, finished by the
    next export and copied along with it."""
    require_writer(actor)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise UserError("Folder tujuan '{out_dir}' tidak ada. Pilih folder atau flashdisk yang ada.", out_dir=out_dir)
    finish_staged(db)
    outbox = outbox_dir(db)
    outbox.mkdir(parents=True, exist_ok=True)
    with db.transaction() as s:
        code = home_office(s).code  # the first statement takes the write lock: one export at a time
        if code == DEFAULT_CODE:
            raise UserError("Kode instansi belum diatur. Jalankan 'kinerja keys init --office KODE' atau isi "
                            "kode instansi di Pengaturan.")
        for stale in outbox.glob(f"{WORK}*"):  # what an export killed mid-way left
            shutil.rmtree(stale, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix=WORK, dir=outbox) as work:
            name, manifest, pending = _build(db, s, actor, Path(work), code, passphrase=passphrase, full=full,
                                             progress=progress or (lambda done, total: None))
    finish_staged(db)  # committed: now the package may be seen
    copies = tuple(copy_verified(outbox / p, out_dir / p) for p in pending if (outbox / p).exists())
    path = copy_verified(outbox / name, out_dir / name)
    return ExportResult(path, manifest["sequence"], manifest["counts"], manifest["encrypted"], copies)


STAGED = ".part"
WORK = ".paket-"  # the folder an export writes its body in, inside the outbox


def _build(db: Database, s: Session, actor: Actor, work: Path, code: str, *, passphrase: str, full: bool,
           progress: Progress) -> tuple[str, dict, list[str]]:
    """Track the changes, write the body in ``work``, sign and stage the package; returns its
    name, its manifest and the earlier packages still waiting for a receipt."""
    signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
    _sign_statements(s, signer)
    trust = s.scalar(select(SyncTrust).limit(1))
    full = full or bool(SYNC_FULL_NEXT.get(s))  # after adopting the province's chain: everything
    SYNC_FULL_NEXT.set(s, 0)
    package_id = str(uuid_mod.uuid4())
    writer = payload.BodyWriter(work, header={"office": code, "id": package_id, "type": "package"},
                                to=trust.recipient if trust else None)
    try:
        tracked = track(s, full=full, progress=progress, write=writer.add)
        evidence = evidence_files(db, s, tracked.evidence)
        body = writer.finish(evidence)
    finally:
        writer.close()
    sequence = (s.scalar(select(func.max(SyncOutbox.sequence))) or 0) + 1
    changes = (0 if full else tracked.acked, tracked.counter)
    manifest = {**_header(s, package_id=package_id, sequence=sequence, changes=changes, full=full),
                "counts": dict(sorted(tracked.counts.items())), "encrypted": trust is not None,
                "sizes": {"records": writer.size, "evidence": sum(p.stat().st_size for p in evidence.values())}}
    if trust is not None and trust.kind == "hub":  # what the hub needs to tell a change from a stale copy
        manifest |= {"slice": SLICE_SEQUENCE.get(s), "diverged": _diverged(s, changes[0])}
    name = _stage(db, s, actor, body, manifest, signer)
    pending = [p.file_name for p in s.scalars(select(SyncOutbox).where(
        SyncOutbox.status == OutboxStatus.MENUNGGU, SyncOutbox.sequence < sequence).order_by(SyncOutbox.sequence))]
    return name, manifest, pending




def _diverged(s: Session, after: int) -> list[str]:
    """A sub-office: the records this package carries that it kept over a slice's other version."""
    t = SyncRecord.__table__
    return sorted(s.scalars(select(t.c.uuid).where(t.c.diverged.is_(True), t.c.change > after)))


def _sign_statements(s: Session, signer) -> None:
    """The key is unlocked anyway: sign the QR statement of every final evaluation still
    without one, so the province receives them and the next printout carries its QR code."""
    from ..services.printing.trust import sign_pending_in

    sign_pending_in(s, signer.seed, signer.public, home_office(s).code)


def _stage(db: Database, s: Session, actor: Actor, body: list, manifest: dict, signer) -> str:
    """Sign and write the package to the outbox under its staging name, flushed to disk, and
    record it, all inside the transaction: it is only seen once that commits."""
    name = package_name(manifest["office"], manifest["sequence"])
    staged = outbox_dir(db) / (name + STAGED)
    with open(staged, "wb") as f:
        manifest_bytes = package.build_to(f, manifest, body, signer)
        f.flush()
        os.fsync(f.fileno())
    s.add(SyncOutbox(package_id=manifest["id"], sequence=manifest["sequence"], file_name=name,
                     size=staged.stat().st_size, manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(),
                     counts=manifest["counts"], change_from=manifest["changes"]["from"],
                     change_to=manifest["changes"]["to"], full=manifest["full"]))
    audit.record(s, actor=actor.username, action="sync.export", entity="package", entity_uuid=manifest["id"],
                 after={"sequence": manifest["sequence"], "counts": manifest["counts"], "file": name})
    return name


def finish_staged(db: Database) -> None:
    """Settle what an interrupted export left in the outbox: a staged package whose sequence was
    committed gets its name (it is outstanding, and goes out with the next export); one whose
    transaction never committed is dropped, as if it had never been built."""
    outbox = outbox_dir(db)
    staged = sorted(outbox.glob(f"*.kinerja{STAGED}")) if outbox.is_dir() else []
    if not staged:
        return
    with db.read() as s:
        committed = set(s.scalars(select(SyncOutbox.file_name)))
    for path in staged:
        name = path.name.removesuffix(STAGED)
        if name in committed:
            os.replace(path, outbox / name)
        else:
            path.unlink(missing_ok=True)


def outbox(db: Database) -> list[OutboxRow]:
    with db.read() as s:
        rows = s.scalars(select(SyncOutbox).order_by(SyncOutbox.sequence.desc())).all()
        return [OutboxRow(r.sequence, r.package_id, r.file_name, r.size, r.created_at, r.status,
                          sum(r.counts.values()), r.full, r.receipt_at,
                          int((r.result or {}).get("conflicts", 0))) for r in rows]
