"""Rencana pengembangan kompetensi: proposed from the employee's final result of the year (the
annual one, else the latest periodic one): each BerAKHLAK value found below expectations, each
RHK far from target and the penilai's catatan become items, each with a training from the
catalogue; Butuh Perbaikan and below add a coaching (pembinaan) plan with a review date. The
penilai confirms or edits it; it is audited and synced."""

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select

from ...domain.berakhlak import core_values
from ...domain.follow_up import COACHED, FAR_FROM_TARGET, REVIEW_MONTHS
from ...domain.limits import check_length
from ...domain.periods import Period, PeriodKind
from ...domain.ratings import Rating
from ...domain.workflow import EvaluationStatus
from ...errors import NotAllowed, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import (
    DevelopmentItem, DevelopmentPlan, Employee, Evaluation, Indicator, MasukanResponse, Realisation, Rhk, Skp,
    TrainingCourse, ValueFeedback,
)
from ..access import employee_by_nip, require_can_view
from ..context import Actor, Role
from ..rows import LEVEL_UNITS

WEAK_MEAN = 2.5  # a value whose masukan mean (peers, subordinates, public) is under this is below expectations
MAX_ITEMS = 12


@dataclass(frozen=True)
class Item:
    reason_kind: str  # perilaku / rhk / catatan / pembinaan / lain
    reason: str
    training: str
    jp: int


@dataclass(frozen=True)
class Plan:
    nip: str
    nama: str
    jabatan: str
    year: int
    basis: str  # the period of the result: TAHUNAN, TW3, ... ("" when there is none yet)
    predikat: str
    status: str  # baru (proposed, not stored) / usulan (stored) / disetujui (confirmed by the penilai)
    pembinaan: bool
    review_on: date | None
    note: str
    items: tuple[Item, ...]
    confirmed_on: date | None = None

    @property
    def jp(self) -> int:
        return sum(i.jp for i in self.items)


def catalogue_in(s) -> list[TrainingCourse]:
    return list(s.scalars(select(TrainingCourse).where(TrainingCourse.active.is_(True)).order_by(TrainingCourse.name)))


def _result_of(s, employee: Employee, year: int) -> tuple[Evaluation, Skp] | None:
    """The final annual evaluation of the year, else the latest final periodic one."""
    found = s.execute(select(Evaluation, Skp).join(Skp, Skp.id == Evaluation.skp_id).where(
        Skp.employee_id == employee.id, Skp.year == year,
        Evaluation.status == EvaluationStatus.FINAL.value, Evaluation.predikat.is_not(None))).all()
    if not found:
        return None
    ends = {(e.id): Period(year, PeriodKind(e.period_kind), e.period_number).end for e, _ in found}
    annual = [pair for pair in found if pair[0].period_kind == PeriodKind.TAHUNAN.value]
    return annual[0] if annual else max(found, key=lambda pair: ends[pair[0].id])


def _weak_values(s, employee: Employee, evaluation: Evaluation, year: int) -> list[tuple[int, str]]:
    """Values below expectations: with a Di Bawah Ekspektasi perilaku, those the penilai wrote
    feedback on (all of them if none); and any whose masukan mean is under WEAK_MEAN."""
    found: dict[int, str] = {}
    if evaluation.rating_perilaku == Rating.DI_BAWAH:
        feedback = dict(s.execute(select(ValueFeedback.value_number, ValueFeedback.text)
                                  .where(ValueFeedback.evaluation_id == evaluation.id)).all())
        for value in core_values():
            if value.number in feedback or not feedback:
                found[value.number] = feedback.get(value.number) or "perilaku kerja di bawah ekspektasi"
    sums = defaultdict(list)
    for row in s.scalars(select(MasukanResponse).where(
            MasukanResponse.employee_id == employee.id, MasukanResponse.year == year,
            MasukanResponse.kind != "diri")):
        for value in core_values():
            sums[value.number].append(getattr(row, f"v{value.number}"))
    for number, answers in sums.items():
        if len(answers) >= 3 and sum(answers) / len(answers) < WEAK_MEAN and number not in found:
            found[number] = "masukan rekan, bawahan atau masyarakat rendah"
    return sorted(found.items())


