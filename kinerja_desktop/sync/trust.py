"""District side, keys and trust: the district's own keys (made once, sealed under a passphrase)
and the province it trusts (a published file whose fingerprint is read aloud by phone)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..errors import NotAllowed, UserError
from ..services.access import require_writer
from ..services.context import Actor
from ..services.office import DEFAULT_CODE, check_code, home_office
from ..store import audit
from ..store.db import Database
from ..store.models import (
    SyncTrust,
)
from ..crypto import minisign
from ..services import keys
from . import package, payload
from .package import PackageRefused


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
    province: str  # the code packages are addressed to: the province's, or the hub's
    name: str
    fingerprint: str
    recipient: str
    trusted_at: datetime
    kind: str = "province"  # or "hub": this install is a sub-office


def read_province_file(data: bytes) -> tuple[dict, minisign.PublicKey]:
    """Open a `province publish` file and check it is signed by the key it carries."""
    opened = package.open_bytes(data)
    m = opened.manifest
    if m["type"] not in ("province", "hub"):
        raise PackageRefused("berkas ini berjenis '{type}', bukan berkas kunci provinsi atau hub (hasil 'kinerja province "
                             "publish' atau 'kinerja hub publish')", type=m['type'])
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
        return None if t is None else TrustRow(t.province, t.name, t.fingerprint, t.recipient, t.trusted_at, t.kind)


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
        upstream = m["office"] if m["type"] == "hub" else m["province"]  # where packages are addressed
        if m["type"] == "hub" and not office.code.startswith(f"{upstream}."):
            raise UserError("Berkas '{file_name}' milik hub {hub}, sedangkan kode instansi ini {code} bukan kode "
                            "sub-instansinya (mis. {hub}.01). Periksa kode instansi ('kinerja keys init --office').",
                            file_name=file_name, hub=upstream, code=office.code)
        if office.province and m["province"] != "-" and office.province != m["province"]:
            raise UserError("Berkas '{file_name}' milik provinsi {province}, sedangkan instansi ini tercatat di provinsi {province_2}. Minta berkas yang benar dari BKD provinsi.", file_name=file_name, province=m['province'], province_2=office.province)
        office.province = m["province"] if m["province"] != "-" else office.province
        current = s.scalar(select(SyncTrust).order_by(SyncTrust.id.desc()).limit(1))
        if current is not None and current.fingerprint != public.fingerprint():
            if _plain(replace_fingerprint) != _plain(public.fingerprint()):
                raise TrustChange(file_name, current.fingerprint, public.fingerprint())
            audit.record(s, actor=actor.username, action="sync.trust_replace", entity="office",
                         entity_uuid=office.uuid, before={"fingerprint": current.fingerprint},
                         after={"fingerprint": public.fingerprint(), "file": file_name})
        s.query(SyncTrust).delete()
        row = SyncTrust(province=upstream, kind=m["type"], name=m["name"], sign_key=public.text(),
                        recipient=m["recipient"], fingerprint=public.fingerprint())
        s.add(row)
        audit.record(s, actor=actor.username, action="sync.trust", entity="office", entity_uuid=office.uuid,
                     after={"province": upstream, "kind": m["type"], "fingerprint": row.fingerprint})
        s.flush()
        return TrustRow(row.province, row.name, row.fingerprint, row.recipient, row.trusted_at, row.kind)


def _plain(fingerprint: str | None) -> str:
    """A fingerprint as typed from a phone call: case, spaces and dashes do not matter."""
    return "".join(ch for ch in (fingerprint or "").upper() if ch.isalnum())
