"""The slice: what a hub sends one sub-office (design.md section 5.1; docs/sync-format.md
section 10).

A slice carries the sub-office's units and what they need (``_selection``), signed by the hub and
encrypted to the sub-office's recipient; the hub notes what it sent (``bases.sent``). The
sub-office writes it into its own tables (``slice_apply.py``).
"""

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
import shutil
import tempfile
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, String, Table, select
from sqlalchemy.orm import Session

from .. import __version__
from ..errors import NotAllowed, NotFound, UserError
from ..files import copy_verified
from ..services import keys
from ..services.access import require_operator
from ..services.context import Actor
from ..store import audit
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import (
    Employee, Evaluation, OrgPerformance, ProvDistrict, Rhk, Skp, SkmResponse,
)
from . import bases, package, payload, reader, records
from .district import evidence_files
from .hub import _subtree, _units, require_hub
from .kinds import FLAT_KINDS, RECORD_KINDS

EMPLOYEE_KINDS = tuple(k.name for k in FLAT_KINDS if k.fks.get("employee_id", ("", ""))[1] == "employee")


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
    with staging(db, out_dir, ".irisan-") as work:
        with db.transaction() as s:
            hub = require_hub(s)
            row = sub_office(s, office)
            signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
            name, manifest = slice_in(db, s, row, hub, signer, work)
            audit.record(s, actor=actor.username, action="hub.slice", entity="sub_office",
                         after={"office": office, "sequence": row.slice_sequence, "counts": manifest["counts"]})
        path = copy_verified(work / name, Path(out_dir) / name)
        return SliceResult(path, manifest["sequence"], manifest["counts"])


@contextmanager
def staging(db: Database, out_dir: Path, prefix: str) -> Iterator[Path]:
    """A work folder beside the database for files that are copied to ``out_dir`` (a stick) once
    their transaction commits; removed afterwards, and when a killed run left one, next time."""
    if not Path(out_dir).is_dir():
        raise UserError("Folder tujuan '{out_dir}' tidak ada. Pilih folder atau flashdisk yang ada.", out_dir=out_dir)
    reader.tidy(db.backup_dir.parent, prefix)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=db.backup_dir.parent))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def sub_office(s: Session, office: str) -> ProvDistrict:
    """The enrolled sub-office ``office``, able to receive a slice."""
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
    return row


def slice_in(db: Database, s: Session, row: ProvDistrict, hub: str, signer, work: Path, *,
             transfer: dict | None = None) -> tuple[str, dict]:
    """Inside the caller's transaction: the next slice for ``row`` written to ``work`` (its file
    name and manifest). ``transfer``: the move it tells the sub-office of (``transfer.py``)."""
    units = _units(s)
    root = next((i for i, (_, uid, _, _) in units.items() if uid == row.unit_uuid), None)
    if root is None:
        raise NotFound("Unit sub-instansi {office} sudah tidak ada di basis data ini.", office=row.office)
    # the QR statements of final evaluations are signed here, as an export signs them: a
    # sub-office signs only what it finalises itself, so nothing comes back changed
    from ..services.printing.trust import sign_pending_in

    sign_pending_in(s, signer.seed, signer.public, hub)
    chosen = _selection(s, _subtree(units, root))
    conn = s.connection()
    _IDS.create(conn, checkfirst=True)
    try:
        for kind, ids in chosen.items():
            conn.execute(_IDS.insert(), [{"kind": kind, "id": i} for i in ids]) if ids else None
        row.slice_sequence += 1
        slice_id = str(uuid_mod.uuid4())
        writer = payload.BodyWriter(work, header={"office": row.office, "id": slice_id, "type": "slice"}, to=row.recipient)
        counts, evidence, owner, seen = {}, set(), hub.encode(), []
        try:
            for kind in (k.name for k in RECORD_KINDS):
                among = None if kind == "office" else select(_IDS.c.id).where(_IDS.c.kind == kind)
                if kind != "office" and not chosen.get(kind):
                    continue
                for chunk in records.chunks(s, kind, among=among):
                    for uid, data in chunk:
                        text = payload.dumps_v2(data)
                        writer.add(payload.record_line(kind.encode(), text, owner, uid.encode(), 1))
                        if kind != "office":
                            seen.append((kind, uid, hashlib.sha256(text).hexdigest()))
                        if kind == "evaluation":
                            evidence |= {e["sha256"] for e in data.get("evidence", ()) if e.get("sha256")}
                    counts[kind] = counts.get(kind, 0) + len(chunk)
            files = evidence_files(db, s, evidence)
            body = writer.finish(files)
            bases.sent(s, row.office, row.slice_sequence, seen)
        finally:
            writer.close()
    finally:
        _IDS.drop(conn, checkfirst=True)
    manifest = {"type": "slice", "id": slice_id, "office": row.office, "province": hub, "sequence": row.slice_sequence,
                "counts": dict(sorted(counts.items())), "encrypted": True, "unit": row.unit_uuid,
                "sizes": {"records": writer.size, "evidence": sum(p.stat().st_size for p in files.values())},
                "app": __version__, "schema": HEAD, "created_at": datetime.now().astimezone().isoformat(timespec="seconds")}
    if transfer:
        manifest["transfer"] = transfer
    name = f"{row.office}-irisan-{row.slice_sequence:04d}.kinerja"
    with open(work / name, "wb") as f:
        package.build_to(f, manifest, body, signer)
        f.flush()
        os.fsync(f.fileno())
    return name, manifest
