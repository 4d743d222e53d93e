"""District side: keys, trusting the province, exporting packages, the outbox.

Change tracking compares content, not timestamps: each export reads every synced record, and a
record whose hash differs from the one last seen gets a new version and the next change number.
A package carries every change after the last one the province has acknowledged, so a lost
stick is healed by the next export, and a receipt moves that mark forward.
"""

import hashlib
import os
import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from .. import __version__
from ..domain.workflow import OutboxStatus
from ..gcpause import collector_paused
from ..errors import NotAllowed, UserError
from ..files import write_atomically, write_verified
from ..services.access import require_writer
from ..services.context import Actor
from ..services.office import DEFAULT_CODE, check_code, home_office
from ..settings import SYNC_ACKED, SYNC_CHANGE, SYNC_FULL_NEXT
from ..store import audit
from ..store.bulk import bulk_insert
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import (
    Employee, Evaluation, Evidence, Office, OrgPerformance, Skp, SyncOutbox, SyncRecord,
    SyncTrust, Unit,
)
from ..services.evidence_store import evidence_path
from . import keys, minisign, package, payload
from .package import PackageRefused
from .records import FLAT_KINDS, TOMBSTONE, dumps, snapshot


Progress = Callable[[int, int], None]


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


def init_keys(db: Database, actor: Actor, *, office_code: str, passphrase: str) -> keys.KeyInfo:
    """`keys init`: the district's signing key and age identity; sets the office code."""
    require_writer(actor)
    if not package.CODE.match(office_code or ""):
        raise UserError("Kode instansi '{office_code}' tidak sah: gunakan huruf, angka, titik, garis bawah atau tanda hubung (paling panjang 32), mis. kode BKN instansi.", office_code=office_code)
    with db.transaction() as s:
        if keys.active(s, keys.PROVINCE_SIGN) is not None:
            raise NotAllowed("Basis data ini adalah basis data provinsi; kunci kabupaten/kota dibuat "
                             "di basis data kabupaten/kota.")
        office = home_office(s)
        check_code(office, office_code)
        if office.code not in (DEFAULT_CODE, office_code) and not office.code.startswith("DEMO-"):
            raise UserError("Basis data ini milik instansi dengan kode {code}, bukan {office_code}. Buat kunci dengan kode {code}, atau ubah dahulu kode instansi di Pengaturan (kinerja init --office-code {office_code}).", code=office.code, office_code=office_code)
        if office.code != office_code:
            audit.record(s, actor=actor.username, action="office.update", entity="office",
                         entity_uuid=office.uuid, before={"code": office.code}, after={"code": office_code})
            office.code = office_code
        info = keys.create_pair(s, sign=keys.DISTRICT_SIGN, age=keys.DISTRICT_AGE, passphrase=passphrase)
        audit.record(s, actor=actor.username, action="sync.keys_init", entity="office",
                     entity_uuid=office.uuid, after={"key_id": info.key_id})
        return info


def check_passphrase(db: Database, passphrase: str) -> None:
    """Refuse a wrong passphrase of the district's key before an export or an import starts."""
    with db.read() as s:
        keys.signer(s, keys.DISTRICT_SIGN, passphrase)


def key_info(db: Database) -> keys.KeyInfo | None:
    with db.read() as s:
        return keys.info(s, sign=keys.DISTRICT_SIGN, age=keys.DISTRICT_AGE)


@dataclass(frozen=True)
class TrustRow:
    province: str
    name: str
    fingerprint: str
    recipient: str
    trusted_at: datetime


def read_province_file(data: bytes) -> tuple[dict, minisign.PublicKey]:
    """Open a `province publish` file and check it is signed by the key it carries."""
    opened = package.open_bytes(data)
    m = opened.manifest
    if m["type"] != "province":
        raise PackageRefused("berkas ini berjenis '{type}', bukan berkas kunci provinsi (hasil 'kinerja province publish')", type=m['type'])
    try:
        public = minisign.parse_public_key(m["sign_key"])
        payload.recipient(m["recipient"])
    except (minisign.SignatureRefused, PackageRefused) as exc:
        raise PackageRefused("kunci di dalam berkas provinsi tidak sah: {exc}", exc=exc) from None
    package.verify(opened, public)
    return m, public


def trusted(db: Database) -> TrustRow | None:
    with db.read() as s:
        t = s.scalar(select(SyncTrust).order_by(SyncTrust.id.desc()).limit(1))
        return None if t is None else TrustRow(t.province, t.name, t.fingerprint, t.recipient, t.trusted_at)


