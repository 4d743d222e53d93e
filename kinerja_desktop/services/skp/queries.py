"""Reading an SKP whole, as frozen rows for the screens and the printed forms."""

from datetime import date
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.berakhlak import CoreValue, core_value
from ...store.db import Database
from ...store.models import BehaviourExpectation, Employee, Indicator, LampiranItem, Rhk, Skp
from ..context import Actor
from ..rows import IndicatorRow, RhkRow, SkpRow
from .planning import LAMPIRAN_SECTIONS
from .segments import in_force
from ..access import require_can_view


@dataclass(frozen=True)
class RhkDetail:
    rhk: RhkRow
    intervensi: str  # the superior's RHK text, or the organisation target
    indicators: tuple[IndicatorRow, ...]


@dataclass(frozen=True)
class Expectation:
    value: CoreValue
    ekspektasi_khusus: str


@dataclass(frozen=True)
class SkpDetail:
    skp: SkpRow
    rhk: tuple[RhkDetail, ...]
    expectations: tuple[Expectation, ...]
    lampiran: dict[str, tuple[str, ...]]

    @property
    def utama(self) -> tuple[RhkDetail, ...]:
        return tuple(r for r in self.rhk if r.rhk.jenis == "utama")

    @property
    def tambahan(self) -> tuple[RhkDetail, ...]:
        return tuple(r for r in self.rhk if r.rhk.jenis == "tambahan")


def skp_detail(db: Database, actor: Actor, *, employee_id: int, year: int, segment: int | None = None) -> SkpDetail | None:
    """The employee's SKP for ``year`` with its RHK, indicators, expectations and lampiran: the
    given segment, else the one in force at the end of the year (the latest)."""
    with db.read() as s:
        return skp_detail_in(s, actor, employee_id=employee_id, year=year, segment=segment)


def skp_detail_in(s: Session, actor: Actor, *, employee_id: int, year: int, segment: int | None = None,
                  on: date | None = None) -> SkpDetail | None:
    """skp_detail inside the caller's read (a printed document reads in one snapshot); without a
    segment, the one in force ``on`` (default 31 December)."""
    employee = s.get(Employee, employee_id)
    which = (Skp.segment == segment) if segment is not None else in_force(on or date(year, 12, 31))
    skp = s.scalar(select(Skp).where(Skp.employee_id == employee_id, Skp.year == year, which))
    require_can_view(actor, employee)
    if skp is None:
        return None
    rhk = s.scalars(select(Rhk).where(Rhk.skp_id == skp.id).order_by(Rhk.jenis.desc(), Rhk.position)).all()
    parents = {r.id: r.text for r in s.scalars(select(Rhk).where(Rhk.id.in_([x.parent_id for x in rhk if x.parent_id])))}
    indicators = s.scalars(select(Indicator).where(Indicator.rhk_id.in_([r.id for r in rhk]))
                           .order_by(Indicator.position)).all()
    by_rhk: dict[int, list[IndicatorRow]] = {}
    for ind in indicators:
        by_rhk.setdefault(ind.rhk_id, []).append(IndicatorRow.of(ind))
    details = tuple(RhkDetail(RhkRow.of(r), parents.get(r.parent_id, r.intervensi_text),
                              tuple(by_rhk.get(r.id, ()))) for r in rhk)
    expectations = dict(s.execute(select(BehaviourExpectation.value_number, BehaviourExpectation.ekspektasi_khusus)
                                  .where(BehaviourExpectation.skp_id == skp.id)).all())
    items = s.execute(select(LampiranItem.section, LampiranItem.text).where(LampiranItem.skp_id == skp.id)
                      .order_by(LampiranItem.position)).all()
    return SkpDetail(SkpRow.of(skp), details,
                     tuple(Expectation(core_value(n), expectations.get(n, "")) for n in range(1, 8)),
                     {section: tuple(t for sec, t in items if sec == section) for section in LAMPIRAN_SECTIONS})
