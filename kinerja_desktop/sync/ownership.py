"""One owner per record inside a kabupaten (design.md section 5.1, issue 16 point 4).

The hub (the BKPSDM's database) keeps the roster: the office, its units and employees, and the
organisation predikat; the personnel records kept centrally (training, potential, status,
attendance, sanctions) are its too. An employee's plan and evaluations are written where the
SKP's penilai sits, and the development plan and masukan about an employee where their atasan
sits: in the sub-office whose subtree holds that unit, or at the hub. SKM answers belong to the
office holding the unit. A record a sub-office sends that it does not own is not applied: the
hub keeps it as a conflict to decide, and a proposed roster correction is one of those.

``RULES`` is the one table of it: kind -> how its owner is found.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..store.models import DevelopmentPlan, Employee, ProvDistrict, Skp, Unit

HUB = ""  # the owner code of the hub itself

RULES = {
    "office": "hub", "unit": "hub", "employee": "hub", "org_performance": "hub",
    "skp": "penilai",  # the office holding the SKP's penilai
    "evaluation": "skp",  # its SKP's owner
    "development_plan": "atasan", "masukan": "atasan",  # the office holding the employee's atasan
    "development_item": "plan",  # its plan's owner
    "skm": "unit",  # the office holding the unit
    "training_record": "hub", "potensi": "hub", "status_period": "hub", "attendance": "hub",
    "discipline_sanction": "hub",
}


class Offices:
    """Which office owns what, read from the hub's tables (the current state, inside the
    caller's transaction: an SKP written earlier in the same package counts)."""

    def __init__(self, session: Session):
        self.s = session
        self.parent = dict(session.execute(select(Unit.id, Unit.parent_id)).all())
        by_uuid = dict(session.execute(select(Unit.uuid, Unit.id)).all())
        self.roots = {by_uuid[d.unit_uuid]: d.office for d in session.scalars(
            select(ProvDistrict).where(ProvDistrict.unit_uuid.is_not(None), ProvDistrict.revoked_at.is_(None)))
            if d.unit_uuid in by_uuid}
        self._unit_office: dict[int | None, str] = {}

    def of_unit(self, unit_id: int | None) -> str:
        """The sub-office whose subtree holds ``unit_id``, or the hub."""
        if unit_id in self._unit_office:
            return self._unit_office[unit_id]
        seen, i = [], unit_id
        while i is not None and i not in self.roots and i not in self._unit_office:
            seen.append(i)
            i = self.parent.get(i)
        office = self._unit_office.get(i, self.roots.get(i, HUB)) if i is not None else HUB
        for j in seen + [unit_id]:
            self._unit_office[j] = office
        return office

    def owner(self, kind: str, data: dict) -> str:
        """The office that may write a record of ``kind`` with this content."""
        return self.owners(kind, [data])[0]

    def owners(self, kind: str, datas: list[dict]) -> list[str]:
        """The owner of each record of ``kind`` (a package's chunk at once: one query a kind)."""
        rule = RULES[kind]
        if rule == "hub":
            return [HUB] * len(datas)
        field, query = _LOOKUPS[rule]
        names = [d.get(field) if isinstance(d, dict) else None for d in datas]
        wanted = sorted({n for n in names if isinstance(n, str)})
        units: dict[str, int | None] = {}
        for start in range(0, len(wanted), 2000):
            units.update(self.s.execute(query(wanted[start:start + 2000])).all())
        return [self.of_unit(units.get(n)) if units.get(n) is not None else HUB for n in names]

    def owner_of_stored(self, kind: str, uid: str) -> str | None:
        """The owner of a record as this database holds it (for a tombstone); None when absent."""
        from . import records

        rows = [d for chunk in records.chunks(self.s, kind, among=_ids_of(self.s, kind, uid)) for _, d in chunk]
        return self.owner(kind, rows[0]) if rows else None


_ATASAN = aliased(Employee)
# rule -> (the field naming what decides, a query: those names -> the unit of whoever decides)
_LOOKUPS = {
    "penilai": ("penilai", lambda names: select(Employee.uuid, Employee.unit_id).where(Employee.uuid.in_(names))),
    "skp": ("skp", lambda names: select(Skp.uuid, Employee.unit_id).join(Employee, Employee.id == Skp.penilai_id)
            .where(Skp.uuid.in_(names))),
    "atasan": ("employee", lambda names: select(Employee.uuid, _ATASAN.unit_id).join(
        _ATASAN, _ATASAN.id == Employee.atasan_id).where(Employee.uuid.in_(names))),
    "plan": ("plan", lambda names: select(DevelopmentPlan.uuid, _ATASAN.unit_id).join(
        Employee, Employee.id == DevelopmentPlan.employee_id).join(_ATASAN, _ATASAN.id == Employee.atasan_id)
        .where(DevelopmentPlan.uuid.in_(names))),
    "unit": ("unit", lambda names: select(Unit.uuid, Unit.id).where(Unit.uuid.in_(names))),
}


def _ids_of(session: Session, kind: str, uid: str):
    from .shapes import SHAPES

    model = SHAPES[kind].model
    return select(model.id).where(model.uuid == uid)