class TrustChange(NotAllowed):
    """The file carries another key than the one trusted: replaced only on an explicit request
    that repeats the new fingerprint (read out by the province by phone)."""

    def __init__(self, file_name: str, trusted: str, offered: str):
        super().__init__("Berkas '{file_name}' membawa kunci provinsi lain (sidik jari {offered}) daripada yang "
                         "dipercaya (sidik jari {trusted}). Kunci tidak diganti. Bila BKD provinsi memang mengganti "
                         "kuncinya, cocokkan sidik jari baru lewat telepon lalu ganti secara tegas: kinerja sync "
                         "trust BERKAS --replace --fingerprint {offered}", file_name=file_name, trusted=trusted,
                         offered=offered)
        self.trusted, self.offered = trusted, offered


def trust_province(db: Database, actor: Actor, data: bytes, *, file_name: str,
                   replace_fingerprint: str | None = None) -> TrustRow:
    """`sync trust`: record the province's keys; the fingerprint is to be confirmed by phone. A
    different key for a province already trusted is refused (TrustChange) unless
    ``replace_fingerprint`` repeats the new key's fingerprint; the replacement is audited."""
    require_writer(actor)
    try:
        m, public = read_province_file(data)
    except PackageRefused as exc:
        raise UserError("Berkas '{file_name}' ditolak: {exc}.", file_name=file_name, exc=exc) from None
    with db.transaction() as s:
        office = home_office(s)
        if office.province and office.province != m["province"]:
            raise UserError("Berkas '{file_name}' milik provinsi {province}, sedangkan instansi ini tercatat di provinsi {province_2}. Minta berkas yang benar dari BKD provinsi.", file_name=file_name, province=m['province'], province_2=office.province)
        office.province = m["province"]
        current = s.scalar(select(SyncTrust).order_by(SyncTrust.id.desc()).limit(1))
        if current is not None and current.fingerprint != public.fingerprint():
            if _plain(replace_fingerprint) != _plain(public.fingerprint()):
                raise TrustChange(file_name, current.fingerprint, public.fingerprint())
            audit.record(s, actor=actor.username, action="sync.trust_replace", entity="office",
                         entity_uuid=office.uuid, before={"fingerprint": current.fingerprint},
                         after={"fingerprint": public.fingerprint(), "file": file_name})
        s.query(SyncTrust).delete()
        row = SyncTrust(province=m["province"], name=m["name"], sign_key=public.text(),
                        recipient=m["recipient"], fingerprint=public.fingerprint())
        s.add(row)
        audit.record(s, actor=actor.username, action="sync.trust", entity="office", entity_uuid=office.uuid,
                     after={"province": m["province"], "fingerprint": row.fingerprint})
        s.flush()
        return TrustRow(row.province, row.name, row.fingerprint, row.recipient, row.trusted_at)


def _plain(fingerprint: str | None) -> str:
    """A fingerprint as typed from a phone call: case, spaces and dashes do not matter."""
    return "".join(ch for ch in (fingerprint or "").upper() if ch.isalnum())


@dataclass
class _Batch:
    """What one export carries: record lines (JSON text), counts, evidence hashes."""

    lines: list[str]
    counts: dict[str, int]
    evidence: set[str]

    def add(self, kind: str, uid: str, version: int, owner: str, data_json: str, data: dict) -> None:
        # The keys in sorted order, as records.dumps would write them, without dumping data twice.
        self.lines.append(f'{{"data":{data_json},"kind":"{kind}","owner":"{owner}","uuid":"{uid}",'
                          f'"version":{version}}}')
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if kind == "evaluation":
            self.evidence |= {e["sha256"] for e in data.get("evidence", ()) if e.get("sha256")}


