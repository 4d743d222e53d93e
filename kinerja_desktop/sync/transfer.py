"""A move between offices of one kabupaten (mutasi; issue 16 point 4).

The roster is the hub's, so a move is decided there: ``transfer`` puts the employee in a unit of
another sub-office (or of the hub itself), with their new atasan, and, when their SKP of the year
is under way, ends its segment the day before and opens the next one with the new penilai
(``services/skp/segments.py``). Both offices then receive a new slice, signed by the hub, that
tells of the move (manifest field ``transfer``): the office the employee leaves keeps the earlier
segment it still evaluates and drops what is no longer its own (``slices._drop_no_longer_held``);
the office they join receives them, both segments, and what it now owns. All of it is one
transaction at the hub; the files are copied out once it commits.

From then on ownership (``ownership.py``) follows the new penilai and atasan: a write from the
office the employee left, about what it no longer owns, is a conflict at the hub, never applied.
"""

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotAllowed, UserError
from ..files import copy_verified
from ..services import keys
from ..services.access import employee_by_nip, require_operator
from ..services.context import Actor
from ..services.skp.segments import in_force, open_segment, segment_in_force
from ..services.skp.snapshots import person_snapshot
from ..store import audit
from ..store.db import Database
from ..store.models import Employee, Evaluation, Skp
from .hub import _find_unit, _units, require_hub
from .ownership import HUB, Offices
from .slices import slice_in, staging, sub_office


@dataclass(frozen=True)
class Transferred:
    nip: str
    nama: str
    source: str  # office codes; the hub's own code for the hub
    target: str
    unit: str  # the new unit's name
    atasan: str  # the new atasan's name ("" if none)
    on: date
    segment: int | None  # the SKP segment opened with the new penilai; None if no SKP was under way
    appraised: int  # SKP of that year in force the employee appraises: they move with them
    files: tuple[Path, ...]  # a slice for each sub-office concerned


def transfer(db: Database, actor: Actor, *, nip: str, to: str, on: date, passphrase: str, out_dir: Path,
             unit: "str | int | None" = None, atasan: str | None = None, jabatan: str | None = None) -> Transferred:
    """`hub transfer`: move the employee with ``nip`` to office ``to`` (a sub-office's code, or the
    hub's own) from ``on``, into ``unit`` (by default the top unit of that sub-office) under
    ``atasan`` (a NIP; by default the head of that unit), and write the slices both sides apply."""
    require_operator(actor)
    with staging(db, out_dir, ".pindah-") as work:
        with db.transaction() as s:
            hub = require_hub(s)
            signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
            names: list[str] = []
            moved = _move(s, actor, hub, nip=nip, to=to, on=on, unit=unit, atasan=atasan, jabatan=jabatan)
            note = {"nip": moved.nip, "nama": moved.nama, "from": moved.source, "to": moved.target,
                    "on": on.isoformat(), "segment": moved.segment or 0}
            for code in dict.fromkeys((moved.source, moved.target)):
                if code == hub:
                    continue
                row = sub_office(s, code) if code == moved.target else _leaving(s, code)
                if row is not None:
                    names.append(slice_in(db, s, row, hub, signer, work, transfer=note)[0])
            audit.record(s, actor=actor.username, action="hub.transfer", entity="employee", after={
                **note, "unit": moved.unit, "atasan": moved.atasan, "files": names})
        files = tuple(copy_verified(work / n, Path(out_dir) / n) for n in names)
        return replace(moved, files=files)


def _leaving(s: Session, code: str):
    """The office the employee leaves gets its slice unless its key is revoked (an office closed)."""
    from ..store.models import ProvDistrict

    row = s.scalar(select(ProvDistrict).where(ProvDistrict.office == code))
    return None if row is None or row.revoked_at is not None else sub_office(s, code)


