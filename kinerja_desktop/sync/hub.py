"""A kabupaten's database as the hub of its sub-office installs (design.md section 5.1).

The BKPSDM's database, which already reports to the province, enrols the installs of its dinas,
kecamatan and schools: each for one subtree of its units, with the key ceremony of a province
(the sub-office's public key file, its fingerprint read by phone). A sub-office trusts the hub's
published file (``publish``, type ``hub``) as a district trusts its province's, and receives a
*slice* (``write_slice``): its units, its staff with their superiors (who may sit in another
sub-office or at the hub) and the SKP their RHK cascade from, the staff's plans, evaluations and
follow-up, the office settings and the organisation predikat of those units. The slice is
signed by the hub and encrypted to the age recipient the sub-office's key file introduces
(``keys.introduce``). The sub-office writes it into its own tables (``apply_slice``, through
``live.Writer``) and then works offline; what it writes goes back to the hub in packages, as a
district's go to the province.

The registry is the province's (``prov_district``, with ``unit_uuid`` for the subtree): a hub's
sub-offices are to it what districts are to a province.
"""

import os
import re
import shutil
import tempfile
import uuid as uuid_mod
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, String, Table, func, select
from sqlalchemy.orm import Session

from .. import __version__
from ..errors import NotAllowed, NotFound, Text, UserError
from ..files import copy_verified
from ..services import keys
from ..services.access import require_operator
from ..services.context import Actor
from ..services.office import DEFAULT_CODE, home_office
from ..settings import PROVINCE_CODE, SLICE_SEQUENCE, SUB_OFFICE_UNIT
from ..domain.workflow import ConflictStatus
from ..store import audit
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import (
    Employee, Evaluation, Evidence, OrgPerformance, ProvConflict, ProvDistrict, Rhk, Skp, SkmResponse, SyncRecord, SyncTrust, Unit,
)
from ..crypto import minisign
from ..services.evidence_store import evidence_path, store_bytes
from . import live, package, payload, reader, records
from .kinds import FLAT_KINDS, KIND_ORDER, KINDS, RECORD_KINDS
from .package import PackageRefused

EMPLOYEE_KINDS = tuple(k.name for k in FLAT_KINDS if k.fks.get("employee_id", ("", ""))[1] == "employee")


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


# -- the slice: what one sub-office receives

def _selection(s: Session, tree: set[int]) -> dict[str, set[int]]:
    """Root ids of each kind the slice of ``tree`` carries: the subtree's staff and what they
    need, closed over the records they name (an atasan's atasan, the SKP an RHK cascades from)."""
    people = set(s.scalars(select(Employee.id).where(Employee.unit_id.in_(tree))))
    # the SKP of the subtree's staff, and those a penilai of the subtree appraises (sync/ownership.py)
    own_skps = set(s.scalars(select(Skp.id).where(Skp.employee_id.in_(people) | Skp.penilai_id.in_(people)))) \
        if people else set()
    atasan = dict(s.execute(select(Employee.id, Employee.atasan_id)).all())
    employees, skps, todo_e, todo_s = set(), set(), set(people), set(own_skps)
    while todo_e or todo_s:
        while todo_e:
            e = todo_e.pop()
            if e is not None and e not in employees:
                employees.add(e)
                todo_e.add(atasan.get(e))
        fresh = todo_s - skps
        todo_s = set()
        if fresh:
            skps |= fresh
            for employee, penilai in s.execute(select(Skp.employee_id, Skp.penilai_id).where(Skp.id.in_(fresh))):
                todo_e |= {employee, penilai} - employees
            parent = Rhk.__table__.alias("parent_rhk")
            todo_s |= set(s.scalars(select(parent.c.skp_id).select_from(Rhk.__table__.join(
                parent, Rhk.__table__.c.parent_id == parent.c.id)).where(Rhk.__table__.c.skp_id.in_(fresh)))) - skps
    units = _units(s)
    kept = set(tree) | set(s.scalars(select(Employee.unit_id).where(Employee.id.in_(employees))))
    for i in list(kept):
        while units[i][0] is not None and units[i][0] not in kept:
            i = units[i][0]
            kept.add(i)
    chosen = {"unit": kept, "employee": employees, "skp": skps,
              "evaluation": set(s.scalars(select(Evaluation.id).where(Evaluation.skp_id.in_(own_skps)))) if own_skps else set(),
              "org_performance": set(s.scalars(select(OrgPerformance.id).where(OrgPerformance.unit_id.in_(kept)))),
              "skm": set(s.scalars(select(SkmResponse.id).where(SkmResponse.unit_id.in_(tree))))}
    for kind in EMPLOYEE_KINDS:
        model = next(k.model for k in FLAT_KINDS if k.name == kind)
        chosen[kind] = set(s.scalars(select(model.id).where(model.employee_id.in_(people)))) if people else set()
    plans = chosen.get("development_plan", set())
    item = next(k.model for k in FLAT_KINDS if k.name == "development_item")
    chosen["development_item"] = set(s.scalars(select(item.id).where(item.plan_id.in_(plans)))) if plans else set()
    return chosen


