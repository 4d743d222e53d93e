"""Collect what a printed document shows, as the frozen rows of reports/model.py."""

from datetime import date
from pathlib import Path

from sqlalchemy import select


from ...domain.jabatan import FormFamily
from ...domain.periods import Period, PeriodKind
from ...domain.workflow import EvaluationStatus, SkpStatus
from ...errors import NotFound
from ...reports.model import (
    EvaluationDoc, IndicatorLine, Letterhead, Person, RekapDoc, RekapLine, RhkLine, SkpDoc, ValueLine,
)
from ...settings import EMBLEM_PATH
from ...store.db import Database
from ...store.models import Employee, Evaluation, Skp
from ..access import employee_by_nip
from ..context import Actor
from ..evaluation.queries import EvaluationDetail, evaluation_detail
from ..office import get_office
from ..organisation import governing_distribution, subtree, unit_distribution
from ..skp.queries import SkpDetail, skp_detail
from ..skp.snapshots import person_snapshot, titled_name


class Memo(dict):
    """What a batch reads once instead of per employee: the letterhead, and the distribution of
    each unit (employees of one unit share the one that governs them)."""

    def get_or(self, key, make):
        if key not in self:
            self[key] = make()
        return self[key]


def _letterhead(db: Database, paper: str | None = None, memo: Memo | None = None) -> Letterhead:
    if memo is not None:
        return memo.get_or(("head", paper), lambda: _letterhead(db, paper))
    office = get_office(db)
    with db.read() as s:
        emblem = EMBLEM_PATH.get(s)
    return Letterhead(office.name, office.kabupaten, office.place, (paper or office.paper).upper(),
                      Path(emblem) if emblem else None)


def _employee_id_of(db: Database, nip: str) -> int:
    return _employee(db, nip)[0]


def _employee(db: Database, nip: str) -> tuple[int, int]:
    with db.read() as s:
        employee = employee_by_nip(s, nip)
        return employee.id, employee.unit_id


def _lines(detail: SkpDetail, group, ev: EvaluationDetail | None) -> tuple[RhkLine, ...]:
    def realisasi(indicator_id: int) -> str:
        found = ev.realisations.get(indicator_id) if ev else None
        if found is None:
            return ""
        return found.text or (f"{found.value:g}" if found.value is not None else "")

    return tuple(RhkLine(r.intervensi, r.rhk.text,
                         tuple(IndicatorLine(i.aspek, i.perspektif, i.text, i.target, realisasi(i.id)) for i in r.indicators),
                         (ev.rhk_feedback.get(r.rhk.id, "") if ev else ""))
                 for r in group)


def _skp_doc(db: Database, detail: SkpDetail, paper: str | None, ev: EvaluationDetail | None = None,
             memo: Memo | None = None) -> SkpDoc:
    skp = detail.skp
    year_period = Period(skp.year, PeriodKind.TAHUNAN, 1)
    values = tuple(ValueLine(e.value.number, e.value.name, tuple(e.value.guides), e.ekspektasi_khusus,
                             (ev.value_feedback.get(e.value.number, "") if ev else "")) for e in detail.expectations)
    return SkpDoc(_letterhead(db, paper, memo), skp.year, year_period.range_text, Person.of(skp.pegawai), Person.of(skp.penilai),
                  Person.of(skp.atasan), skp.form_family == FormFamily.JPT, skp.approach,
                  _lines(detail, detail.utama, ev), _lines(detail, detail.tambahan, ev), values,
                  dict(detail.lampiran), skp.status != SkpStatus.DISETUJUI, date.today())


def skp_doc(db: Database, actor: Actor, *, nip: str, year: int, paper: str | None = None,
            memo: Memo | None = None) -> SkpDoc:
    detail = skp_detail(db, actor, employee_id=_employee_id_of(db, nip), year=year)
    if detail is None:
        raise NotFound("Pegawai NIP {nip} belum mempunyai SKP tahun {year}; susun SKP-nya dahulu.", nip=nip, year=year)
    return _skp_doc(db, detail, paper, memo=memo)


def evaluation_doc(db: Database, actor: Actor, *, nip: str, period: Period, paper: str | None = None,
                   memo: Memo | None = None) -> EvaluationDoc:
    employee_id, unit_id = _employee(db, nip)
    detail = evaluation_detail(db, actor, employee_id=employee_id, period=period)
    if detail is None:
        raise NotFound("Pegawai NIP {nip} belum mempunyai SKP tahun {year}; susun SKP-nya dahulu.", nip=nip, year=period.year)
    ev = detail.evaluation
    if ev is None:
        raise NotFound("Evaluasi {label} {year} untuk NIP {nip} belum dimulai; buka evaluasinya di halaman Evaluasi terlebih dahulu.", label=period.label, year=period.year, nip=nip)
    memo = Memo() if memo is None else memo
    distribution = memo.get_or(("distribution", unit_id, period),
                               lambda: governing_distribution(db, actor, employee_id=employee_id, period=period))
    final = ev.status == EvaluationStatus.FINAL
    return EvaluationDoc(
        _skp_doc(db, detail.skp, paper, detail, memo), period.label, period.range_text, period.kind is PeriodKind.TAHUNAN,
        ev.rating_hasil or "", ev.rating_perilaku or "", ev.predikat or "",
        ev.org_predikat or (distribution.org_predikat if distribution else "") or "",
        dict(distribution.counts) if distribution else {}, ev.catatan,
        ev.seal_hash if final and ev.seal_hash else "",
        ev.finalized_at.date() if final and ev.finalized_at else date.today())


def rekap_doc(db: Database, actor: Actor, *, unit_id: int, period: Period, paper: str | None = None) -> RekapDoc:
    """A unit's predikat distribution, its staff with their predikat, and its leader (the head of
    the unit: the one whose superior is outside it)."""
    distribution = unit_distribution(db, actor, unit_id=unit_id, period=period)
    with db.read() as s:
        units = subtree(s, unit_id)
        predikat = (select(Evaluation.predikat).join(Skp, Evaluation.skp_id == Skp.id)
                    .where(Skp.employee_id == Employee.id, Skp.year == period.year, Skp.segment == 1,
                           Evaluation.period_kind == period.kind.value, Evaluation.period_number == period.number)
                    .scalar_subquery())
        people = s.execute(select(Employee, predikat).where(Employee.unit_id.in_(units), Employee.active.is_(True))
                           .order_by(Employee.nama)).all()
        inside = {e.id for e, _ in people}
        heads = [e for e, _ in people if e.unit_id == unit_id and e.atasan_id not in inside]
        leader = Person.of(person_snapshot(s, heads[0])) if heads else Person()
        staff = tuple(RekapLine(titled_name(e.nama, e.gelar_depan, e.gelar_belakang), e.nip, e.jabatan, pk or "")
                      for e, pk in people)
    return RekapDoc(_letterhead(db, paper), distribution.unit, period.label, period.year,
                    distribution.org_predikat or "", dict(distribution.counts), staff, distribution.warnings,
                    leader, date.today())