def _track(session: Session, *, full: bool, progress: Progress) -> tuple[_Batch, int, int]:
    """Compare every record with its last seen hash; a changed one gets a new version and the
    next change number. Returns the batch (changes after the last acknowledged one, or all with
    ``full``), the acknowledged mark and the new counter."""
    table = SyncRecord.__table__
    states = {(r.kind, r.uuid): r for r in session.execute(select(table))}
    counter, acked = SYNC_CHANGE.get(session), SYNC_ACKED.get(session)
    office, batch, seen = home_office(session).code, _Batch([], {}, set()), set()
    inserts, updates = [], []

    def visit(kind: str, uid: str, data: dict) -> None:
        nonlocal counter
        text = dumps(data)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        state = states.get((kind, uid))
        version, change = (state.version, state.change) if state else (0, 0)
        if state is None or state.hash != digest:
            counter, version = counter + 1, version + 1
            change = counter
            (updates if state else inserts).append(dict(kind=kind, uuid=uid, hash=digest, version=version, change=change))
        if full or change > acked:
            batch.add(kind, uid, version, office, text, data)

    total = max(len(states), _roots(session))
    step = max(1, min(2000, total // 20))
    for kind, uid, data in snapshot(session):
        seen.add((kind, uid))
        visit(kind, uid, data)
        if len(seen) % step == 0:
            progress(len(seen), total)
    for key, state in states.items():  # gone from the database: a tombstone, never silence
        if key not in seen:
            visit(*key, TOMBSTONE)
    _save_states(session, inserts, updates)
    SYNC_CHANGE.set(session, counter)
    return batch, acked, counter


def _roots(session: Session) -> int:
    """How many records a snapshot yields (for progress)."""
    return sum(session.scalar(select(func.count()).select_from(m))
               for m in (Office, Unit, Employee, Skp, Evaluation, OrgPerformance, *(k.model for k in FLAT_KINDS)))


def _save_states(session: Session, inserts: list[dict], updates: list[dict]) -> None:
    table = SyncRecord.__table__
    bulk_insert(session.connection(), table, inserts)
    if updates:
        session.connection().execute(
            table.update().where(table.c.kind == bindparam("k"), table.c.uuid == bindparam("u"))
            .values(hash=bindparam("hash"), version=bindparam("version"), change=bindparam("change")),
            [{**u, "k": u["kind"], "u": u["uuid"]} for u in updates])


def _evidence(db: Database, session: Session, wanted: set[str]) -> dict[str, bytes]:
    known = set(session.scalars(select(Evidence.sha256).where(Evidence.sha256.in_(wanted)))) if wanted else set()
    out = {}
    for sha in sorted(known):
        path = evidence_path(db.evidence_dir, sha)
        if path.exists():
            out[sha] = path.read_bytes()
    return out


def _header(session: Session, *, sequence: int, changes: tuple[int, int], full: bool) -> dict:
    office = home_office(session)
    if office.code == DEFAULT_CODE:
        raise UserError("Kode instansi belum diatur. Jalankan 'kinerja keys init --office KODE' atau isi "
                        "kode instansi di Pengaturan.")
    last = session.scalar(select(SyncOutbox).order_by(SyncOutbox.sequence.desc()).limit(1))
    age_key = keys.active(session, keys.DISTRICT_AGE)
    return {"type": "package", "id": str(uuid_mod.uuid4()), "office": office.code,
            "province": office.province or "-", "sequence": sequence,
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
    with db.transaction() as s:
        signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
        _sign_statements(s, signer)
        trust = s.scalar(select(SyncTrust).limit(1))
        full = full or bool(SYNC_FULL_NEXT.get(s))  # after adopting the province's chain: everything
        SYNC_FULL_NEXT.set(s, 0)
        batch, acked, counter = _track(s, full=full, progress=progress or (lambda done, total: None))
        sequence = (s.scalar(select(func.max(SyncOutbox.sequence))) or 0) + 1
        manifest = {**_header(s, sequence=sequence, changes=(0 if full else acked, counter), full=full),
                    "counts": dict(sorted(batch.counts.items())), "encrypted": trust is not None}
        body = payload.pack("".join(line + "\n" for line in batch.lines).encode("utf-8"),
                            _evidence(db, s, batch.evidence), to=trust.recipient if trust else None,
                            header={k: manifest[k] for k in ("office", "id", "type")})
        data = package.build(manifest, body, signer)
        name = _stage(db, s, actor, data, manifest)
        pending = [p.file_name for p in s.scalars(select(SyncOutbox).where(
            SyncOutbox.status == OutboxStatus.MENUNGGU, SyncOutbox.sequence < manifest["sequence"]).order_by(SyncOutbox.sequence))]
    finish_staged(db)  # committed: now the package may be seen
    outbox = outbox_dir(db)
    copies = tuple(write_verified((outbox / p).read_bytes(), out_dir / p) for p in pending if (outbox / p).exists())
    path = write_verified(data, out_dir / name)
    return ExportResult(path, manifest["sequence"], manifest["counts"], manifest["encrypted"], copies)


STAGED = ".part"


def _sign_statements(s: Session, signer) -> None:
    """The key is unlocked anyway: sign the QR statement of every final evaluation still
    without one, so the province receives them and the next printout carries its QR code."""
    from ..services.printing.trust import sign_pending_in

    sign_pending_in(s, signer.seed, signer.public, home_office(s).code)


def _stage(db: Database, s: Session, actor: Actor, data: bytes, manifest: dict) -> str:
    """Record the package and write it to the outbox under its staging name, in the transaction."""
    name = package_name(manifest["office"], manifest["sequence"])
    outbox = outbox_dir(db)
    outbox.mkdir(parents=True, exist_ok=True)
    write_atomically(data, outbox / (name + STAGED))
    s.add(SyncOutbox(package_id=manifest["id"], sequence=manifest["sequence"], file_name=name, size=len(data),
                     manifest_sha256=package.manifest_sha256(data), counts=manifest["counts"],
                     change_from=manifest["changes"]["from"], change_to=manifest["changes"]["to"],
                     full=manifest["full"]))
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
