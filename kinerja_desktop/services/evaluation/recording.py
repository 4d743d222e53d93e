"""Recording an evaluation: open it for a period, realisations, evidence, feedback, inputs."""

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.periods import Period, PeriodKind
from ...domain.workflow import SkpStatus, require_evaluation_editable
from ...errors import NotAllowed, Text, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import (
    Evaluation, Evidence, EvidenceLink, FeedbackInput, Indicator, Realisation, Rhk, RhkFeedback, Skp,
    ValueFeedback,
)
from ..access import load, require_penilai_of, require_writer, skp_of_evaluation
from ..context import Actor
from ..evidence_store import store_file
from ..rows import EvaluationRow
from ...domain.limits import check_length
from .objection import require_evaluation_writer

SOURCES = ("self", "peer", "public")


def open_evaluation(db: Database, actor: Actor, *, skp_id: int, period: Period) -> EvaluationRow:
    """The evaluation of an approved SKP for ``period``; created as a draft the first time."""
    with db.transaction() as s:
        return EvaluationRow.of(open_in(s, actor, skp_id, period))


def open_in(s: Session, actor: Actor, skp_id: int, period: Period) -> Evaluation:
    """open_evaluation inside the caller's transaction."""
    skp = load(s, Skp, skp_id, Text("SKP"))
    require_penilai_of(actor, skp)
    if skp.status != SkpStatus.DISETUJUI:
        raise NotAllowed("SKP berstatus {status}: evaluasi hanya untuk SKP yang sudah disetujui.", status=skp.status)
    if period.year != skp.year:
        raise UserError("Periode {label} {year} tidak termasuk SKP tahun {year_2}.", label=period.label, year=period.year, year_2=skp.year)
    first, last = skp.starts_on or period.start, skp.ends_on or period.end
    if period.end < first or period.start > last:
        raise NotAllowed("Periode {label} {year} di luar masa segmen SKP ini ({start} s.d. {end}): evaluasinya pada "
                         "segmen yang berlaku saat itu.", label=period.label, year=period.year, start=first.isoformat(),
                         end=last.isoformat())
    if period.kind is PeriodKind.TAHUNAN and skp.ends_on is not None:
        raise NotAllowed("Evaluasi tahunan dinilai pada segmen terakhir tahun itu; segmen ini berakhir {end}.",
                         end=skp.ends_on.isoformat())
    found = s.scalar(select(Evaluation).where(
        Evaluation.skp_id == skp.id, Evaluation.period_kind == period.kind.value,
        Evaluation.period_number == period.number))
    if found:
        return found
    evaluation = Evaluation(skp_id=skp.id, period_kind=period.kind.value, period_number=period.number)
    s.add(evaluation)
    s.flush()
    audit.record(s, actor=actor.username, action="evaluation.open", entity="evaluation",
                 entity_uuid=evaluation.uuid, after={"skp": skp.uuid, "period": period.code})
    return evaluation


def editable_evaluation(s: Session, actor: Actor, evaluation_id: int) -> tuple[Evaluation, Skp]:
    evaluation, skp = skp_of_evaluation(s, evaluation_id)
    require_evaluation_writer(s, actor, skp, evaluation.id)
    require_evaluation_editable(evaluation.status)
    evaluation.bump()
    return evaluation, skp


def _indicator_of(s: Session, skp: Skp, indicator_id: int) -> Indicator:
    indicator = load(s, Indicator, indicator_id, Text("Indikator"))
    if s.get(Rhk, indicator.rhk_id).skp_id != skp.id:
        raise UserError("Indikator #{indicator_id} bukan bagian dari SKP evaluasi ini.", indicator_id=indicator_id)
    return indicator


def record_realisation(db: Database, actor: Actor, *, evaluation_id: int, indicator_id: int,
                       value: float | None = None, text: str = "") -> None:
    """The realisasi of one indicator (a number, a narrative, or both); replaces an earlier one."""
    text = check_length("realisasi", text)
    if value is None and not text.strip():
        raise UserError("Realisasi kosong: isi angka capaian atau uraiannya.")
    with db.transaction() as s:
        evaluation, skp = editable_evaluation(s, actor, evaluation_id)
        indicator = _indicator_of(s, skp, indicator_id)
        row = s.scalar(select(Realisation).where(Realisation.evaluation_id == evaluation.id,
                                                 Realisation.indicator_id == indicator.id))
        before = {"value": row.value, "text": row.text} if row else None
        if row is None:
            row = Realisation(evaluation_id=evaluation.id, indicator_id=indicator.id)
            s.add(row)
        row.value, row.text = value, text.strip()
        audit.record(s, actor=actor.username, action="evaluation.realisation", entity="evaluation",
                     entity_uuid=evaluation.uuid, before=before,
                     after={"indicator": indicator.uuid, "value": value, "text": row.text})