def _move(s: Session, actor: Actor, hub: str, *, nip: str, to: str, on: date, unit, atasan: str | None,
          jabatan: str | None) -> Transferred:
    employee = employee_by_nip(s, nip)
    owners, units = Offices(s), _units(s)
    target = HUB if to in (hub, "hub") else to
    if target != HUB:
        root_uuid = sub_office(s, target).unit_uuid
        default = next((i for i, (_, uid, _, _) in units.items() if uid == root_uuid), None)
    else:
        default = None
    if unit is None and default is None:
        raise UserError("Sebut unit tujuan di hub dengan --unit KODE.")
    unit_id = default if unit is None else _find_unit(units, unit)
    if owners.of_unit(unit_id) != target:
        where = owners.of_unit(unit_id) or hub
        raise UserError("Unit {unit} termasuk wilayah {where}, bukan {to}. Pilih unit di wilayah {to}.",
                        unit=units[unit_id][2], where=where, to=to)
    source = owners.of_unit(employee.unit_id)
    if source == target:
        raise UserError("{nama} sudah berada di wilayah {to}. Pindah unit di dalam satu wilayah dicatat di halaman "
                        "Pegawai. Bila irisan sebuah pindah belum ditulis (program terhenti), tulis lagi dengan "
                        "'kinerja hub slice --office KODE' untuk tiap sub-instansi yang terlibat.", nama=employee.nama,
                        to=target or hub)
    head = employee_by_nip(s, atasan) if atasan else _head_of(s, unit_id, employee, units[unit_id][2])
    if head is not None and head.id == employee.id:
        raise UserError("Pegawai tidak dapat menjadi atasan dirinya sendiri.")
    if head is not None and owners.of_unit(head.unit_id) != target:
        raise UserError("Atasan {nama} ada di wilayah {where}, bukan {to}: penilai SKP yang baru harus di wilayah "
                        "tujuan.", nama=head.nama, where=owners.of_unit(head.unit_id) or hub, to=to)
    employee.unit_id, employee.atasan_id = unit_id, head.id if head else None
    if jabatan:
        employee.jabatan = jabatan
    employee.bump()
    s.flush()
    segment = _new_segment(s, actor, employee, head, on)
    appraised = s.scalar(select(func.count()).select_from(Skp).where(
        Skp.penilai_id == employee.id, Skp.year == on.year, in_force(on))) or 0
    return Transferred(employee.nip, employee.nama, source or hub, target or hub, units[unit_id][2],
                       head.nama if head else "", on, segment, appraised, ())


def _head_of(s: Session, unit_id: int, employee: Employee, unit_name: str) -> Employee | None:
    """The head of a unit: the one person in it whose atasan sits outside it."""
    rows = s.execute(select(Employee.id, Employee.atasan_id).where(
        Employee.unit_id == unit_id, Employee.id != employee.id, Employee.active.is_(True))).all()
    inside = {r.id for r in rows}
    heads = [r.id for r in rows if r.atasan_id not in inside]
    if len(heads) != 1:
        raise UserError("Unit {unit} tidak punya satu kepala yang jelas ({count} calon): sebut atasan baru dengan "
                        "--atasan NIP.", unit=unit_name, count=len(heads))
    return s.get(Employee, heads[0])


def _new_segment(s: Session, actor: Actor, employee: Employee, penilai: Employee | None, on: date) -> int | None:
    """The SKP of the year under way on ``on`` gets the new penilai: from the next segment, or,
    for a move on its first day before any evaluation, in its own."""
    current = segment_in_force(s, employee.id, on.year, on)
    if current is None:
        return None
    if on > (current.starts_on or date(on.year, 1, 1)):
        return open_segment(s, actor, employee, current, on, penilai).segment
    if s.scalar(select(Evaluation.id).where(Evaluation.skp_id == current.id).limit(1)) is not None:
        raise NotAllowed("SKP {nama} sudah dievaluasi; tanggal pindah harus sesudah awal segmennya.", nama=employee.nama)
    current.penilai_id = penilai.id if penilai else None
    current.pegawai_snapshot = person_snapshot(s, employee)
    current.penilai_snapshot = person_snapshot(s, penilai)
    current.atasan_snapshot = person_snapshot(s, s.get(Employee, penilai.atasan_id)
                                              if penilai and penilai.atasan_id else None)
    current.bump()
    return current.segment