def _far_rhk(s, evaluation: Evaluation, year: int) -> list[str]:
    """RHK with an indicator under FAR_FROM_TARGET of its period's target (counts prorated)."""
    months = Period(year, PeriodKind(evaluation.period_kind), evaluation.period_number).months
    rows = s.execute(select(Rhk.text, Indicator.target_min, Indicator.satuan, Realisation.value)
                     .join(Indicator, Indicator.rhk_id == Rhk.id)
                     .join(Realisation, (Realisation.indicator_id == Indicator.id)
                           & (Realisation.evaluation_id == evaluation.id))
                     .where(Rhk.skp_id == evaluation.skp_id).order_by(Rhk.position, Indicator.position)).all()
    far = []
    for text, target, satuan, value in rows:
        if target and value is not None:
            wanted = target if satuan.strip().lower() in LEVEL_UNITS else target * months / 12
            if value < FAR_FROM_TARGET * wanted and text not in far:
                far.append(text)
    return far


def _course(courses: list[TrainingCourse], used: set[str], *, value: int | None = None, results: bool = False,
            jenis: str | None = None) -> tuple[str, int]:
    """The first catalogue training that fits, preferring one the plan does not have yet."""
    fits = [c for c in courses if (value is not None and c.value_number == value) or (results and c.for_results)
            or (jenis and c.jenis == jenis)]
    chosen = next((c for c in fits if c.name not in used), fits[0] if fits else None)
    if chosen is None:
        return "", 0
    used.add(chosen.name)
    return chosen.name, chosen.jp


def propose(s, employee: Employee, year: int) -> Plan:
    """The plan the result suggests (not stored)."""
    found = _result_of(s, employee, year)
    if found is None:
        raise NotAllowed("{nama} belum punya evaluasi final tahun {year}: rencana pengembangan disusun dari hasil "
                         "yang sudah final.", nama=employee.nama, year=year)
    evaluation, _skp = found
    courses, used = catalogue_in(s), set()
    items = []
    names = {v.number: v.name for v in core_values()}
    for number, why in _weak_values(s, employee, evaluation, year):
        items.append(Item("perilaku", f"{names[number]}: {why}", *_course(courses, used, value=number)))
    for text in _far_rhk(s, evaluation, year):
        items.append(Item("rhk", f"RHK jauh dari target: {text}", *_course(courses, used, results=True)))
    if evaluation.catatan.strip():
        items.append(Item("catatan", evaluation.catatan.strip(), *_course(courses, used, results=True)))
    coached = evaluation.predikat in COACHED
    if coached:
        items.insert(0, Item("pembinaan", f"Predikat {evaluation.predikat}: pembinaan kinerja oleh atasan",
                             *_course(courses, used, jenis="pembinaan")))
    review = (date.today() + timedelta(days=REVIEW_MONTHS * 30)) if coached else None
    basis = Period(year, PeriodKind(evaluation.period_kind), evaluation.period_number).code
    return Plan(employee.nip, employee.nama, employee.jabatan, year, basis, evaluation.predikat, "baru", coached,
                review, "", tuple(items[:MAX_ITEMS]))


def stored_plan(s, employee: Employee, year: int) -> Plan | None:
    plan = s.scalar(select(DevelopmentPlan).where(DevelopmentPlan.employee_id == employee.id,
                                                  DevelopmentPlan.year == year))
    if plan is None:
        return None
    items = s.scalars(select(DevelopmentItem).where(DevelopmentItem.plan_id == plan.id).order_by(DevelopmentItem.position))
    return Plan(employee.nip, employee.nama, employee.jabatan, year, plan.basis, plan.predikat, plan.status,
                plan.pembinaan, plan.review_on, plan.note,
                tuple(Item(i.reason_kind, i.reason, i.training, i.jp) for i in items), plan.confirmed_on)


