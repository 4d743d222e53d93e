"""Employee lists for the screens."""

from datetime import date
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from ..store.db import Database
from ..store.models import Employee, Skp, Unit
from .context import Actor, Role
from .skp.snapshots import titled_name
from .skp.segments import in_force

NO_SKP = "Belum ada SKP"


@dataclass(frozen=True, slots=True)
class EmployeeRow:
    id: int
    nip: str
    nip_display: str
    name: str  # with titles
    golongan: str
    jabatan: str
    jenis_jabatan: str
    unit_id: int
    unit: str
    skp_status: str  # of the year asked for, or NO_SKP


@dataclass(frozen=True, slots=True)
class UnitRow:
    id: int
    parent_id: int | None
    name: str
    depth: int


def get_employee(db: Database, actor: Actor, employee_id: int, *, year: int) -> EmployeeRow:
    """One employee as a row (with the status of their SKP for ``year``), if the actor may see
    them: a penilai sees themself and their subordinates."""
    from ..errors import NotFound
    from .access import require_can_view

    with db.read() as s:
        employee = s.get(Employee, employee_id)
        if employee is None:
            raise NotFound("Pegawai #{employee_id} tidak ditemukan.", employee_id=employee_id)
        require_can_view(actor, employee)
    return _query(db, year, Employee.id == employee_id)[0]


def list_employees(db: Database, actor: Actor, *, year: int, first: int | None = None) -> list[EmployeeRow]:
    """Active employees the actor may see (a penilai: their subordinates), with the status of
    their SKP for ``year``; one query. With ``first``, only the first that many by name: what a
    window shows at once while the whole list loads (70,000 rows take most of a second)."""
    where = [Employee.active.is_(True)]
    if actor.role is Role.PENILAI:  # and anyone whose SKP of the year names them (moved away since)
        where.append(or_(Employee.atasan_id == actor.employee_id, Employee.id.in_(
            select(Skp.employee_id).where(Skp.penilai_id == actor.employee_id, Skp.year == year))))
    return _query(db, year, *where, first=first)


def _query(db: Database, year: int, *where, first: int | None = None) -> list[EmployeeRow]:
    skp = and_(Skp.employee_id == Employee.id, Skp.year == year, in_force(date(year, 12, 31)))
    query = (select(Employee.id, Employee.nip, Employee.nama, Employee.gelar_depan, Employee.gelar_belakang,
                    Employee.golongan, Employee.jabatan, Employee.jenis_jabatan, Employee.unit_id, Unit.name,
                    Skp.status)
             .join(Unit, Employee.unit_id == Unit.id).outerjoin(Skp, skp)
             .where(*where))  # unordered: the table model sorts; ORDER BY nama costs a random read a row
    if first is not None:
        query = query.order_by(Employee.nama, Employee.id).limit(first)
    with db.read() as s:
        return [EmployeeRow(id_, nip, f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}",  # stored NIPs are valid
                            titled_name(nama, depan, belakang), gol, jab, jenis, unit_id, unit, status or NO_SKP)
                for id_, nip, nama, depan, belakang, gol, jab, jenis, unit_id, unit, status in s.execute(query)]


def list_units(db: Database, actor: Actor) -> list[UnitRow]:
    """The unit tree in display order (depth-first, by name); the names are no secret: every
    role sees them."""
    with db.read() as s:
        units = s.execute(select(Unit.id, Unit.parent_id, Unit.name).where(Unit.active.is_(True))).all()
    children: dict[int | None, list] = {}
    for u in sorted(units, key=lambda u: u.name):
        children.setdefault(u.parent_id, []).append(u)
    ordered: list[UnitRow] = []
    stack = [(u, 0) for u in reversed(children.get(None, []))]
    while stack:
        unit, depth = stack.pop()
        ordered.append(UnitRow(unit.id, unit.parent_id, unit.name, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(unit.id, [])))
    return ordered
