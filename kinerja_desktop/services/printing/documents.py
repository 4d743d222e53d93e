"""Collect what a printed document shows, as the frozen rows of reports/model.py.

Each gatherer works inside one read transaction its caller opened, so one document is one
consistent snapshot of the database."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.follow_up import FOLLOW_UP
from ...domain.jabatan import FormFamily
from ...domain.nip import normalize_nip
from ...domain.numbers import format_number
from ...domain.periods import Period, PeriodKind, range_text
from ...domain.workflow import EvaluationStatus, SkpStatus
from ...errors import NotAllowed, NotFound
from ...reports.model import (
    EvaluationDoc, HasilSayaDoc, IndicatorLine, Letterhead, Person, RekapDoc, RekapLine, RhkLine, SkpDoc, ValueLine,
)
from ...settings import EMBLEM_PATH
from ...store.models import Employee, Evaluation, Office, OrgPerformance, Skp, Unit
from ..access import employee_by_nip, employees_by_nip
from ..context import Actor
from ..evaluation.queries import EvaluationDetail, evaluation_details_in
from ..organisation import distribution_in, governing_distribution_in, subtree
from ..skp.queries import SkpDetail, skp_detail_in
from ..skp.snapshots import person_snapshot, titled_name
from .trust import intact_seals
from ..skp.segments import in_force


class SealBroken(NotAllowed):
    """A final evaluation whose content no longer matches its seal: it is never printed as sealed."""


@dataclass(frozen=True)
class Subject:
    """Whose document, for which year and period, on which paper (None: the office's)."""

    nip: str
    year: int
    period: Period
    paper: str | None = None
    segment: int | None = None  # None: the SKP segment in force at the period's end


class Memo(dict):
    """What a batch reads once instead of per employee: the letterhead, and the distribution of
    each unit (employees of one unit share the one that governs them)."""

    def get_or(self, key, make):
        if key not in self:
            self[key] = make()
        return self[key]


def letterhead(s: Session, paper: str | None, memo: Memo | None = None) -> Letterhead:
    if memo is not None:
        return memo.get_or(("head", paper), lambda: letterhead(s, paper))
    office = s.scalar(select(Office).order_by(Office.id).limit(1))
    emblem = EMBLEM_PATH.get(s)
    return Letterhead(office.name, office.kabupaten, office.place, (paper or office.paper).upper(),
                      Path(emblem) if emblem else None)


def _realisasi(ev: EvaluationDetail | None, indicator_id: int) -> str:
    found = ev.realisations.get(indicator_id) if ev else None
    if found is None:
        return ""
    return found.text or format_number(found.value, decimals=6)


def _lines(group, ev: EvaluationDetail | None, months: int = 12) -> tuple[RhkLine, ...]:
    """The RHK rows; a periodic evaluation (``months`` < 12) adds each count's target for the period."""
    return tuple(RhkLine(r.intervensi, r.rhk.text,
                         tuple(IndicatorLine(i.aspek, i.perspektif, i.text, i.target_in(), _realisasi(ev, i.id),
                                             i.period_target_in(months)) for i in r.indicators),
                         (ev.rhk_feedback.get(r.rhk.id, "") if ev else ""))
                 for r in group)


def _skp_doc(s: Session, detail: SkpDetail, paper: str | None, ev: EvaluationDetail | None = None,
             memo: Memo | None = None, months: int = 12) -> SkpDoc:
    skp = detail.skp
    year_period = Period(skp.year, PeriodKind.TAHUNAN, 1)
    span = range_text(skp.starts_on or year_period.start, skp.ends_on or year_period.end)
    values = tuple(ValueLine(e.value.number, e.value.name, tuple(e.value.guides), e.ekspektasi_khusus,
                             (ev.value_feedback.get(e.value.number, "") if ev else "")) for e in detail.expectations)
    pegawai = skp.pegawai
    return SkpDoc(letterhead(s, paper, memo), skp.year, span, Person.of(pegawai),
                  Person.of(skp.penilai), Person.of(skp.atasan), skp.form_family == FormFamily.JPT, skp.approach,
                  _lines(detail.utama, ev, months), _lines(detail.tambahan, ev, months), values,
                  dict(detail.lampiran), skp.status != SkpStatus.DISETUJUI,
                  skp.approved_on if skp.status == SkpStatus.DISETUJUI else None)


def _employee(s: Session, nip: str) -> Employee:
    return employee_by_nip(s, nip)


def gather_skp(s: Session, actor: Actor, subject: Subject, memo: Memo | None = None) -> SkpDoc:
    detail = skp_detail_in(s, actor, employee_id=_employee(s, subject.nip).id, year=subject.year,
                           segment=subject.segment)
    if detail is None:
        raise NotFound("Pegawai NIP {nip} belum mempunyai SKP tahun {year}; susun SKP-nya dahulu.",
                       nip=subject.nip, year=subject.year)
    return _skp_doc(s, detail, subject.paper, memo=memo)


def gather_evaluation(s: Session, actor: Actor, subject: Subject, memo: Memo | None = None) -> EvaluationDoc:
    found = gather_evaluations(s, actor, [subject], memo)[0]
    if isinstance(found, Exception):
        raise found
    return found


def gather_evaluations(s: Session, actor: Actor, subjects: list[Subject],
                       memo: Memo | None = None) -> list[EvaluationDoc | NotFound | SealBroken]:
    """``gather_evaluation`` for a batch of employees (one period, one segment choice) in the same
    few queries: for each subject its document, or why it cannot print."""
    memo = Memo() if memo is None else memo
    period, segment = subjects[0].period, subjects[0].segment
    assert all((x.period, x.segment) == (period, segment) for x in subjects)
    employees = employees_by_nip(s, [x.nip for x in subjects])
    details = evaluation_details_in(s, actor, employee_ids=[e.id for e in employees.values()], period=period,
                                    segment=segment)
    finals = {d.evaluation.id: (d.evaluation.seal_hash, d.evaluation.seal_version) for d in details.values()
              if d.evaluation and d.evaluation.status == EvaluationStatus.FINAL and d.evaluation.seal_hash}
    intact = intact_seals(s, finals)
    out: list[EvaluationDoc | NotFound | SealBroken] = []
    for subject in subjects:
        employee = employees.get(normalize_nip(subject.nip))
        try:
            if employee is None:
                raise NotFound("Pegawai dengan NIP {nip} tidak ada di basis data.", nip=subject.nip)
            out.append(_evaluation_doc(s, actor, subject, employee, details.get(employee.id), intact, memo))
        except (NotFound, SealBroken) as exc:
            out.append(exc)
    return out


def _evaluation_doc(s: Session, actor: Actor, subject: Subject, employee: Employee,
                    detail: EvaluationDetail | None, intact: set[int], memo: Memo) -> EvaluationDoc:
    period, nip = subject.period, subject.nip
    if detail is None:
        raise NotFound("Pegawai NIP {nip} belum mempunyai SKP tahun {year}; susun SKP-nya dahulu.", nip=nip, year=period.year)
    ev = detail.evaluation
    if ev is None:
        raise NotFound("Evaluasi {label} {year} untuk NIP {nip} belum dimulai; buka evaluasinya di halaman Evaluasi terlebih dahulu.", label=period.label, year=period.year, nip=nip)
    final = ev.status == EvaluationStatus.FINAL and bool(ev.seal_hash)
    if final and ev.id not in intact:
        raise SealBroken("Evaluasi #{id} ({nama}, NIP {nip}, {label} {year}) sudah final, tetapi isinya tidak lagi "
                         "cocok dengan segelnya: ada yang diubah di luar program. Dokumen tidak dicetak. Jalankan "
                         "'kinerja audit verify' dan laporkan kepada operator.", id=ev.id, nama=employee.nama,
                         nip=nip, label=period.label, year=period.year)
    distribution = memo.get_or(("distribution", employee.unit_id, period),
                               lambda: governing_distribution_in(s, actor, employee_id=employee.id, period=period))
    return EvaluationDoc(
        _skp_doc(s, detail.skp, subject.paper, detail, memo, period.months), period.label,
        range_text(max(period.start, detail.skp.skp.starts_on or period.start),  # a segment's share of the period
                   min(period.end, detail.skp.skp.ends_on or period.end)), period.kind is PeriodKind.TAHUNAN,
        ev.rating_hasil or "", ev.rating_perilaku or "", ev.predikat or "",
        ev.org_predikat or (distribution.org_predikat if distribution else "") or "",
        dict(distribution.counts) if distribution else {}, ev.catatan,
        ev.seal_hash if final else "", ev.finalized_at.date() if final and ev.finalized_at else None,
        (ev.seal_statement or "") if final else "")


def gather_rekap(s: Session, actor: Actor, *, unit_id: int, period: Period, paper: str | None = None) -> RekapDoc:
    """A unit's predikat distribution, its staff with their predikat, and its leader (the head of
    the unit: the one whose superior is outside it)."""
    distribution = distribution_in(s, unit_id, period)
    units = subtree(s, unit_id)
    own = (select(Evaluation.predikat).join(Skp, Evaluation.skp_id == Skp.id)
           .where(Skp.employee_id == Employee.id, Skp.year == period.year, in_force(period.end),
                  Evaluation.period_kind == period.kind.value, Evaluation.period_number == period.number))
    predikat, status = own.scalar_subquery(), own.with_only_columns(Evaluation.status).scalar_subquery()
    people = s.execute(select(Employee, predikat, status).where(Employee.unit_id.in_(units), Employee.active.is_(True))
                       .order_by(Employee.nama)).all()
    staff = tuple(RekapLine(titled_name(e.nama, e.gelar_depan, e.gelar_belakang), e.nip, e.jabatan, pk or "")
                  for e, pk, _ in people)
    draft = not distribution.org_predikat or any(st != EvaluationStatus.FINAL for _, _, st in people)
    set_on = s.scalar(select(OrgPerformance.set_on).where(
        OrgPerformance.unit_id == unit_id, OrgPerformance.year == period.year,
        OrgPerformance.period_kind == period.kind.value, OrgPerformance.period_number == period.number))
    return RekapDoc(letterhead(s, paper), distribution.unit, period.label, period.year,
                    distribution.org_predikat or "", dict(distribution.counts), staff, distribution.warnings,
                    _head_of_perangkat_daerah(s, unit_id), set_on, period.range_text, draft)


def _head_of_perangkat_daerah(s: Session, unit_id: int) -> Person:
    """Who signs a rekap: the head of the perangkat daerah the unit belongs to (its top unit),
    the active employee of that unit whose superior sits outside it."""
    top = unit_id
    while (parent := s.scalar(select(Unit.parent_id).where(Unit.id == top))) is not None:
        top = parent
    inside = subtree(s, top)
    heads = s.scalars(select(Employee).where(Employee.unit_id == top, Employee.active.is_(True))
                      .order_by(Employee.id)).all()
    members = set(s.scalars(select(Employee.id).where(Employee.unit_id.in_(inside))))
    head = next((e for e in heads if e.atasan_id not in members), None)
    return Person.of(person_snapshot(s, head)) if head else Person()


def gather_hasil_saya(s: Session, actor: Actor, subject: Subject, memo: Memo | None = None) -> HasilSayaDoc:
    """The evaluation as the employee is given it, with their masukan summary (anonymity kept)."""
    from ..masukan import summary_in

    from ..follow_up.plans import stored_plan

    evaluation = gather_evaluation(s, actor, subject, memo)
    employee = _employee(s, subject.nip)
    masukan = summary_in(s, actor, employee=employee, period=subject.period)
    return HasilSayaDoc(evaluation, masukan, FOLLOW_UP.get(evaluation.predikat, ()),
                        stored_plan(s, employee, subject.year))