def plan_for(db: Database, actor: Actor, *, nip: str, year: int) -> Plan:
    """The employee's plan for the year: as stored, else as the result proposes it."""
    with db.read() as s:
        return plan_in(s, actor, nip=nip, year=year)


def plan_in(s, actor: Actor, *, nip: str, year: int) -> Plan:
    employee = employee_by_nip(s, nip)
    require_can_view(actor, employee)
    return stored_plan(s, employee, year) or propose(s, employee, year)


def _require_plan_writer(s, actor: Actor, employee: Employee) -> None:
    """The operator, or the employee's penilai (their superior); never the employee alone."""
    if actor.role is Role.OPERATOR:
        return
    if actor.role is Role.PENILAI and actor.employee_id == employee.atasan_id:
        return
    raise NotAllowed("Pengguna {username} tidak berwenang menyusun rencana pengembangan {nama}.",
                     username=actor.username, nama=employee.nama)


def save_plan(db: Database, actor: Actor, *, nip: str, year: int, items: list[Item], pembinaan: bool | None = None,
              review_on: date | None = None, note: str = "", confirm: bool = False) -> Plan:
    """The penilai's plan as edited: its items replace the stored ones; ``confirm`` marks it
    agreed (disetujui). A training not in the catalogue is refused by name."""
    if len(items) > MAX_ITEMS:
        raise UserError("Paling banyak {most} butir rencana pengembangan.", most=MAX_ITEMS)
    note = check_length("catatan", note or "")
    with db.transaction() as s:
        employee = employee_by_nip(s, nip)
        _require_plan_writer(s, actor, employee)
        proposal = propose(s, employee, year)
        known = {c.name: c.jp for c in catalogue_in(s)}
        for n, item in enumerate(items, start=1):
            if item.training and item.training not in known:
                raise UserError("Butir {n}: pelatihan '{training}' tidak ada di katalog; pilih dari katalog atau "
                                "tambahkan ke katalog dahulu.", n=n, training=item.training)
            check_length("catatan", item.reason)
        if pembinaan is None:
            pembinaan = proposal.pembinaan
        if pembinaan and review_on is None:
            review_on = proposal.review_on or date.today() + timedelta(days=REVIEW_MONTHS * 30)
        plan = s.scalar(select(DevelopmentPlan).where(DevelopmentPlan.employee_id == employee.id,
                                                      DevelopmentPlan.year == year))
        before = stored_plan(s, employee, year)
        if plan is None:
            plan = DevelopmentPlan(employee_id=employee.id, year=year)
            s.add(plan)
        else:
            plan.bump()
            for old in s.scalars(select(DevelopmentItem).where(DevelopmentItem.plan_id == plan.id)):
                s.delete(old)
        plan.basis, plan.predikat, plan.pembinaan = proposal.basis, proposal.predikat, pembinaan
        plan.review_on, plan.note = review_on if pembinaan else None, note
        plan.status = "disetujui" if confirm else "usulan"
        plan.confirmed_on = date.today() if confirm else None
        s.flush()
        for n, item in enumerate(items):
            s.add(DevelopmentItem(plan_id=plan.id, position=n, reason_kind=item.reason_kind, reason=item.reason,
                                  training=item.training, jp=known.get(item.training, item.jp)))
        s.flush()
        after = stored_plan(s, employee, year)
        audit.record(s, actor=actor.username, action="pengembangan.plan", entity="development_plan",
                     entity_uuid=plan.uuid, before=_audit(before), after=_audit(after))
        return after


def _audit(plan: Plan | None) -> dict | None:
    if plan is None:
        return None
    return {"status": plan.status, "pembinaan": plan.pembinaan,
            "review_on": plan.review_on.isoformat() if plan.review_on else None,
            "items": [[i.reason_kind, i.training, i.jp] for i in plan.items]}


