"""The results the follow-up starts from, read once per command: each employee's final result of
a period (the annual one unless told), with what the services need of the person, and the scope
an actor may see (a penilai: their own subordinates)."""

from dataclasses import dataclass

from sqlalchemy import and_, select

from ...domain.periods import Period
from ...domain.workflow import EvaluationStatus
from ...store.models import Employee, Evaluation, Skp, Unit
from ..context import Actor, Role
from ..organisation import subtree
from ..units import find_unit
from ..skp.segments import in_force


@dataclass(frozen=True)
class Person:
    id: int
    nip: str
    nama: str
    jabatan: str
    jenis_jabatan: str
    golongan: str
    unit_id: int
    unit: str
    atasan_id: int | None
    siasn_id: str | None


@dataclass(frozen=True)
class Result:
    person: Person
    skp_id: int | None
    penilai_id: int | None
    penilai: dict  # the SKP's snapshot of the penilai
    evaluation_id: int | None
    status: str | None  # Draft / Final, None: no evaluation
    predikat: str | None
    rating_hasil: str | None
    rating_perilaku: str | None
    catatan: str
    skp_status: str | None


def people_in(s, actor: Actor, unit: str | int | None) -> list[Person]:
    """Active employees of a unit's subtree (or the office) that the actor may see, by unit and name."""
    query = (select(Employee, Unit.name).join(Unit, Unit.id == Employee.unit_id).where(Employee.active.is_(True))
             .order_by(Unit.name, Employee.nama))
    if unit:
        query = query.where(Employee.unit_id.in_(subtree(s, find_unit(s, unit).id)))
    if actor.role is Role.PENILAI:
        query = query.where(Employee.atasan_id == actor.employee_id)
    return [Person(e.id, e.nip, e.nama, e.jabatan, e.jenis_jabatan, e.golongan, e.unit_id, name, e.atasan_id, e.siasn_id)
            for e, name in s.execute(query)]


def results_in(s, people: list[Person], period: Period) -> dict[int, Result]:
    """Each person's SKP of the period's year and their evaluation of the period, if any."""
    ids = [p.id for p in people]
    by_id = {p.id: p for p in people}
    found: dict[int, Result] = {}
    evaluation = and_(Evaluation.skp_id == Skp.id, Evaluation.period_kind == period.kind.value,
                      Evaluation.period_number == period.number)
    for start in range(0, len(ids), 5000):
        rows = s.execute(select(Skp.employee_id, Skp.id, Skp.status, Skp.penilai_id, Skp.penilai_snapshot, Evaluation.id,
                                Evaluation.status, Evaluation.predikat, Evaluation.rating_hasil,
                                Evaluation.rating_perilaku, Evaluation.catatan)
                         .outerjoin(Evaluation, evaluation)
                         .where(Skp.year == period.year, in_force(period.end), Skp.employee_id.in_(ids[start:start + 5000])))
        for (employee_id, skp_id, skp_status, penilai_id, snapshot, eval_id, status, predikat, hasil, perilaku,
             catatan) in rows:
            found[employee_id] = Result(by_id[employee_id], skp_id, penilai_id, snapshot or {}, eval_id, status,
                                        predikat, hasil, perilaku, catatan or "", skp_status)
    return {p.id: found.get(p.id) or Result(p, None, None, {}, None, None, None, None, None, "", None)
            for p in people}


def is_final(result: Result) -> bool:
    return result.status == EvaluationStatus.FINAL and bool(result.predikat)
