"""Keberatan (PP 30/2019 art. 59): filed within 14 days, decided with finality by the atasan."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from ...domain.ratings import Rating, predikat_pegawai
from ...domain.workflow import EvaluationStatus
from ...errors import NotAllowed, Text, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import Employee, Objection
from ..access import load, require_penilai_of, require_writer, require_written_here, skp_of_evaluation
from ..context import Actor, Role
from .seal import reseal
from ...domain.limits import check_length

DEADLINE = timedelta(days=14)


@dataclass(frozen=True)
class ObjectionRow:
    id: int
    evaluation_id: int
    received_on: date
    filed_on: date
    reason: str
    status: str
    decision: str
    old_result: dict | None
    new_result: dict | None


def _row(o: Objection) -> ObjectionRow:
    return ObjectionRow(o.id, o.evaluation_id, o.received_on, o.filed_on, o.reason, o.status,
                        o.decision, o.old_result, o.new_result)


def _result(evaluation) -> dict:
    return {"hasil": evaluation.rating_hasil, "perilaku": evaluation.rating_perilaku, "predikat": evaluation.predikat}


def file_objection(db: Database, actor: Actor, *, evaluation_id: int, reason: str, received_on: date,
                   filed_on: date | None = None) -> ObjectionRow:
    """File a keberatan against a final evaluation, at most 14 days after the result was received."""
    require_writer(actor)
    filed_on = filed_on or date.today()
    reason = check_length("alasan", reason)
    if not reason.strip():
        raise UserError("Alasan keberatan wajib diisi.")
    if filed_on < received_on:
        raise UserError("Tanggal pengajuan keberatan tidak boleh sebelum tanggal hasil diterima.")
    if filed_on - received_on > DEADLINE:
        raise NotAllowed("Keberatan diajukan {days} hari setelah hasil diterima; batasnya 14 hari (PP 30/2019 pasal 59).", days=(filed_on - received_on).days)
    with db.transaction() as s:
        evaluation, skp = skp_of_evaluation(s, evaluation_id)
        _check_filer(actor, skp)
        if evaluation.status != EvaluationStatus.FINAL:
            raise NotAllowed("Keberatan hanya dapat diajukan atas evaluasi yang sudah final.")
        if s.scalar(select(Objection.id).where(Objection.evaluation_id == evaluation.id)):
            raise NotAllowed("Keberatan atas evaluasi ini sudah pernah diajukan.")
        item = Objection(evaluation_id=evaluation.id, received_on=received_on, filed_on=filed_on,
                         reason=reason.strip(), old_result=_result(evaluation))
        s.add(item)
        s.flush()
        audit.record(s, actor=actor.username, action="objection.file", entity="objection",
                     entity_uuid=item.uuid, after={"evaluation": evaluation.uuid, "reason": item.reason})
        return _row(item)


def decide_objection(db: Database, actor: Actor, *, objection_id: int, decision: str,
                     rating_hasil: Rating | str | None = None,
                     rating_perilaku: Rating | str | None = None,
                     decided_on: date | None = None) -> ObjectionRow:
    """Record the atasan pejabat penilai's final decision; new ratings (if any) change the
    evaluation's result, which is re-derived and re-sealed. A decision is never changed."""
    require_writer(actor)
    decision = check_length("keputusan", decision)
    if not decision.strip():
        raise UserError("Isi keputusan atas keberatan wajib diisi.")
    with db.transaction() as s:
        item = load(s, Objection, objection_id, Text("Keberatan"))
        evaluation, skp = skp_of_evaluation(s, item.evaluation_id)
        _check_decider(s, actor, skp)
        if item.status == "Diputuskan":
            raise NotAllowed("Keberatan ini sudah diputuskan; keputusan atasan pejabat penilai bersifat final.")
        if rating_hasil or rating_perilaku:
            evaluation.rating_hasil = Rating(rating_hasil or evaluation.rating_hasil).value
            evaluation.rating_perilaku = Rating(rating_perilaku or evaluation.rating_perilaku).value
            evaluation.predikat = predikat_pegawai(evaluation.rating_hasil, evaluation.rating_perilaku).value
            evaluation.bump()
            reseal(s, evaluation)
        item.status, item.decision = "Diputuskan", decision.strip()
        item.decided_by, item.decided_on = actor.username, decided_on or date.today()
        item.new_result = _result(evaluation)
        item.bump()
        audit.record(s, actor=actor.username, action="objection.decide", entity="objection",
                     entity_uuid=item.uuid, before=item.old_result,
                     after={"result": item.new_result, "decision": item.decision, "seal": evaluation.seal_hash})
        return _row(item)


