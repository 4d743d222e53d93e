"""Reading one evaluation whole, as frozen rows for the Evaluasi screen."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.periods import Period
from ...store.db import Database
from ...store.models import (
    Evaluation, EvidenceLink, FeedbackInput, Realisation, RhkFeedback, ValueFeedback,
)
from ..context import Actor
from ..rows import EvaluationRow
from ..skp.queries import SkpDetail, skp_details_in

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
    return evaluation_details_in(s, actor, employee_ids=[employee_id], period=period, segment=segment).get(employee_id)


def evaluation_details_in(s: Session, actor: Actor, *, employee_ids: list[int], period: Period,
                          segment: int | None = None) -> dict[int, EvaluationDetail]:
    """``evaluation_detail_in`` for many employees in the same few queries (a batch of printed
    documents): employee id -> detail, for those who have an SKP."""
    skps = skp_details_in(s, actor, employee_ids=employee_ids, year=period.year, segment=segment, on=period.end)
    if not skps:
        return {}
    found = {e.skp_id: e for e in s.scalars(select(Evaluation).where(
        Evaluation.skp_id.in_([d.skp.id for d in skps.values()]), Evaluation.period_kind == period.kind.value,
        Evaluation.period_number == period.number))}
    eids = [e.id for e in found.values()]
    parts: dict[str, dict[int, list]] = {name: {} for name in ("realisations", "evidence", "rhk", "value", "inputs")}

    def collect(name: str, query, make) -> None:
        for row in s.execute(query):
            parts[name].setdefault(row[0], []).append(make(row))

    collect("realisations", select(Realisation.evaluation_id, Realisation.indicator_id, Realisation.value,
                                   Realisation.text).where(Realisation.evaluation_id.in_(eids)),
            lambda r: (r[1], RealisationRow(r[1], r[2], r[3])))
    collect("evidence", select(EvidenceLink.evaluation_id, EvidenceLink.indicator_id, EvidenceLink.sha256,
                               EvidenceLink.filename, EvidenceLink.url).where(EvidenceLink.evaluation_id.in_(eids))
            .order_by(EvidenceLink.id), lambda r: EvidenceRow(*r[1:]))
    collect("rhk", select(RhkFeedback.evaluation_id, RhkFeedback.rhk_id, RhkFeedback.text)
            .where(RhkFeedback.evaluation_id.in_(eids)), lambda r: (r[1], r[2]))
    collect("value", select(ValueFeedback.evaluation_id, ValueFeedback.value_number, ValueFeedback.text)
            .where(ValueFeedback.evaluation_id.in_(eids)), lambda r: (r[1], r[2]))
    collect("inputs", select(FeedbackInput.evaluation_id, FeedbackInput.source, FeedbackInput.author,
                             FeedbackInput.text).where(FeedbackInput.evaluation_id.in_(eids))
            .order_by(FeedbackInput.id), lambda r: InputRow(*r[1:]))
    out = {}
    for employee_id, skp in skps.items():
        ev = found.get(skp.skp.id)
        if ev is None:
            out[employee_id] = EvaluationDetail(skp, period, None, {}, (), {}, {}, ())
            continue
        of = {name: got.get(ev.id, []) for name, got in parts.items()}
        out[employee_id] = EvaluationDetail(skp, period, EvaluationRow.of(ev), dict(of["realisations"]),
                                            tuple(of["evidence"]), dict(of["rhk"]), dict(of["value"]),
                                            tuple(of["inputs"]))
    return out
