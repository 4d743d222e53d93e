"""Province side: its keys, the published trust file, the registry of district keys, escrow,
and the per-district view (last sequence, held gaps, conflicts, days since the last package)."""

import os
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import __version__
from ..errors import NotAllowed, NotFound, UserError
from ..files import write_atomically
from ..services.access import require_operator, require_writer
from ..services.context import Actor
from ..services.office import is_province, province_code  # noqa: F401 - is_province: the province's API
from ..settings import PROVINCE_CODE, PROVINCE_NAME
from ..store import audit
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import Employee, ProvConflict, ProvDistrict, ProvPackage, ProvRecord
from ..crypto import minisign
from ..services import keys
from . import package


def require_province(session: Session) -> str:
    code = province_code(session)
    if not code:
        raise UserError("Basis data ini bukan basis data provinsi. Buat dengan 'kinerja --db BERKAS "
                        "province init --province KODE' pada berkas basis data tersendiri.")
    return code


def init_province(db: Database, actor: Actor, *, code: str, name: str, passphrase: str) -> keys.KeyInfo:
    """`province init`: the province's signing key and age identity, in a database of its own."""
    require_writer(actor)
    if not package.CODE.match(code or ""):
        raise UserError("Kode provinsi '{code}' tidak sah: gunakan huruf, angka, titik, garis bawah atau tanda hubung (paling panjang 32), mis. 32 untuk Jawa Barat.", code=code)
    with db.transaction() as s:
        if keys.active(s, keys.DISTRICT_SIGN) is not None or s.scalar(select(func.count(Employee.id))):
            raise NotAllowed("Basis data ini berisi data kabupaten/kota. Basis data provinsi dibuat pada "
                             "berkas tersendiri: kinerja --db provinsi.sqlite3 province init --province KODE")
        info = keys.create_pair(s, sign=keys.PROVINCE_SIGN, age=keys.PROVINCE_AGE, passphrase=passphrase)
        PROVINCE_CODE.set(s, code)
        PROVINCE_NAME.set(s, name or f"Provinsi {code}")
        audit.record(s, actor=actor.username, action="province.init", entity="province",
                     after={"province": code, "key_id": info.key_id})
        return info


@dataclass(frozen=True)
class Identity:
    code: str
    name: str


def identity(db: Database) -> Identity:
    with db.read() as s:
        return Identity(require_province(s), PROVINCE_NAME.get(s))


def rename(db: Database, actor: Actor, name: str) -> Identity:
    """The province's name, as districts see it in the next province file."""
    require_operator(actor)
    name = (name or "").strip()
    if not 3 <= len(name) <= 200:
        raise UserError("Nama provinsi harus 3 sampai 200 karakter, mis. Provinsi Sumatera Utara.")
    with db.transaction() as s:
        code = require_province(s)
        before = PROVINCE_NAME.get(s)
        PROVINCE_NAME.set(s, name)
        audit.record(s, actor=actor.username, action="province.rename", entity="province",
                     before={"name": before}, after={"name": name})
        return Identity(code, name)


def offered_key(public_text: str) -> tuple[str, str]:
    """The fingerprint and key id of a district's public key file: read over the telephone and
    compared before the key is enrolled."""
    try:
        public = minisign.parse_public_key(public_text)
    except minisign.SignatureRefused as exc:
        raise UserError("Kunci publik ditolak: {exc}. Minta berkas hasil 'kinerja keys public'.", exc=exc) from None
    return public.fingerprint(), public.key_id_hex


def key_info(db: Database) -> keys.KeyInfo | None:
    with db.read() as s:
        return keys.info(s, sign=keys.PROVINCE_SIGN, age=keys.PROVINCE_AGE)


def publish(db: Database, *, passphrase: str) -> bytes:
    """`province publish`: the signed file districts trust (signing key and age recipient)."""
    with db.read() as s:
        code = require_province(s)
        signer = keys.signer(s, keys.PROVINCE_SIGN, passphrase)
        manifest = {"type": "province", "id": str(uuid_mod.uuid4()), "office": code, "province": code,
                    "name": PROVINCE_NAME.get(s), "sign_key": signer.public.text(),
                    "recipient": keys.active(s, keys.PROVINCE_AGE).public, "app": __version__,
                    "schema": HEAD, "created_at": datetime.now().astimezone().isoformat(timespec="seconds")}
        return package.build(manifest, [], signer)


