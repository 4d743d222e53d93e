"""Reading one evaluation whole, as frozen rows for the Evaluasi screen."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.periods import Period
from ...store.db import Database
from ...store.models import (
    Evaluation, EvidenceLink, FeedbackInput, Realisation, RhkFeedback, Skp, ValueFeedback,
)
from ..context import Actor
from ..rows import EvaluationRow
from ..skp.queries import SkpDetail, skp_detail_in

PHRASES_RHK = ("Capaian sesuai rencana; pertahankan.", "Realisasi melampaui target; dokumentasikan praktik baiknya.",
               "Realisasi di bawah target; susun langkah percepatan.", "Lengkapi bukti dukung setiap kegiatan.",
               "Kualitas hasil baik; tingkatkan ketepatan waktu.")
PHRASES_VALUE = ("Konsisten menunjukkan perilaku yang diharapkan.", "Menjadi teladan bagi rekan kerja.",
                 "Perlu ditingkatkan dalam keseharian.", "Sudah baik; pertahankan.")


@dataclass(frozen=True)
class RealisationRow:
    indicator_id: int
    value: float | None
    text: str


@dataclass(frozen=True)
class EvidenceRow:
    indicator_id: int | None
    sha256: str | None
    filename: str
    url: str


@dataclass(frozen=True)
class InputRow:
    source: str
    author: str
    text: str


@dataclass(frozen=True)
class EvaluationDetail:
    skp: SkpDetail
    period: Period
    evaluation: EvaluationRow | None
    realisations: dict[int, RealisationRow]
    evidence: tuple[EvidenceRow, ...]
    rhk_feedback: dict[int, str]
    value_feedback: dict[int, str]
    inputs: tuple[InputRow, ...]

    def evidence_for(self, indicator_id: int) -> tuple[EvidenceRow, ...]:
        return tuple(e for e in self.evidence if e.indicator_id == indicator_id)


def evaluation_detail(db: Database, actor: Actor, *, employee_id: int, period: Period,
                      segment: int | None = None) -> EvaluationDetail | None:
    """The SKP of the period's year and its evaluation for ``period`` (None if no SKP): the SKP
    segment in force at the period's end, or the given one (an earlier segment's own periods)."""
    with db.read() as s:
        return evaluation_detail_in(s, actor, employee_id=employee_id, period=period, segment=segment)


def evaluation_detail_in(s: Session, actor: Actor, *, employee_id: int, period: Period,
                         segment: int | None = None) -> EvaluationDetail | None:
    """evaluation_detail inside the caller's read (a printed document reads in one snapshot)."""
    skp = skp_detail_in(s, actor, employee_id=employee_id, year=period.year, segment=segment, on=period.end)
    if skp is None:
        return None
    found = s.scalar(select(Evaluation).join(Skp, Evaluation.skp_id == Skp.id).where(
        Skp.id == skp.skp.id, Evaluation.period_kind == period.kind.value,
        Evaluation.period_number == period.number))
    if found is None:
        return EvaluationDetail(skp, period, None, {}, (), {}, {}, ())
    eid = found.id
    realisations = {r.indicator_id: RealisationRow(r.indicator_id, r.value, r.text)
                    for r in s.scalars(select(Realisation).where(Realisation.evaluation_id == eid))}
    evidence = tuple(EvidenceRow(e.indicator_id, e.sha256, e.filename, e.url)
                     for e in s.scalars(select(EvidenceLink).where(EvidenceLink.evaluation_id == eid)
                                        .order_by(EvidenceLink.id)))
    rhk_fb = dict(s.execute(select(RhkFeedback.rhk_id, RhkFeedback.text).where(RhkFeedback.evaluation_id == eid)).all())
    value_fb = dict(s.execute(select(ValueFeedback.value_number, ValueFeedback.text)
                              .where(ValueFeedback.evaluation_id == eid)).all())
    inputs = tuple(InputRow(i.source, i.author, i.text) for i in s.scalars(
        select(FeedbackInput).where(FeedbackInput.evaluation_id == eid).order_by(FeedbackInput.id)))
    return EvaluationDetail(skp, period, EvaluationRow.of(found), realisations, evidence, rhk_fb, value_fb, inputs)
