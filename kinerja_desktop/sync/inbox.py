"""District side: what comes back from the province. A receipt marks the packages it covers as
synced (or, for a package this database never recorded, makes the province's chain this
database's own); reference data (roster corrections, organisation predikat) is applied."""

from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.workflow import OutboxStatus
from ..errors import Text, UserError
from ..files import write_atomically
from ..services.access import require_writer
from ..services.context import Actor
from ..services.office import home_office
from ..settings import SYNC_ACKED, SYNC_FULL_NEXT
from ..store import audit
from ..store.db import Database
from ..store.models import SyncOutbox, SyncTrust
from ..crypto import minisign
from . import package
from .district import outbox_dir, package_name
from .package import PackageRefused
from . import reference, slice_apply
from .reference import Applied


def _open_from_province(s: Session, data: bytes) -> package.Opened:
    opened = package.open_bytes(data)
    m = opened.manifest
    if m["type"] not in ("receipt", "reference", "slice"):
        raise PackageRefused("berkas berjenis '{type}' tidak diimpor di kabupaten/kota (paket kabupaten/kota diimpor di basis data provinsi)", type=m['type'])
    trust = s.scalar(select(SyncTrust).limit(1))
    if trust is None:
        raise PackageRefused("provinsi belum dipercaya: jalankan dahulu 'kinerja sync trust BERKAS'")
    if m["type"] == "slice" and trust.kind != "hub":
        raise PackageRefused("irisan data datang dari hub kabupaten/kota, sedangkan instansi ini melapor ke provinsi "
                             "{province}", province=trust.province)
    office = home_office(s).code
    if m["province"] != trust.province or m["office"] != office:
        raise PackageRefused("berkas untuk instansi {office} di provinsi {province}, bukan untuk instansi ini ({office_2}, provinsi {province_2})", office=m['office'], province=m['province'], office_2=office, province_2=trust.province)
    package.verify(opened, minisign.parse_public_key(trust.sign_key))
    return opened


def import_from_province(db: Database, actor: Actor, data: bytes, *, file_name: str,
                         passphrase: str | None = None) -> Applied:
    """`sync import` on a district: a receipt marks the covered changes synced; reference data
    (roster corrections, organisation predikat) is applied. One transaction; nothing changes
    when the file is refused."""
    require_writer(actor)
    try:
        with db.transaction() as s:
            opened = _open_from_province(s, data)
            if opened.manifest["type"] == "receipt":
                applied = _apply_receipt(s, actor, opened.manifest)
            elif opened.manifest["type"] == "slice":
                applied = Applied("slice", slice_apply.apply_slice(db, s, actor, opened, passphrase=passphrase), True)
            else:
                applied = reference.apply(db, s, actor, opened, passphrase=passphrase)
    except PackageRefused as exc:
        raise UserError("Berkas '{file_name}' ditolak: {exc}. Tidak ada yang diubah.", file_name=file_name, exc=exc) from None
    for name in applied.settled:  # only after the commit: until then the package may be needed
        (outbox_dir(db) / name).unlink(missing_ok=True)
    return applied


def _apply_receipt(s: Session, actor: Actor, m: dict) -> Applied:
    ref = m["package"]
    row = s.scalar(select(SyncOutbox).where(SyncOutbox.package_id == ref.get("id")))
    if row is None:
        return _adopt_chain(s, actor, m)
    if row.sequence != ref.get("sequence") or row.manifest_sha256 != ref.get("manifest_sha256"):
        raise PackageRefused("tanda terima ini untuk paket yang tidak pernah dikirim dari basis data ini")
    if row.status == OutboxStatus.DITERIMA:
        return Applied("receipt", Text("Tanda terima paket nomor {sequence} sudah diimpor sebelumnya; tidak ada yang "
                                       "berubah.", sequence=row.sequence), False)
    # The province applies a district's packages in order: a receipt for one proves every
    # earlier package was applied too, even if their own receipts were lost on the way.
    settled = s.scalars(select(SyncOutbox).where(SyncOutbox.status == OutboxStatus.MENUNGGU,
                                                 SyncOutbox.sequence <= row.sequence)).all()
    for earlier in settled:
        earlier.status, earlier.receipt_at = OutboxStatus.DITERIMA, datetime.now()
    row.result = m["result"]
    SYNC_ACKED.set(s, max(SYNC_ACKED.get(s), row.change_to))
    audit.record(s, actor=actor.username, action="sync.receipt", entity="package", entity_uuid=row.package_id,
                 after={"sequence": row.sequence, "result": m["result"]})
    conflicts = int(m["result"].get("conflicts", 0))
    hub = s.scalar(select(SyncTrust.kind).limit(1)) == "hub"
    note = (Text("; {conflicts} rekaman bentrok ditahan hub untuk diputuskan", conflicts=conflicts) if hub else
            Text("; {conflicts} rekaman bentrok ditahan provinsi untuk ditinjau", conflicts=conflicts)) if conflicts else ""
    return Applied("receipt", Text("Tanda terima paket nomor {sequence} diimpor: perubahan sampai nomor {change_to} "
                                   "tercatat sudah tersinkron{note}.", sequence=row.sequence, change_to=row.change_to,
                                   note=note), True, tuple(p.file_name for p in settled))