def _check_filer(actor: Actor, skp) -> None:
    """The objection is the employee's: filed from their own account, or by the operator on their
    behalf. Nobody else can use up their one objection."""
    if actor.role is Role.OPERATOR or (actor.employee_id is not None and actor.employee_id == skp.employee_id):
        return
    raise NotAllowed("Keberatan diajukan oleh pegawai yang dinilai sendiri, atau oleh operator atas namanya.")


def _is_atasan_of_penilai(s, actor: Actor, skp) -> bool:
    penilai = s.get(Employee, skp.penilai_id) if skp.penilai_id else None
    return penilai is not None and actor.employee_id is not None and penilai.atasan_id == actor.employee_id


def _check_decider(s, actor: Actor, skp) -> None:
    """A penilai account may decide only as the atasan of the SKP's penilai."""
    if actor.role is Role.PENILAI and not _is_atasan_of_penilai(s, actor, skp):
        raise NotAllowed("Keberatan diputuskan oleh atasan pejabat penilai kinerja.")


def require_evaluation_writer(s, actor: Actor, skp, evaluation_id: int) -> None:
    """Who may change (or unlock) an evaluation: its penilai or the operator; once an objection
    was filed, nobody while it waits for the atasan's decision, and after the decision only that
    atasan or the operator (an unlock's reason is recorded), never the penilai whose rating it
    judged."""
    objection = s.scalar(select(Objection).where(Objection.evaluation_id == evaluation_id))
    if objection is None:
        return require_penilai_of(actor, skp)
    require_writer(actor)
    require_written_here(skp)
    if objection.status != "Diputuskan":
        raise NotAllowed("Evaluasi ini sedang diajukan keberatan: hasilnya hanya diubah oleh keputusan atasan "
                         "pejabat penilai.")
    if actor.role is Role.OPERATOR or _is_atasan_of_penilai(s, actor, skp):
        return
    raise NotAllowed("Keberatan atas evaluasi ini sudah diputuskan atasan pejabat penilai; hanya atasan itu, atau "
                     "operator dengan alasan yang dicatat, yang dapat membukanya kembali.")


@dataclass(frozen=True)
class ObjectionListRow:
    objection: ObjectionRow
    employee: str
    nip: str
    period: str  # e.g. "TAHUNAN 2026"
    penilai: str


def list_objections(db: Database, actor: Actor) -> list[ObjectionListRow]:
    """All objections for an operator or viewer; for a penilai, those on their own ratings and
    those they decide as atasan of the penilai."""
    from sqlalchemy.orm import aliased

    from ...domain.periods import Period, PeriodKind
    from ...store.models import Evaluation, Skp
    from ..skp.snapshots import titled_name

    penilai = aliased(Employee)
    query = (select(Objection, Employee, Skp, Evaluation, penilai)
             .join(Evaluation, Objection.evaluation_id == Evaluation.id).join(Skp, Evaluation.skp_id == Skp.id)
             .join(Employee, Skp.employee_id == Employee.id).outerjoin(penilai, Skp.penilai_id == penilai.id)
             .order_by(Objection.status, Objection.filed_on.desc()))
    if actor.role is Role.PENILAI:
        query = query.where((Skp.penilai_id == actor.employee_id) | (penilai.atasan_id == actor.employee_id))
    with db.read() as s:
        return [ObjectionListRow(_row(o), titled_name(e.nama, e.gelar_depan, e.gelar_belakang), e.nip,
                                 f"{Period(skp.year, PeriodKind(ev.period_kind), ev.period_number).label} {skp.year}",
                                 titled_name(p.nama, p.gelar_depan, p.gelar_belakang) if p else "")
                for o, e, skp, ev, p in s.execute(query)]
