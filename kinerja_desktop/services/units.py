"""Unit kerja: the operator keeps the unit tree (add, rename, move, close) between roster imports."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotAllowed, NotFound, Text, UserError
from ..store import audit
from ..store.db import Database
from ..store.models import Employee, Unit
from .access import load
from .context import Actor, Role
from .office import home_office
from ..domain.limits import check_length

UNIT_KINDS = ("", "perangkat daerah", "sekretariat", "bidang", "bagian", "seksi", "subbagian", "kecamatan",
              "kelurahan", "sekolah", "puskesmas", "uptd", "lainnya")


@dataclass(frozen=True)
class UnitDetail:
    id: int
    parent_id: int | None
    name: str
    kind: str
    code: str
    depth: int
    employees: int  # active employees placed directly in this unit


def _require_operator(actor: Actor) -> None:
    if actor.role is not Role.OPERATOR:
        raise NotAllowed("Pengguna {username} bukan operator; hanya operator yang mengatur unit kerja.", username=actor.username)


def list_unit_details(db: Database, actor: Actor) -> list[UnitDetail]:
    """Active units depth-first by name, with how many active employees each holds (counts,
    no names of people: every role sees them)."""
    from .employees import list_units

    with db.read() as s:
        units = {u.id: u for u in s.execute(select(Unit.id, Unit.kind, Unit.code).where(Unit.active.is_(True)))}
        counts = dict(s.execute(select(Employee.unit_id, func.count()).where(Employee.active.is_(True))
                                .group_by(Employee.unit_id)).all())
        return [UnitDetail(r.id, r.parent_id, r.name, units[r.id].kind, units[r.id].code or "", r.depth,
                           counts.get(r.id, 0)) for r in list_units(db, actor)]


def _snapshot(unit: Unit) -> dict:
    return {"name": unit.name, "kind": unit.kind, "code": unit.code, "parent_id": unit.parent_id,
            "active": unit.active}


def _check_fields(session: Session, name: str, kind: str, parent_id: int | None, unit_id: int | None) -> str:
    name = check_length("unit", " ".join(name.split()))
    if not name:
        raise UserError("Nama unit kerja wajib diisi, seperti tertulis pada nomenklatur (mis. 'Dinas Pendidikan').")
    if kind not in UNIT_KINDS:
        raise UserError("Jenis unit '{kind}' tidak dikenal; pilih salah satu: {choices}.", kind=kind, choices=', '.join((k for k in UNIT_KINDS if k)))
    if parent_id is not None and not load(session, Unit, parent_id, Text("Unit induk")).active:
        raise UserError("Unit induk sudah ditutup; pilih unit induk yang masih aktif.")
    sibling = session.scalar(select(Unit.id).where(
        Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id,
        func.lower(Unit.name) == name.lower(), Unit.active.is_(True), Unit.id != (unit_id or 0)))
    if sibling:
        raise UserError("Unit '{name}' sudah ada di bawah induk yang sama; pakai nama lain atau ubah unit yang ada.", name=name)
    return name


def create_unit(db: Database, actor: Actor, *, name: str, parent_id: int | None, kind: str = "",
                code: str = "") -> UnitDetail:
    _require_operator(actor)
    with db.transaction() as s:
        name = _check_fields(s, name, kind, parent_id, None)
        unit = Unit(office_id=home_office(s).id, parent_id=parent_id, name=name, kind=kind,
                    code=code.strip() or None)
        s.add(unit)
        s.flush()
        audit.record(s, actor=actor.username, action="unit.create", entity="unit", entity_uuid=unit.uuid,
                     after=_snapshot(unit))
        unit_id = unit.id
    return _detail(db, actor, unit_id)


def _ancestors(session: Session, unit_id: int | None) -> set[int]:
    seen: set[int] = set()
    while unit_id is not None and unit_id not in seen:
        seen.add(unit_id)
        unit_id = session.scalar(select(Unit.parent_id).where(Unit.id == unit_id))
    return seen


def update_unit(db: Database, actor: Actor, unit_id: int, *, name: str, parent_id: int | None, kind: str = "",
                code: str = "") -> UnitDetail:
    """Rename, re-classify or move a unit; a unit cannot move under itself or its own sub-units."""
    _require_operator(actor)
    with db.transaction() as s:
        unit = load(s, Unit, unit_id, Text("Unit kerja"))
        if unit_id in _ancestors(s, parent_id):
            raise UserError("Unit '{name}' tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya.", name=unit.name)
        before = _snapshot(unit)
        unit.name, unit.kind = _check_fields(s, name, kind, parent_id, unit_id), kind
        unit.parent_id, unit.code = parent_id, code.strip() or None
        unit.bump()
        s.flush()
        audit.record(s, actor=actor.username, action="unit.update", entity="unit", entity_uuid=unit.uuid,
                     before=before, after=_snapshot(unit))
    return _detail(db, actor, unit_id)


def close_unit(db: Database, actor: Actor, unit_id: int) -> None:
    """Close (deactivate) an empty unit; its history stays for the years it was used."""
    _require_operator(actor)
    with db.transaction() as s:
        unit = load(s, Unit, unit_id, Text("Unit kerja"))
        staff = s.scalar(select(func.count()).where(Employee.unit_id == unit_id, Employee.active.is_(True)))
        if staff:
            raise UserError("Unit '{name}' masih berisi {staff} pegawai aktif; pindahkan mereka (lewat impor daftar pegawai) sebelum unit ditutup.", name=unit.name, staff=staff)
        if s.scalar(select(func.count()).where(Unit.parent_id == unit_id, Unit.active.is_(True))):
            raise UserError("Unit '{name}' masih mempunyai sub-unit aktif; tutup atau pindahkan dulu sub-unitnya.", name=unit.name)
        before = _snapshot(unit)
        unit.active = False
        unit.bump()
        s.flush()
        audit.record(s, actor=actor.username, action="unit.close", entity="unit", entity_uuid=unit.uuid,
                     before=before, after=_snapshot(unit))


def _detail(db: Database, actor: Actor, unit_id: int) -> UnitDetail:
    return next(u for u in list_unit_details(db, actor) if u.id == unit_id)


def matching_units(session: Session, unit: str | int) -> list[int]:
    """Ids of the active units an id, a SIASN code or an exact name names; a clear refusal when
    none does."""
    if isinstance(unit, int) or (str(unit).isdigit() and session.get(Unit, int(unit)) is not None):
        return [int(unit)]
    found = list(session.scalars(select(Unit.id).where((Unit.code == unit) | (Unit.name == unit),
                                                       Unit.active.is_(True))))
    if not found:
        raise NotFound("Unit kerja '{unit}' tidak ada: sebutkan kode SIASN atau nama lengkapnya seperti di halaman Unit Kerja.", unit=unit)
    return found


def find_unit(session: Session, unit: str | int) -> Unit:
    """The one unit an id, a SIASN code or an exact name names; two of one name ask for the code."""
    found = matching_units(session, unit)
    if len(found) > 1:
        raise UserError("Ada {len_found} unit bernama '{unit}'; sebutkan kode SIASN-nya.", len_found=len(found), unit=unit)
    return session.get(Unit, found[0])
