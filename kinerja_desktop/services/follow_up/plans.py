"""Rencana pengembangan kompetensi: proposed from the employee's final result of the year (the
annual one, else the latest periodic one): each BerAKHLAK value found below expectations, each
RHK far from target and the penilai's catatan become items, each with a training from the
catalogue; Butuh Perbaikan and below add a coaching (pembinaan) plan with a review date. The
penilai confirms or edits it; it is audited and synced."""

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import func, select

from ...domain.berakhlak import core_values
from ...domain.follow_up import COACHED, FAR_FROM_TARGET, REVIEW_MONTHS
from ...domain.limits import check_length
from ...domain.periods import Period, PeriodKind
from ...domain.ratings import Rating
from ...domain.workflow import EvaluationStatus
from ...errors import NotAllowed, UserError
from ...store import audit
from ...store.bulk import bulk_insert
from ...store.db import Database
from ...store.models import (
    DevelopmentItem, DevelopmentPlan, Employee, Evaluation, Indicator, MasukanResponse, Realisation, Rhk, Skp,
    TrainingCourse, ValueFeedback, new_uuid,
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


CHUNK = 2000  # employees read at a time by the batch proposal


def _results(s, ids: list[int], year: int) -> dict[int, tuple]:
    """Per employee, the final annual evaluation of the year, else the latest final periodic one:
    (evaluation id, skp id, period, predikat, rating_perilaku, catatan)."""
    found: dict[int, list] = defaultdict(list)
    for employee_id, eid, skp_id, kind, number, predikat, perilaku, catatan in s.execute(
            select(Skp.employee_id, Evaluation.id, Skp.id, Evaluation.period_kind, Evaluation.period_number,
                   Evaluation.predikat, Evaluation.rating_perilaku, Evaluation.catatan)
            .join(Skp, Skp.id == Evaluation.skp_id)
            .where(Skp.employee_id.in_(ids), Skp.year == year, Evaluation.status == EvaluationStatus.FINAL.value,
                   Evaluation.predikat.is_not(None))):
        period = Period(year, PeriodKind(kind), number)
        found[employee_id].append((eid, skp_id, period, predikat, perilaku, catatan or ""))
    return {e: max(rows, key=lambda r: (r[2].kind is PeriodKind.TAHUNAN, r[2].end)) for e, rows in found.items()}


def _weak_values(s, results: dict[int, tuple], year: int) -> dict[int, list[tuple[int, str]]]:
    """Values below expectations: with a Di Bawah Ekspektasi perilaku, those the penilai wrote
    feedback on (all of them if none); and any whose masukan mean (peers, subordinates, public;
    three respondents or more) is under WEAK_MEAN."""
    below = {e: r for e, r in results.items() if r[4] == Rating.DI_BAWAH}
    feedback: dict[int, dict[int, str]] = defaultdict(dict)
    for eid, number, text in s.execute(select(ValueFeedback.evaluation_id, ValueFeedback.value_number,
                                              ValueFeedback.text)
                                       .where(ValueFeedback.evaluation_id.in_([r[0] for r in below.values()]))):
        feedback[eid][number] = text
    found: dict[int, dict[int, str]] = defaultdict(dict)
    for employee_id, r in below.items():
        given = feedback.get(r[0], {})
        for value in core_values():
            if value.number in given or not given:
                found[employee_id][value.number] = given.get(value.number) or "perilaku kerja di bawah ekspektasi"
    columns = [func.avg(getattr(MasukanResponse, f"v{v.number}")) for v in core_values()]
    for employee_id, count, *means in s.execute(
            select(MasukanResponse.employee_id, func.count(), *columns)
            .where(MasukanResponse.employee_id.in_(list(results)), MasukanResponse.year == year,
                   MasukanResponse.kind != "diri").group_by(MasukanResponse.employee_id)):
        for value, mean in zip(core_values(), means, strict=True):
            if count >= 3 and mean is not None and mean < WEAK_MEAN:
                found[employee_id].setdefault(value.number, "masukan rekan, bawahan atau masyarakat rendah")
    return {e: sorted(v.items()) for e, v in found.items()}


def _far_rhk(s, results: dict[int, tuple]) -> dict[int, list[str]]:
    """RHK with an indicator under FAR_FROM_TARGET of its period's target (counts prorated)."""
    by_evaluation = {r[0]: (e, r[2].months) for e, r in results.items()}
    far: dict[int, list[str]] = defaultdict(list)
    for eid, text, target, satuan, value in s.execute(
            select(Realisation.evaluation_id, Rhk.text, Indicator.target_min, Indicator.satuan, Realisation.value)
            .join(Indicator, Indicator.id == Realisation.indicator_id).join(Rhk, Rhk.id == Indicator.rhk_id)
            .where(Realisation.evaluation_id.in_(list(by_evaluation)))
            .order_by(Realisation.evaluation_id, Rhk.position, Indicator.position)):
        employee_id, months = by_evaluation[eid]
        if target and value is not None:
            wanted = target if satuan.strip().lower() in LEVEL_UNITS else target * months / 12
            if value < FAR_FROM_TARGET * wanted and text not in far[employee_id]:
                far[employee_id].append(text)
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


def proposals(s, people: list[Employee], year: int) -> dict[int, Plan]:
    """The plan each person's result suggests (not stored); those without a final result are left
    out. Read in a few queries per CHUNK people, so a kabupaten's round is quick."""
    courses, names = catalogue_in(s), {v.number: v.name for v in core_values()}
    out: dict[int, Plan] = {}
    for start in range(0, len(people), CHUNK):
        chunk = people[start:start + CHUNK]
        results = _results(s, [p.id for p in chunk], year)
        weak, far = _weak_values(s, results, year), _far_rhk(s, results)
        for person in chunk:
            if person.id not in results:
                continue
            _eid, _skp, period, predikat, _perilaku, catatan = results[person.id]
            used, items = set(), []
            for number, why in weak.get(person.id, []):
                items.append(Item("perilaku", f"{names[number]}: {why}", *_course(courses, used, value=number)))
            for text in far.get(person.id, []):
                items.append(Item("rhk", f"RHK jauh dari target: {text}", *_course(courses, used, results=True)))
            if catatan.strip():
                items.append(Item("catatan", catatan.strip(), *_course(courses, used, results=True)))
            coached = predikat in COACHED
            if coached:
                items.insert(0, Item("pembinaan", f"Predikat {predikat}: pembinaan kinerja oleh atasan",
                                     *_course(courses, used, jenis="pembinaan")))
            review = (date.today() + timedelta(days=REVIEW_MONTHS * 30)) if coached else None
            out[person.id] = Plan(person.nip, person.nama, person.jabatan, year, period.code, predikat, "baru", coached,
                                  review, "", tuple(items[:MAX_ITEMS]))
    return out


def propose(s, employee: Employee, year: int) -> Plan:
    """The plan one person's result suggests (not stored)."""
    found = proposals(s, [employee], year).get(employee.id)
    if found is None:
        raise NotAllowed("{nama} belum punya evaluasi final tahun {year}: rencana pengembangan disusun dari hasil "
                         "yang sudah final.", nama=employee.nama, year=year)
    return found


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
    """The proposal of each of these employees who has a final result of the year and no plan,
    written in bulk."""
    have = set()
    for start in range(0, len(ids), 5000):
        have |= set(s.scalars(select(DevelopmentPlan.employee_id).where(
            DevelopmentPlan.year == year, DevelopmentPlan.employee_id.in_(ids[start:start + 5000]))))
    wanted = [i for i in ids if i not in have]
    people = []
    for start in range(0, len(wanted), 5000):
        people += s.scalars(select(Employee).where(Employee.id.in_(wanted[start:start + 5000]))).all()
    made = proposals(s, people, year)
    next_plan = (s.scalar(select(func.max(DevelopmentPlan.id))) or 0) + 1
    plans, items = [], []
    for n, (employee_id, plan) in enumerate(made.items()):
        plans.append(dict(id=next_plan + n, uuid=new_uuid(), version=1, employee_id=employee_id, year=year,
                          basis=plan.basis, predikat=plan.predikat, status="usulan", pembinaan=plan.pembinaan,
                          review_on=plan.review_on, note="", confirmed_on=None))
        items += [dict(uuid=new_uuid(), version=1, plan_id=next_plan + n, position=k, reason_kind=i.reason_kind,
                       reason=i.reason, training=i.training, jp=i.jp) for k, i in enumerate(plan.items)]
    s.flush()
    bulk_insert(s.connection(), DevelopmentPlan.__table__, plans)
    bulk_insert(s.connection(), DevelopmentItem.__table__, items)
    return len(plans)


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
