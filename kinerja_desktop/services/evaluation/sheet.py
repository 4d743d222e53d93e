"""Penilaian Massal: a penilai rates all their subordinates for one period."""

from dataclasses import dataclass

from sqlalchemy import and_, select

from ...domain.periods import Period
from ...domain.ratings import Rating
from ...domain.workflow import EvaluationStatus
from ...errors import NotAllowed
from ...store.db import Database
from ...store.models import Employee, Evaluation, Skp
from ..context import Actor, Role
from ..skp.snapshots import titled_name
from .rating import finalize_in, ratings_in
from .recording import editable_evaluation, open_in
from ..skp.segments import in_force


@dataclass(frozen=True, slots=True)
class SheetRow:
    employee_id: int
    nip: str
    name: str
    jabatan: str
    skp_id: int | None
    skp_status: str
    evaluation_id: int | None
    status: str  # of the evaluation: "", Draft, Final
    rating_hasil: str | None
    rating_perilaku: str | None
    predikat: str | None

    @property
    def ratable(self) -> bool:
        return self.skp_status == "Disetujui" and self.status != EvaluationStatus.FINAL


def rating_sheet(db: Database, actor: Actor, *, penilai_id: int, period: Period) -> list[SheetRow]:
    """The penilai's direct subordinates with their evaluation for ``period`` (if any)."""
    if actor.role is Role.PENILAI and actor.employee_id != penilai_id:
        raise NotAllowed("Penilaian massal hanya untuk bawahan langsung Anda.")
    skp_join = and_(Skp.employee_id == Employee.id, Skp.year == period.year, in_force(period.end))
    ev_join = and_(Evaluation.skp_id == Skp.id, Evaluation.period_kind == period.kind.value,
                   Evaluation.period_number == period.number)
    query = (select(Employee.id, Employee.nip, Employee.nama, Employee.gelar_depan, Employee.gelar_belakang,
                    Employee.jabatan, Skp.id, Skp.status, Evaluation.id, Evaluation.status, Evaluation.rating_hasil,
                    Evaluation.rating_perilaku, Evaluation.predikat)
             .outerjoin(Skp, skp_join).outerjoin(Evaluation, ev_join)
             .where(Employee.atasan_id == penilai_id, Employee.active.is_(True)).order_by(Employee.nama))
    with db.read() as s:
        return [SheetRow(r[0], r[1], titled_name(r[2], r[3], r[4]), r[5], r[6], r[7] or "Belum ada SKP", r[8],
                         r[9] or "", r[10], r[11], r[12]) for r in s.execute(query)]


def rate(db: Database, actor: Actor, *, skp_id: int, period: Period, rating_hasil: Rating | str | None,
         rating_perilaku: Rating | str | None) -> None:
    """Set one subordinate's two ratings for the period, starting the evaluation if needed."""
    with db.transaction() as s:
        evaluation = open_in(s, actor, skp_id, period)
        evaluation, skp = editable_evaluation(s, actor, evaluation.id)
        ratings_in(s, actor, evaluation, skp, rating_hasil, rating_perilaku)


def finalize_complete(db: Database, actor: Actor, *, evaluation_ids: list[int]) -> int:
    """Finalise and seal, in one transaction, every listed evaluation that has both ratings;
    returns how many were finalised. Incomplete or already final ones are left as they are."""
    done = 0
    with db.transaction() as s:
        for evaluation_id in evaluation_ids:
            evaluation = s.get(Evaluation, evaluation_id)
            if evaluation is None or evaluation.status == EvaluationStatus.FINAL:
                continue
            if not (evaluation.rating_hasil and evaluation.rating_perilaku):
                continue
            evaluation, skp = editable_evaluation(s, actor, evaluation_id)
            finalize_in(s, actor, evaluation, skp)
            done += 1
    return done


def penilai_choices(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Employees who have subordinates, for an operator (or a viewer) to pick whose sheet to
    open; a penilai opens only their own."""
    if actor.role is Role.PENILAI:
        raise NotAllowed("Penilaian massal hanya untuk bawahan langsung Anda.")
    boss = select(Employee.atasan_id).where(Employee.atasan_id.is_not(None)).distinct()
    with db.read() as s:
        rows = s.execute(select(Employee.id, Employee.nama, Employee.gelar_depan, Employee.gelar_belakang,
                                Employee.jabatan).where(Employee.id.in_(boss)).order_by(Employee.nama)).all()
    return [(r.id, f"{titled_name(r.nama, r.gelar_depan, r.gelar_belakang)} — {r.jabatan}") for r in rows]
