"""Organisation predikat per unit and period, and the distribution of the unit's employees."""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.distribution import distribution_warnings
from ..domain.periods import Period
from ..domain.ratings import Predikat, PredikatOrganisasi
from ..store import audit
from ..store.db import Database
from ..store.models import Employee, Evaluation, OrgPerformance, Skp, Unit
from .access import load, require_writer
from .context import Actor, Role
from ..errors import NotAllowed, Text


@dataclass(frozen=True)
class Distribution:
    unit_id: int
    unit: str
    period: Period
    org_predikat: str | None
    counts: dict[str, int]
    warnings: tuple[str, ...]


def subtree_ids(units: list[tuple[int, int | None]]) -> dict[int, set[int]]:
    """For each unit of (id, parent_id) pairs: itself and every unit below it."""
    children: dict[int | None, list[int]] = {}
    for uid, parent in units:
        children.setdefault(parent, []).append(uid)
    result: dict[int, set[int]] = {}

    def collect(uid: int) -> set[int]:
        if uid not in result:
            found, stack = {uid}, [uid]
            while stack:
                for child in children.get(stack.pop(), []):
                    found.add(child)
                    stack.append(child)
            result[uid] = found
        return result[uid]

    for uid, _ in units:
        collect(uid)
    return result


def subtree(session: Session, unit_id: int) -> list[int]:
    """The unit and all units below it."""
    units = session.execute(select(Unit.id, Unit.parent_id)).all()
    return sorted(subtree_ids([(u.id, u.parent_id) for u in units])[unit_id])


def org_predikat_for(session: Session, unit_id: int, period: Period) -> str | None:
    """The organisation predikat that governs an employee of ``unit_id``: the unit's own, else
    the nearest ancestor's, for that period."""
    while unit_id is not None:
        found = session.scalar(select(OrgPerformance.predikat).where(
            OrgPerformance.unit_id == unit_id, OrgPerformance.year == period.year,
            OrgPerformance.period_kind == period.kind.value, OrgPerformance.period_number == period.number))
        if found:
            return found
        unit_id = session.scalar(select(Unit.parent_id).where(Unit.id == unit_id))
    return None


def distribution_in(session: Session, unit_id: int, period: Period) -> Distribution:
    """A unit's predikat counts and guidance warnings, inside the caller's read (counts only)."""
    unit = load(session, Unit, unit_id, Text("Unit kerja"))
    units = subtree(session, unit_id)
    predikat = session.scalars(
        select(Evaluation.predikat).join(Skp, Evaluation.skp_id == Skp.id)
        .join(Employee, Skp.employee_id == Employee.id)
        .where(Employee.unit_id.in_(units), Skp.year == period.year,
               Evaluation.period_kind == period.kind.value, Evaluation.period_number == period.number,
               Evaluation.predikat.is_not(None))).all()
    counts = Counter(predikat)
    org = org_predikat_for(session, unit_id, period)
    warnings = distribution_warnings(org, {Predikat(k): v for k, v in counts.items()}) if org else []
    return Distribution(unit.id, unit.name, period, org, {p.value: counts.get(p.value, 0) for p in Predikat},
                        tuple(warnings))


def governing_distribution(db: Database, actor: Actor, *, employee_id: int, period: Period) -> Distribution | None:
    """The distribution of the unit whose organisation predikat governs this employee's
    period (their unit or the nearest ancestor that has one); None when none is set. Only for
    an employee the actor may see."""
    with db.read() as s:
        return governing_distribution_in(s, actor, employee_id=employee_id, period=period)


def governing_distribution_in(s: Session, actor: Actor, *, employee_id: int, period: Period) -> Distribution | None:
    """governing_distribution inside the caller's read."""
    from .access import require_can_view

    employee = s.get(Employee, employee_id)
    require_can_view(actor, employee)
    unit_id = employee.unit_id
    while unit_id is not None:
        if s.scalar(select(OrgPerformance.id).where(
                OrgPerformance.unit_id == unit_id, OrgPerformance.year == period.year,
                OrgPerformance.period_kind == period.kind.value, OrgPerformance.period_number == period.number)):
            return distribution_in(s, unit_id, period)
        unit_id = s.scalar(select(Unit.parent_id).where(Unit.id == unit_id))
    return None


def unit_distribution(db: Database, actor: Actor, *, unit_id: int, period: Period) -> Distribution:
    """The predikat counts of the unit (and its sub-units) for a period, with guidance warnings;
    counts only, every role sees them."""
    with db.read() as s:
        return distribution_in(s, unit_id, period)


def set_org_predikat(db: Database, actor: Actor, *, unit_id: int, period: Period,
                     predikat: PredikatOrganisasi | str, note: str = "") -> Distribution:
    """Set the unit's organisation predikat (by the leader one level up; an operator records it)
    and return the unit's distribution with the warnings it now raises. Warnings never block."""
    require_writer(actor)
    if actor.role is Role.PENILAI:
        raise NotAllowed("Predikat organisasi ditetapkan pimpinan satu tingkat di atasnya dan dicatat operator.")
    predikat = PredikatOrganisasi(predikat)
    with db.transaction() as s:
        unit = load(s, Unit, unit_id, Text("Unit kerja"))
        row = s.scalar(select(OrgPerformance).where(
            OrgPerformance.unit_id == unit.id, OrgPerformance.year == period.year,
            OrgPerformance.period_kind == period.kind.value, OrgPerformance.period_number == period.number))
        before = row.predikat if row else None
        if row is None:
            row = OrgPerformance(unit_id=unit.id, year=period.year, period_kind=period.kind.value,
                                 period_number=period.number, predikat=predikat.value)
            s.add(row)
        else:
            row.bump()
        row.predikat, row.set_by, row.note, row.set_on = predikat.value, actor.username, note, date.today()
        s.flush()
        audit.record(s, actor=actor.username, action="org.predikat", entity="org_performance",
                     entity_uuid=row.uuid, before={"predikat": before},
                     after={"unit": unit.name, "period": period.code, "year": period.year, "predikat": predikat.value})
        return distribution_in(s, unit.id, period)
