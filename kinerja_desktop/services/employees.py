"""Employee lists for the screens."""

from dataclasses import dataclass

from sqlalchemy import select

from ..domain.nip import format_nip
from ..store.db import Database
from ..store.models import Employee, Unit
from .skp.snapshots import titled_name


@dataclass(frozen=True, slots=True)
class EmployeeRow:
    id: int
    nip: str
    nip_display: str
    name: str  # with titles
    golongan: str
    jabatan: str
    jenis_jabatan: str
    unit: str


def list_employees(db: Database) -> list[EmployeeRow]:
    """All active employees, by name; one query, rows ready for a table model."""
    query = (select(Employee.id, Employee.nip, Employee.nama, Employee.gelar_depan, Employee.gelar_belakang,
                    Employee.golongan, Employee.jabatan, Employee.jenis_jabatan, Unit.name)
             .join(Unit, Employee.unit_id == Unit.id).where(Employee.active.is_(True)).order_by(Employee.nama))
    with db.read() as s:
        return [EmployeeRow(r.id, r.nip, format_nip(r.nip), titled_name(r.nama, r.gelar_depan, r.gelar_belakang),
                            r.golongan, r.jabatan, r.jenis_jabatan, r.name) for r in s.execute(query)]