def _adopt_chain(s: Session, actor: Actor, m: dict) -> Applied:
    """A receipt, signed by the province for this office, for a package this database never
    recorded: it was made by this office before a backup was restored or a disk lost. The
    province's chain is the true one: its package becomes this database's last, the packages
    this database still holds unacknowledged are superseded (their files dropped), and the next
    export carries every record (the province keeps what is the same, takes what is newer and
    holds the rest as conflicts for review), so nothing is lost. An older receipt than what
    this database already has acknowledged is refused."""
    ref = m["package"]
    acked = s.scalar(select(func.max(SyncOutbox.sequence)).where(SyncOutbox.status == OutboxStatus.DITERIMA)) or 0
    if not isinstance(ref.get("sequence"), int) or ref["sequence"] <= acked:
        raise PackageRefused("tanda terima ini untuk paket yang tidak pernah dikirim dari basis data ini")
    superseded = s.scalars(select(SyncOutbox).where(SyncOutbox.status == OutboxStatus.MENUNGGU)).all()
    for old in superseded:
        old.status = "Digantikan"
    s.query(SyncOutbox).where(SyncOutbox.sequence >= ref["sequence"]).delete()
    s.add(SyncOutbox(package_id=ref["id"], sequence=ref["sequence"], manifest_sha256=ref["manifest_sha256"],
                     file_name=package_name(m["office"], ref["sequence"]), size=0, counts={},
                     change_from=0, change_to=0, full=False, status=OutboxStatus.DITERIMA, receipt_at=datetime.now(),
                     result=m["result"]))
    SYNC_FULL_NEXT.set(s, 1)
    audit.record(s, actor=actor.username, action="sync.adopt_chain", entity="package", entity_uuid=ref["id"],
                 after={"sequence": ref["sequence"], "acknowledged_before": acked,
                        "superseded": [p.sequence for p in superseded]})
    return Applied("receipt", Text(
        "Tanda terima paket nomor {sequence} dari provinsi diimpor, padahal basis data ini tidak mencatat paket itu "
        "(cadangan lama dipulihkan?). Urutan paket provinsi dipakai; ekspor berikutnya membawa semua data agar "
        "tidak ada yang hilang.", sequence=ref["sequence"]), True, tuple(p.file_name for p in superseded))


def verify_from_province(db: Database, data: bytes, *, file_name: str) -> dict:
    """`sync verify` on a district: a receipt or reference file checked against the trusted
    province key, nothing applied. Returns the manifest."""
    try:
        with db.read() as s:
            return _open_from_province(s, data).manifest
    except PackageRefused as exc:
        raise UserError("Berkas '{file_name}' ditolak: {exc}.", file_name=file_name, exc=exc) from None


def import_files(db: Database, actor: Actor, paths: list[Path], *, passphrase: str | None,
                 receipt_dir: Path | None = None) -> list[Text]:
    """`sync import` of files at a kabupaten or a sub-office, each in its own transaction, in the
    order given: receipts, reference data and slices from upstream; at a hub, its sub-offices'
    packages too, whose receipts are written into ``receipt_dir`` (each package's folder by
    default). The hub's keys are unsealed once for all of them (scrypt: 0.15 s a package, most of
    a round of thirty). Returns what each file did."""
    from . import hub_import

    unsealed, said = None, []
    for path in map(Path, paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError("Berkas '{path}' tidak dapat dibaca: {value}.", path=path, value=exc.strerror or exc) from None
        if not is_package(data):
            said.append(import_from_province(db, actor, data, file_name=str(path), passphrase=passphrase).message)
            continue
        if passphrase is None:
            raise UserError("Paket sub-instansi terenkripsi untuk hub: frasa sandi kunci instansi diperlukan.")
        unsealed = unsealed or hub_import.unseal(db, passphrase)
        result = hub_import.import_package(db, actor, path, unsealed=unsealed, file_name=str(path))
        folder = Path(receipt_dir or path.parent)
        written = [write_atomically(receipt, folder / name) for name, receipt in result.receipts]
        said.append(Text("{message} Tanda terima: {files}", message=result.message, files=", ".join(map(str, written))))
    return said


def is_package(data: bytes) -> bool:
    """Whether this file is a package (at a hub: from one of its sub-offices)."""
    try:
        return package.open_bytes(data).manifest["type"] == "package"
    except PackageRefused:
        return False


def needs_passphrase(data: bytes) -> bool:
    """Whether importing this province file needs the district's key (encrypted reference data)."""
    try:
        return package.open_bytes(data).manifest["type"] in ("reference", "slice", "package")
    except PackageRefused:
        return False