def escrow(db: Database, actor: Actor, *, passphrase: str, output: Path) -> Path:
    """`province escrow`: the age identity as a file ``age -d -i`` reads, for key custody. The
    operator only, and with the passphrase."""
    require_operator(actor)
    with db.read() as s:
        code = require_province(s)
        identity = keys.identity(s, keys.PROVINCE_AGE, passphrase)
        recipient = keys.active(s, keys.PROVINCE_AGE).public
    text = (f"# Kinerja Desktop: identitas age provinsi {code}. RAHASIA: simpan di brankas.\n"
            f"# created: {datetime.now().astimezone().isoformat(timespec='seconds')}\n"
            f"# public key: {recipient}\n{identity}\n")
    path = write_atomically(text.encode(), Path(output))
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    return path


@dataclass(frozen=True)
class Enrolled:
    office: str
    fingerprint: str
    key_id: str
    replaced: bool


def enrol(db: Database, actor: Actor, public_text: str, *, office: str, name: str = "") -> Enrolled:
    """`province enrol`: accept a district's key. A new key for an enrolled office replaces the
    old one and restarts its package sequence (a reinstalled district starts again at 1)."""
    require_writer(actor)
    if not package.CODE.match(office or ""):
        raise UserError("Kode instansi '{office}' tidak sah.", office=office)
    try:
        public = minisign.parse_public_key(public_text)
    except minisign.SignatureRefused as exc:
        raise UserError("Kunci publik ditolak: {exc}. Minta berkas hasil 'kinerja keys public'.", exc=exc) from None
    with db.transaction() as s:
        require_province(s)
        row = s.scalar(select(ProvDistrict).where(ProvDistrict.office == office))
        replaced = row is not None and row.sign_key != public.text()
        if row is None:
            row = ProvDistrict(office=office, name=name, sign_key=public.text(), key_id=public.key_id_hex,
                               fingerprint=public.fingerprint())
            s.add(row)
        elif replaced or row.revoked_at is not None:
            row.sign_key, row.key_id, row.fingerprint = public.text(), public.key_id_hex, public.fingerprint()
            row.revoked_at, row.last_sequence, row.last_manifest_sha256 = None, 0, ""
            s.query(ProvPackage).filter(ProvPackage.office == office, ProvPackage.status == "Ditahan").delete()
        row.name = name or row.name
        audit.record(s, actor=actor.username, action="province.enrol", entity="district",
                     after={"office": office, "key_id": public.key_id_hex, "replaced": replaced})
        return Enrolled(office, public.fingerprint(), public.key_id_hex, replaced)


def revoke(db: Database, actor: Actor, *, office: str) -> None:
    """`province revoke`: refuse every further package signed by the office's current key."""
    require_writer(actor)
    with db.transaction() as s:
        require_province(s)
        row = s.scalar(select(ProvDistrict).where(ProvDistrict.office == office))
        if row is None:
            raise NotFound("Instansi '{office}' belum terdaftar di provinsi ini.", office=office)
        row.revoked_at = datetime.now()
        audit.record(s, actor=actor.username, action="province.revoke", entity="district",
                     after={"office": office, "key_id": row.key_id})


@dataclass(frozen=True)
class DistrictRow:
    office: str
    name: str
    fingerprint: str
    revoked: bool
    last_sequence: int
    held: tuple[int, ...]  # sequences waiting for a gap to fill
    open_conflicts: int
    records: int
    days_since_last: int | None


def districts(db: Database) -> list[DistrictRow]:
    """Per district: stream position, held packages, open conflicts, records, days since last."""
    with db.read() as s:
        held, conflicts, records = {}, {}, {}
        for office, seq in s.execute(select(ProvPackage.office, ProvPackage.sequence)
                                     .where(ProvPackage.status == "Ditahan").order_by(ProvPackage.sequence)):
            held.setdefault(office, []).append(seq)
        conflicts = dict(s.execute(select(ProvConflict.office, func.count()).where(
            ProvConflict.status == "Terbuka").group_by(ProvConflict.office)).all())
        records = dict(s.execute(select(ProvRecord.office, func.count()).group_by(ProvRecord.office)).all())
        today = date.today()
        return [DistrictRow(d.office, d.name, d.fingerprint, d.revoked_at is not None, d.last_sequence,
                            tuple(held.get(d.office, ())), conflicts.get(d.office, 0), records.get(d.office, 0),
                            None if d.last_package_at is None else (today - d.last_package_at.date()).days)
                for d in s.scalars(select(ProvDistrict).order_by(ProvDistrict.office))]
