"""A kabupaten's database as the hub of its sub-office installs (design.md section 5.1).

The BKPSDM's database, which already reports to the province, enrols the installs of its dinas,
kecamatan and schools: each for one subtree of its units, with the key ceremony of a province
(the sub-office's public key file, its fingerprint read by phone). A sub-office trusts the hub's
published file (``publish``, type ``hub``) as a district trusts its province's, and receives a
*slice* (``write_slice``): its units, its staff with their superiors (who may sit in another
sub-office or at the hub) and the SKP their RHK cascade from, the staff's plans, evaluations and
follow-up, the office settings and the organisation predikat of those units (``slices.py``). It
is signed by the hub and encrypted to the age recipient the sub-office's key file introduces
(``keys.introduce``); what the sub-office writes goes back to the hub in packages, as a
district's go to the province (``hub_import.py``).

The registry is the province's (``prov_district``, with ``unit_uuid`` for the subtree): a hub's
sub-offices are to it what districts are to a province.
"""

import re
import uuid as uuid_mod
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import __version__
from ..errors import NotAllowed, NotFound, UserError
from ..services import keys
from ..services.access import require_operator
from ..services.context import Actor
from ..services.office import DEFAULT_CODE, home_office
from ..settings import PROVINCE_CODE
from ..domain.workflow import ConflictStatus
from ..store import audit
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import (
    Employee, ProvConflict, ProvDistrict, SyncTrust, Unit,
)
from ..crypto import minisign
from . import package


def require_hub(session: Session) -> str:
    """This database's office code, when it can be a hub: a kabupaten's, with its keys."""
    if PROVINCE_CODE.get(session):
        raise NotAllowed("Basis data provinsi tidak menjadi hub; hub adalah basis data BKPSDM kabupaten/kota.")
    if session.scalar(select(SyncTrust.id).where(SyncTrust.kind == "hub").limit(1)) is not None:
        raise NotAllowed("Instansi ini sub-instansi dari sebuah hub; hanya basis data BKPSDM yang menjadi hub.")
    code = home_office(session).code
    if code == DEFAULT_CODE or keys.active(session, keys.DISTRICT_SIGN) is None:
        raise UserError("Hub memerlukan kode instansi dan kunci. Jalankan dahulu 'kinerja keys init --office KODE'.")
    return code


def publish(db: Database, *, passphrase: str) -> bytes:
    """`hub publish`: the signed file a sub-office trusts (the hub's signing key and age recipient)."""
    with db.read() as s:
        code = require_hub(s)
        office = home_office(s)
        signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
        manifest = {"type": "hub", "id": str(uuid_mod.uuid4()), "office": code, "province": office.province or "-",
                    "name": office.name, "sign_key": signer.public.text(),
                    "recipient": keys.active(s, keys.DISTRICT_AGE).public, "app": __version__, "schema": HEAD,
                    "created_at": datetime.now().astimezone().isoformat(timespec="seconds")}
        return package.build(manifest, [], signer)


def _sub_code(hub: str, code: str) -> str:
    if not re.fullmatch(rf"{re.escape(hub)}\.[0-9]{{1,4}}", code or ""):
        raise UserError("Kode sub-instansi '{code}' tidak sah: gunakan kode kabupaten/kota, titik dan nomor, mis. "
                        "{hub}.01.", code=code, hub=hub)
    return code


def _units(session: Session) -> dict[int, tuple[int | None, str, str, str | None]]:
    """id -> (parent id, uuid, name, code) of every unit."""
    return {i: (p, u, n, c) for i, p, u, n, c in session.execute(
        select(Unit.id, Unit.parent_id, Unit.uuid, Unit.name, Unit.code))}


def _find_unit(units: dict, wanted: "str | int") -> int:
    """A unit by its id (the window's list), its code, its uuid or its exact name (the one unit of
    that name)."""
    if isinstance(wanted, int) and wanted in units:
        return wanted
    for i, (_, uid, _, code) in units.items():
        if wanted in (uid, code):
            return i
    named = [i for i, (_, _, name, _) in units.items() if name == wanted]
    if len(named) == 1:
        return named[0]
    if named:
        raise UserError("Ada {count} unit bernama '{unit}'. Sebut unitnya dengan kode unit.", count=len(named), unit=wanted)
    raise NotFound("Unit '{unit}' tidak ada. Sebut unit dengan kode atau nama persis seperti di daftar Unit Kerja.",
                   unit=wanted)


def _subtree(units: dict, root: int) -> set[int]:
    children = defaultdict(list)
    for i, (parent, *_rest) in units.items():
        children[parent].append(i)
    out, todo = set(), [root]
    while todo:
        i = todo.pop()
        out.add(i)
        todo += children[i]
    return out


@dataclass(frozen=True)
class Enrolled:
    office: str
    unit: str
    fingerprint: str
    key_id: str
    recipient: bool  # the key file introduced its age recipient: a slice can be sent now
    replaced: bool


