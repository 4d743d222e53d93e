"""The two ratings, the derived predikat, finalising (sealed) and the audited unlock."""

from sqlalchemy.orm import Session

from ...domain.jabatan import JenisJabatan
from ...domain.periods import Period, PeriodKind
from ...domain.ratings import Rating, predikat_pegawai, rating_hasil_for_unit_head
from ...domain.workflow import EvaluationStatus
from ...errors import NotAllowed, Text, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import Employee, utcnow
from ..access import skp_of_evaluation
from ..context import Actor
from ..organisation import org_predikat_for
from ..rows import EvaluationRow
from .recording import editable_evaluation
from .objection import require_evaluation_writer
from .seal import reseal, unseal
from ..skp.approval import require_penilai_recorded
from ...domain.limits import check_length


def _period(evaluation, skp) -> Period:
    return Period(skp.year, PeriodKind(evaluation.period_kind), evaluation.period_number)


def set_ratings(db: Database, actor: Actor, *, evaluation_id: int, rating_hasil: Rating | str | None,
                rating_perilaku: Rating | str | None, catatan: str | None = None) -> EvaluationRow:
    """Set the two ratings (and, if given, the catatan/rekomendasi); the predikat follows from
    the matrix and is never typed. For a JPT the rating hasil kerja is the organisation's
    result, once the unit's predikat is set."""
    with db.transaction() as s:
        evaluation, skp = editable_evaluation(s, actor, evaluation_id)
        return EvaluationRow.of(ratings_in(s, actor, evaluation, skp, rating_hasil, rating_perilaku, catatan))


def ratings_in(s: Session, actor: Actor, evaluation, skp, rating_hasil, rating_perilaku, catatan=None):
    """set_ratings inside the caller's transaction, on an evaluation already checked editable."""
    employee = s.get(Employee, skp.employee_id)
    org = org_predikat_for(s, employee.unit_id, _period(evaluation, skp))
    hasil = Rating(rating_hasil) if rating_hasil else None
    if org and JenisJabatan(employee.jenis_jabatan).is_jpt:
        required = rating_hasil_for_unit_head(org)
        if hasil not in (None, required):
            raise NotAllowed("Rating hasil kerja pimpinan unit mengikuti capaian organisasi ({org}): {value}.", org=org, value=required.value)
        hasil = required
    perilaku = Rating(rating_perilaku) if rating_perilaku else None
    before = {"hasil": evaluation.rating_hasil, "perilaku": evaluation.rating_perilaku,
              "predikat": evaluation.predikat, "catatan": evaluation.catatan}
    evaluation.rating_hasil = hasil.value if hasil else None
    evaluation.rating_perilaku = perilaku.value if perilaku else None
    evaluation.predikat = predikat_pegawai(hasil, perilaku).value if hasil and perilaku else None
    evaluation.org_predikat = org
    if catatan is not None:
        evaluation.catatan = check_length("catatan", catatan)
    audit.record(s, actor=actor.username, action="evaluation.ratings", entity="evaluation",
                 entity_uuid=evaluation.uuid, before=before,
                 after={"hasil": evaluation.rating_hasil, "perilaku": evaluation.rating_perilaku,
                        "predikat": evaluation.predikat, "catatan": evaluation.catatan})
    return evaluation


def finalize_evaluation(db: Database, actor: Actor, *, evaluation_id: int) -> EvaluationRow:
    """Make the evaluation final and seal its content; afterwards it changes only through an
    objection decision or :func:`unlock_evaluation`."""
    with db.transaction() as s:
        evaluation, skp = editable_evaluation(s, actor, evaluation_id)
        return EvaluationRow.of(finalize_in(s, actor, evaluation, skp))


def finalize_in(s: Session, actor: Actor, evaluation, skp):
    """finalize_evaluation inside the caller's transaction, on an editable evaluation."""
    if not (evaluation.rating_hasil and evaluation.rating_perilaku):
        raise NotAllowed("Evaluasi belum dapat difinalkan: isi rating hasil kerja dan rating perilaku kerja.")
    require_penilai_recorded(skp, Text("difinalkan"))
    employee = s.get(Employee, skp.employee_id)
    evaluation.org_predikat = org_predikat_for(s, employee.unit_id, _period(evaluation, skp))
    evaluation.status = EvaluationStatus.FINAL.value
    evaluation.finalized_at, evaluation.finalized_by = utcnow(), actor.username
    reseal(s, evaluation)
    audit.record(s, actor=actor.username, action="evaluation.finalize", entity="evaluation",
                 entity_uuid=evaluation.uuid, after={"predikat": evaluation.predikat, "seal": evaluation.seal_hash})
    return evaluation


def unlock_evaluation(db: Database, actor: Actor, *, evaluation_id: int, reason: str) -> EvaluationRow:
    """Reopen a final evaluation for correction; the reason is recorded in the audit log."""
    reason = check_length("alasan", reason)
    if len(reason.strip()) < 10:
        raise UserError("Alasan membuka kunci evaluasi wajib diisi (sedikitnya 10 karakter).")
    with db.transaction() as s:
        evaluation, skp = skp_of_evaluation(s, evaluation_id)
        require_evaluation_writer(s, actor, skp, evaluation.id)
        if evaluation.status != EvaluationStatus.FINAL:
            raise NotAllowed("Evaluasi ini belum final; tidak ada kunci yang perlu dibuka.")
        before = {"status": evaluation.status, "seal": evaluation.seal_hash}
        evaluation.status = EvaluationStatus.DRAFT.value
        unseal(evaluation)
        evaluation.finalized_at = evaluation.finalized_by = None
        evaluation.bump()
        audit.record(s, actor=actor.username, action="evaluation.unlock", entity="evaluation",
                     entity_uuid=evaluation.uuid, before=before, after={"status": "Draft", "reason": reason.strip()})
        return EvaluationRow.of(evaluation)
