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
    return skp_details_in(s, actor, employee_ids=[employee_id], year=year, segment=segment, on=on).get(employee_id)


def skp_details_in(s: Session, actor: Actor, *, employee_ids: list[int], year: int, segment: int | None = None,
                   on: date | None = None) -> dict[int, SkpDetail]:
    """``skp_detail_in`` for many employees at once, in the same few queries (a batch of printed
    documents): employee id -> their SKP, for those who have one. NotAllowed if the actor may
    not see one of them."""
    employees = s.scalars(select(Employee).where(Employee.id.in_(employee_ids))).all()
    which = (Skp.segment == segment) if segment is not None else in_force(on or date(year, 12, 31))
    skps = {k.employee_id: k for k in s.scalars(select(Skp).where(Skp.employee_id.in_(employee_ids),
                                                                    Skp.year == year, which).order_by(Skp.id.desc()))}
    for employee in employees:
        require_can_view(actor, employee)
    if not skps:
        return {}
    skp_ids = [k.id for k in skps.values()]
    rhk = s.scalars(select(Rhk).where(Rhk.skp_id.in_(skp_ids)).order_by(Rhk.jenis.desc(), Rhk.position)).all()
    parents = {r.id: r.text for r in s.scalars(select(Rhk).where(Rhk.id.in_([x.parent_id for x in rhk if x.parent_id])))}
    by_rhk: dict[int, list[IndicatorRow]] = {}
    for ind in s.scalars(select(Indicator).where(Indicator.rhk_id.in_([r.id for r in rhk])).order_by(Indicator.position)):
        by_rhk.setdefault(ind.rhk_id, []).append(IndicatorRow.of(ind))
    details: dict[int, list[RhkDetail]] = {}
    for r in rhk:
        details.setdefault(r.skp_id, []).append(
            RhkDetail(RhkRow.of(r), parents.get(r.parent_id, r.intervensi_text), tuple(by_rhk.get(r.id, ()))))
    expectations: dict[int, dict[int, str]] = {}
    for skp_id, number, text in s.execute(select(BehaviourExpectation.skp_id, BehaviourExpectation.value_number,
                                                 BehaviourExpectation.ekspektasi_khusus)
                                          .where(BehaviourExpectation.skp_id.in_(skp_ids))):
        expectations.setdefault(skp_id, {})[number] = text
    items: dict[int, list[tuple[str, str]]] = {}
    for skp_id, section, text in s.execute(select(LampiranItem.skp_id, LampiranItem.section, LampiranItem.text)
                                           .where(LampiranItem.skp_id.in_(skp_ids)).order_by(LampiranItem.position)):
        items.setdefault(skp_id, []).append((section, text))
    out = {}
    for employee_id, skp in skps.items():
        wanted, lampiran = expectations.get(skp.id, {}), items.get(skp.id, [])
        out[employee_id] = SkpDetail(
            SkpRow.of(skp), tuple(details.get(skp.id, ())),
            tuple(Expectation(core_value(n), wanted.get(n, "")) for n in range(1, 8)),
            {section: tuple(t for sec, t in lampiran if sec == section) for section in LAMPIRAN_SECTIONS})
    return out
