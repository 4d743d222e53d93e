"""Rekap: completion and the predikat distribution per perangkat daerah for one period."""

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import and_, func, select

from ..domain.distribution import distribution_warnings
from ..domain.periods import Period
from ..domain.ratings import Predikat
from ..domain.skm import ELEMENTS, SkmResult, from_sums
from ..store.db import Database
from ..store.models import Employee, Evaluation, OrgPerformance, SkmResponse, Skp, Unit
from .context import Actor
from .skp.segments import in_force


@dataclass(frozen=True)
class UnitRekap:
    unit_id: int
    unit: str
    staff: int
    skp_approved: int
    evaluated: int  # with a predikat (rated)
    final: int
    counts: dict[str, int]  # predikat -> employees
    org_predikat: str | None
    warnings: tuple[str, ...]
    skm_sums: tuple[int, ...] = (0,) * 10  # SKM of its service units in the year: respondents, then U1..U9 sums

    @property
    def skm(self) -> SkmResult:
        return from_sums(self.skm_sums[0], dict(zip(ELEMENTS, self.skm_sums[1:], strict=True)))

    @property
    def done_percent(self) -> float:
        return 100 * self.final / self.staff if self.staff else 0.0


def rekap(db: Database, actor: Actor, *, period: Period) -> list[UnitRekap]:
    """One row per top-level unit (perangkat daerah), counting everyone in its subtree. Counts
    only, no person: every role sees them (the guidance is public by design)."""
    with db.read() as s:
        units = s.execute(select(Unit.id, Unit.parent_id, Unit.name)).all()
        top = top_of({u.id: u.parent_id for u in units})
        names = {u.id: u.name for u in units}
        skp_join = and_(Skp.employee_id == Employee.id, Skp.year == period.year, in_force(period.end))
        ev_join = and_(Evaluation.skp_id == Skp.id, Evaluation.period_kind == period.kind.value,
                       Evaluation.period_number == period.number)
        people = s.execute(select(Employee.unit_id, Skp.status, Evaluation.status, Evaluation.predikat)
                           .outerjoin(Skp, skp_join).outerjoin(Evaluation, ev_join)
                           .where(Employee.active.is_(True))).all()
        org = dict(s.execute(select(OrgPerformance.unit_id, OrgPerformance.predikat).where(
            OrgPerformance.year == period.year, OrgPerformance.period_kind == period.kind.value,
            OrgPerformance.period_number == period.number)).all())
        skm = s.execute(select(SkmResponse.unit_id, func.count(),
                               *(func.sum(getattr(SkmResponse, u.lower())) for u in ELEMENTS))
                        .where(SkmResponse.year == period.year).group_by(SkmResponse.unit_id)).all()
    sums: dict[int, list[int]] = {}
    for unit_id, *values in skm:
        total = sums.setdefault(top[unit_id], [0] * 10)
        for i, v in enumerate(values):
            total[i] += int(v or 0)
    tally: dict[int, list] = {}
    for unit_id, skp_status, ev_status, predikat in people:
        tally.setdefault(top[unit_id], []).append((skp_status, ev_status, predikat))
    return sorted((_row(uid, names[uid], rows, org.get(uid), tuple(sums.get(uid, (0,) * 10)))
                   for uid, rows in tally.items()), key=lambda r: r.unit)


def top_of(parents: dict[int, int | None]) -> dict[int, int]:
    top: dict[int, int] = {}
    for unit_id in parents:
        chain, current = [], unit_id
        while current not in top and parents[current] is not None:
            chain.append(current)
            current = parents[current]
        root = top.get(current, current)
        for member in chain + [current]:
            top[member] = root
    return top


def _row(unit_id: int, name: str, rows: list, org: str | None, skm_sums: tuple[int, ...]) -> UnitRekap:
    counts = Counter(p for _, _, p in rows if p)
    warnings = distribution_warnings(org, {Predikat(k): v for k, v in counts.items()}) if org else []
    return UnitRekap(unit_id, name, len(rows), sum(s == "Disetujui" for s, _, _ in rows),
                     sum(bool(p) for _, _, p in rows), sum(e == "Final" for _, e, _ in rows),
                     {p.value: counts.get(p.value, 0) for p in Predikat}, org, tuple(warnings), skm_sums)