def enrol(db: Database, actor: Actor, public_text: str, *, office: str, unit: "str | int",
          name: str = "") -> Enrolled:
    """`hub enrol`: accept a sub-office's key for the subtree under ``unit``. Subtrees of two
    sub-offices never overlap (every record has one place where it is written). A new key for an
    enrolled sub-office replaces the old one and restarts its package sequence."""
    require_operator(actor)
    try:
        public, recipient = keys.introduced(public_text)
    except minisign.SignatureRefused as exc:
        raise UserError("Kunci publik ditolak: {exc}. Minta berkas hasil 'kinerja keys public' dari sub-instansi.",
                        exc=exc) from None
    with db.transaction() as s:
        hub = require_hub(s)
        office = _sub_code(hub, office)
        units = _units(s)
        root = _find_unit(units, unit)
        mine = _subtree(units, root)
        rows = {d.office: d for d in s.scalars(select(ProvDistrict).where(ProvDistrict.unit_uuid.is_not(None)))}
        by_uuid = {uid: i for i, (_, uid, _, _) in units.items()}
        for other in rows.values():
            if other.office == office or other.revoked_at is not None or other.unit_uuid not in by_uuid:
                continue
            theirs = _subtree(units, by_uuid[other.unit_uuid])
            if mine & theirs:
                raise NotAllowed("Unit {unit} sudah (sebagian) menjadi wilayah sub-instansi {other}. Satu unit hanya "
                                 "dipegang satu sub-instansi.", unit=units[root][2], other=other.office)
        row = rows.get(office)
        replaced = row is not None and row.sign_key != public.text()
        if row is None:
            row = ProvDistrict(office=office, sign_key=public.text(), key_id=public.key_id_hex,
                               fingerprint=public.fingerprint())
            s.add(row)
        elif replaced or row.revoked_at is not None:
            row.sign_key, row.key_id, row.fingerprint = public.text(), public.key_id_hex, public.fingerprint()
            row.revoked_at, row.last_sequence, row.last_manifest_sha256 = None, 0, ""
        row.name = name or row.name or units[root][2]
        row.unit_uuid = units[root][1]
        row.recipient = recipient or (row.recipient if not replaced else "")
        audit.record(s, actor=actor.username, action="hub.enrol", entity="sub_office",
                     after={"office": office, "unit": units[root][1], "key_id": public.key_id_hex, "replaced": replaced})
        return Enrolled(office, units[root][2], public.fingerprint(), public.key_id_hex, bool(row.recipient), replaced)


def revoke(db: Database, actor: Actor, *, office: str) -> None:
    """`hub revoke`: a sub-office's key is no longer trusted (a stolen laptop, an office closed):
    its packages are refused and no slice is written for it; its units are the hub's again, to
    write here, until a new key is enrolled for it."""
    require_operator(actor)
    with db.transaction() as s:
        require_hub(s)
        row = s.scalar(select(ProvDistrict).where(ProvDistrict.office == office, ProvDistrict.unit_uuid.is_not(None)))
        if row is None:
            raise NotFound("Sub-instansi '{office}' belum terdaftar di hub ini.", office=office)
        if row.revoked_at is None:
            row.revoked_at = datetime.now()
            audit.record(s, actor=actor.username, action="hub.revoke", entity="sub_office",
                         after={"office": office, "key_id": row.key_id})


@dataclass(frozen=True)
class SubOffice:
    office: str
    name: str
    unit: str  # the name of the subtree's root unit
    fingerprint: str
    revoked: bool
    staff: int  # in the subtree
    slices: int  # slices sent
    last_sequence: int  # of its packages applied here
    days_since_last: int | None
    ready: bool  # its age recipient is known: a slice can be sent
    conflicts: int  # open: records it sent that it does not own (ownership.py)


def offices(db: Database, actor: Actor) -> list[SubOffice]:
    """`hub status`: each enrolled sub-office and where it stands."""
    require_operator(actor)
    with db.read() as s:
        require_hub(s)
        units = _units(s)
        by_uuid = {uid: i for i, (_, uid, _, _) in units.items()}
        staff = dict(s.execute(select(Employee.unit_id, func.count()).group_by(Employee.unit_id)).all())
        conflicts = dict(s.execute(select(ProvConflict.office, func.count()).where(
            ProvConflict.status == ConflictStatus.TERBUKA).group_by(ProvConflict.office)).all())
        today, out = date.today(), []
        for d in s.scalars(select(ProvDistrict).where(ProvDistrict.unit_uuid.is_not(None)).order_by(ProvDistrict.office)):
            root = by_uuid.get(d.unit_uuid)
            tree = _subtree(units, root) if root is not None else set()
            out.append(SubOffice(d.office, d.name, units[root][2] if root is not None else "-", d.fingerprint,
                                 d.revoked_at is not None, sum(staff.get(i, 0) for i in tree), d.slice_sequence,
                                 d.last_sequence,
                                 None if d.last_package_at is None else (today - d.last_package_at.date()).days,
                                 bool(d.recipient), conflicts.get(d.office, 0)))
        return out


def unit_offices(db: Database, actor: Actor) -> dict[int, str]:
    """unit id -> the office that holds it: a sub-office's code, or the hub's own (where a
    transfer can send an employee)."""
    from .ownership import Offices

    require_operator(actor)
    with db.read() as s:
        code = require_hub(s)
        owners = Offices(s)
        return {i: owners.of_unit(i) or code for i in _units(s)}