_IDS = Table("kinerja_slice_ids", MetaData(), Column("kind", String(20)), Column("id", Integer),
             prefixes=["TEMPORARY"])


@dataclass(frozen=True)
class SliceResult:
    path: Path
    sequence: int
    counts: dict[str, int]


def write_slice(db: Database, actor: Actor, *, office: str, passphrase: str, out_dir: Path) -> SliceResult:
    """`hub slice`: the signed, encrypted slice for ``office``, written to ``out_dir``. Its number
    is counted in the same transaction; the file is copied out (and read back) once that commits."""
    require_operator(actor)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise UserError("Folder tujuan '{out_dir}' tidak ada. Pilih folder atau flashdisk yang ada.", out_dir=out_dir)
    work = Path(tempfile.mkdtemp(prefix=".irisan-", dir=db.backup_dir.parent))
    try:
        with db.transaction() as s:
            hub = require_hub(s)
            row = s.scalar(select(ProvDistrict).where(ProvDistrict.office == office, ProvDistrict.unit_uuid.is_not(None)))
            if row is None:
                raise NotFound("Sub-instansi '{office}' belum terdaftar di hub ini: daftarkan dengan 'kinerja hub enrol "
                               "KUNCI.pub --office {office} --unit UNIT'.", office=office)
            if row.revoked_at is not None:
                raise NotAllowed("Kunci sub-instansi {office} sudah dicabut.", office=office)
            if not row.recipient:
                raise UserError("Penerima age sub-instansi {office} belum diketahui: berkas kuncinya dibuat versi lama. "
                                "Minta sub-instansi mengirim satu paket ('kinerja sync export'), impor di hub, lalu buat "
                                "irisannya lagi.", office=office)
            units = _units(s)
            root = next((i for i, (_, uid, _, _) in units.items() if uid == row.unit_uuid), None)
            if root is None:
                raise NotFound("Unit sub-instansi {office} sudah tidak ada di basis data ini.", office=office)
            signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
            # the QR statements of final evaluations are signed here, as an export signs them: a
            # sub-office signs only what it finalises itself, so nothing comes back changed
            from ..services.printing.trust import sign_pending_in

            sign_pending_in(s, signer.seed, signer.public, hub)
            name, manifest = _build_slice(db, s, row, hub, _subtree(units, root), signer, work)
            audit.record(s, actor=actor.username, action="hub.slice", entity="sub_office",
                         after={"office": office, "sequence": row.slice_sequence, "counts": manifest["counts"]})
        path = copy_verified(work / name, out_dir / name)
        return SliceResult(path, manifest["sequence"], manifest["counts"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build_slice(db: Database, s: Session, row: ProvDistrict, hub: str, tree: set[int], signer, work: Path) -> tuple[str, dict]:
    chosen = _selection(s, tree)
    conn = s.connection()
    _IDS.create(conn, checkfirst=True)
    try:
        for kind, ids in chosen.items():
            conn.execute(_IDS.insert(), [{"kind": kind, "id": i} for i in ids]) if ids else None
        row.slice_sequence += 1
        slice_id = str(uuid_mod.uuid4())
        writer = payload.BodyWriter(work, header={"office": row.office, "id": slice_id, "type": "slice"}, to=row.recipient)
        counts, evidence, owner = {}, set(), hub.encode()
        try:
            for kind in (k.name for k in RECORD_KINDS):
                among = None if kind == "office" else select(_IDS.c.id).where(_IDS.c.kind == kind)
                if kind != "office" and not chosen.get(kind):
                    continue
                for chunk in records.chunks(s, kind, among=among):
                    for uid, data in chunk:
                        writer.add(payload.record_line(kind.encode(), payload.dumps_v2(data), owner, uid.encode(), 1))
                        if kind == "evaluation":
                            evidence |= {e["sha256"] for e in data.get("evidence", ()) if e.get("sha256")}
                    counts[kind] = counts.get(kind, 0) + len(chunk)
            files = _evidence_files(db, s, evidence)
            body = writer.finish(files)
        finally:
            writer.close()
    finally:
        _IDS.drop(conn, checkfirst=True)
    manifest = {"type": "slice", "id": slice_id, "office": row.office, "province": hub, "sequence": row.slice_sequence,
                "counts": dict(sorted(counts.items())), "encrypted": True, "unit": row.unit_uuid,
                "sizes": {"records": writer.size, "evidence": sum(p.stat().st_size for p in files.values())},
                "app": __version__, "schema": HEAD, "created_at": datetime.now().astimezone().isoformat(timespec="seconds")}
    name = f"{row.office}-irisan-{row.slice_sequence:04d}.kinerja"
    with open(work / name, "wb") as f:
        package.build_to(f, manifest, body, signer)
        f.flush()
        os.fsync(f.fileno())
    return name, manifest


def _evidence_files(db: Database, s: Session, wanted: set[str]) -> dict[str, Path]:
    known = set(s.scalars(select(Evidence.sha256).where(Evidence.sha256.in_(wanted)))) if wanted else set()
    paths = {sha: evidence_path(db.evidence_dir, sha) for sha in sorted(known)}
    return {sha: p for sha, p in paths.items() if p.exists()}


# -- at the sub-office

def apply_slice(db: Database, s: Session, actor: Actor, opened: package.Opened, *, passphrase: str | None) -> Text:
    """A slice from the trusted hub, inside the caller's transaction (``sync import``): every
    record written into this database's tables, its evidence stored, and each record marked as
    what the hub already holds, so the next export sends only what changes here. An older or
    the same slice again changes nothing."""
    m = opened.manifest
    last = SLICE_SEQUENCE.get(s)
    if m["sequence"] <= last:
        return Text("Irisan data nomor {sequence} dari hub sudah diterapkan (terakhir: nomor {last}); tidak ada yang "
                    "berubah.", sequence=m["sequence"], last=last)
    if passphrase is None:
        raise PackageRefused("irisan data terenkripsi: frasa sandi kunci instansi diperlukan")
    identity = keys.identity(s, keys.DISTRICT_AGE, passphrase)
    conn = s.connection()
    if conn.dialect.name == "sqlite":  # evidence links come before the files they name
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    writer = live.Writer(s, office_settings=True)
    with reader.stream(opened, identities=[identity], kinds=KINDS, folder=db.evidence_dir.parent / "sementara") as body:
        for chunk in body.chunks():
            runs, states = defaultdict(list), []
            for record, data in chunk:
                runs[record["kind"]].append((record["uuid"], record["version"], record["data"]))
                if record["kind"] != "office":  # the hub's office is not this office's record
                    states.append({"kind": record["kind"], "uuid": record["uuid"], "hash": _sha(data),
                                   "version": record["version"], "change": 0})
            for kind in sorted(runs, key=KIND_ORDER.get):
                writer.write(kind, runs[kind])
            _mark_held_upstream(s, states)
        writer.finish()
        for sha, data in body.evidence():
            store_evidence(db, s, sha, data)
    SLICE_SEQUENCE.set(s, m["sequence"])
    SUB_OFFICE_UNIT.set(s, m["unit"])  # what is written here (services/access.py require_written_here)
    audit.record(s, actor=actor.username, action="sync.slice", entity="office", entity_uuid=home_office(s).uuid,
                 after={"sequence": m["sequence"], "counts": m["counts"], "hub": m["province"]})
    return Text("Irisan data nomor {sequence} dari hub {hub} diterapkan: {records} rekaman.", sequence=m["sequence"],
                hub=m["province"], records=sum(m["counts"].values()))


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def store_evidence(db: Database, s: Session, sha: str, data: bytes) -> None:
    """A bukti dukung file that came in a slice or a package, and its row."""
    store_bytes(db.evidence_dir, sha, data)
    if s.get(Evidence, sha) is None:
        s.add(Evidence(sha256=sha, size=len(data)))
        s.flush()


def _mark_held_upstream(s: Session, states: list[dict]) -> None:
    """What the hub sent is what the hub holds: the change tracking starts from it, so the next
    export carries only what is written here afterwards."""
    table = SyncRecord.__table__
    for start in range(0, len(states), 2000):
        part = states[start:start + 2000]
        s.execute(table.delete().where(table.c.uuid.in_([p["uuid"] for p in part])))
        s.execute(table.insert(), part)