def attach_evidence(db: Database, actor: Actor, *, evaluation_id: int, indicator_id: int | None = None,
                    file: Path | None = None, url: str = "") -> str:
    """Attach a bukti dukung file (stored by content) or a link; returns the sha256 or the url."""
    if (file is None) == (not url.strip()):
        raise UserError("Pilih salah satu: berkas bukti dukung atau tautan.")
    with db.transaction() as s:
        evaluation, skp = editable_evaluation(s, actor, evaluation_id)
        if indicator_id is not None:
            _indicator_of(s, skp, indicator_id)
        sha = None
        if file is not None:
            sha, size, media = store_file(db.evidence_dir, Path(file))
            if s.get(Evidence, sha) is None:
                s.add(Evidence(sha256=sha, size=size, media_type=media))
                s.flush()
        s.add(EvidenceLink(evaluation_id=evaluation.id, indicator_id=indicator_id, sha256=sha,
                           filename=Path(file).name if file else "", url=url.strip()))
        audit.record(s, actor=actor.username, action="evaluation.evidence", entity="evaluation",
                     entity_uuid=evaluation.uuid, after={"indicator_id": indicator_id, "sha256": sha, "url": url.strip()})
        return sha or url.strip()


def record_feedback(db: Database, actor: Actor, *, evaluation_id: int, text: str,
                    rhk_id: int | None = None, value_number: int | None = None) -> None:
    """Umpan balik berkelanjutan on one RHK or on one BerAKHLAK value (1..7)."""
    if (rhk_id is None) == (value_number is None):
        raise ValueError("give exactly one of rhk_id or value_number")
    text = check_length("umpan_balik", text)
    if not text.strip():
        raise UserError("Umpan balik kosong: pilih frasa atau tulis umpan balik.")
    with db.transaction() as s:
        evaluation, skp = editable_evaluation(s, actor, evaluation_id)
        if rhk_id is not None:
            if load(s, Rhk, rhk_id, Text("RHK")).skp_id != skp.id:
                raise UserError("RHK #{rhk_id} bukan bagian dari SKP evaluasi ini.", rhk_id=rhk_id)
            model, key = RhkFeedback, {"rhk_id": rhk_id}
        else:
            if not 1 <= value_number <= 7:
                raise UserError("Nilai BerAKHLAK nomor {value_number} tidak ada (1 sampai 7).", value_number=value_number)
            model, key = ValueFeedback, {"value_number": value_number}
        row = s.scalar(select(model).filter_by(evaluation_id=evaluation.id, **key))
        before = row.text if row else None
        if row is None:
            row = model(evaluation_id=evaluation.id, **key, text="")
            s.add(row)
        row.text = text.strip()
        audit.record(s, actor=actor.username, action="evaluation.feedback", entity="evaluation",
                     entity_uuid=evaluation.uuid, before={**key, "text": before}, after={**key, "text": row.text})


def add_feedback_input(db: Database, actor: Actor, *, evaluation_id: int, source: str, text: str,
                       author: str = "") -> None:
    """A self, peer or public input the penilai considers; kept apart from the penilai's own feedback."""
    require_writer(actor)
    if source not in SOURCES:
        raise UserError("Sumber masukan '{source}' tidak dikenal: self, peer atau public.", source=source)
    text = check_length("masukan", text)
    if not text.strip():
        raise UserError("Masukan kosong.")
    with db.transaction() as s:
        evaluation, _ = skp_of_evaluation(s, evaluation_id)
        require_evaluation_editable(evaluation.status)
        item = FeedbackInput(evaluation_id=evaluation.id, source=source, author=author.strip(), text=text.strip())
        s.add(item)
        s.flush()
        audit.record(s, actor=actor.username, action="evaluation.input", entity="feedback_input",
                     entity_uuid=item.uuid, after={"source": source, "author": item.author, "text": item.text})