def propose_all(db: Database, actor: Actor, *, year: int, unit: str | int | None = None) -> int:
    """`pengembangan usulkan`: store the proposal of everyone with a final result of the year who
    has no plan yet (the BKPSDM's yearly round); returns how many were made."""
    from .results import people_in

    if actor.role is not Role.OPERATOR:
        raise NotAllowed("Usulan rencana pengembangan untuk semua pegawai dibuat oleh operator.")
    with db.transaction() as s:
        made = propose_missing(s, [p.id for p in people_in(s, actor, unit)], year)
        audit.record(s, actor=actor.username, action="pengembangan.propose_all", entity="development_plan",
                     after={"year": year, "plans": made})
        return made


def propose_missing(s, ids: list[int], year: int) -> int:
    """The proposal of each of these employees who has a final result of the year and no plan."""
    have = set()
    for start in range(0, len(ids), 5000):
        have |= set(s.scalars(select(DevelopmentPlan.employee_id).where(
            DevelopmentPlan.year == year, DevelopmentPlan.employee_id.in_(ids[start:start + 5000]))))
    made = 0
    for employee_id in ids:
        if employee_id in have:
            continue
        employee = s.get(Employee, employee_id)
        try:
            plan = propose(s, employee, year)
        except NotAllowed:
            continue  # no final result yet
        row = DevelopmentPlan(employee_id=employee.id, year=year, basis=plan.basis, predikat=plan.predikat,
                              status="usulan", pembinaan=plan.pembinaan, review_on=plan.review_on)
        s.add(row)
        s.flush()
        s.add_all(DevelopmentItem(plan_id=row.id, position=n, reason_kind=i.reason_kind, reason=i.reason,
                                  training=i.training, jp=i.jp) for n, i in enumerate(plan.items))
        made += 1
    s.flush()
    return made


def replace_training(plan: Plan, position: int, training: str, jp: int) -> Plan:
    """The plan with one item's training changed (the window's edit, before saving)."""
    items = list(plan.items)
    items[position] = replace(items[position], training=training, jp=jp)
    return replace(plan, items=tuple(items))


@dataclass(frozen=True)
class PlanLine:
    """One person on the window's list: their annual predikat (if final) and their plan's status."""

    nip: str
    nama: str
    jabatan: str
    unit: str
    predikat: str
    status: str  # "" (no plan yet) / usulan / disetujui
    jp: int


def plan_list(db: Database, actor: Actor, *, year: int, unit: str | int | None = None) -> list[PlanLine]:
    """The people the actor may see (a penilai: their own staff) with their plan for the year."""
    from ...domain.periods import parse_period
    from .results import is_final, people_in, results_in

    with db.read() as s:
        people = people_in(s, actor, unit)
        results = results_in(s, people, parse_period(None, year))
        ids = [p.id for p in people]
        plans, jp = {}, defaultdict(int)
        for start in range(0, len(ids), 5000):
            chunk = ids[start:start + 5000]
            plans.update(s.execute(select(DevelopmentPlan.employee_id, DevelopmentPlan.status).where(
                DevelopmentPlan.year == year, DevelopmentPlan.employee_id.in_(chunk))).all())
            for employee_id, value in s.execute(
                    select(DevelopmentPlan.employee_id, DevelopmentItem.jp)
                    .join(DevelopmentItem, DevelopmentItem.plan_id == DevelopmentPlan.id)
                    .where(DevelopmentPlan.year == year, DevelopmentPlan.employee_id.in_(chunk))):
                jp[employee_id] += value
    return [PlanLine(p.nip, p.nama, p.jabatan, p.unit, results[p.id].predikat if is_final(results[p.id]) else "",
                     plans.get(p.id, ""), jp.get(p.id, 0)) for p in people]
