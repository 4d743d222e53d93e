"""Kebutuhan pelatihan: what the year's development plans ask for, per unit and per training (for
the diklat budget), and everyone under the 20 JP a year of training actually done."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ...domain.follow_up import MIN_JP
from ...store.db import Database
from ...store.models import DevelopmentItem, DevelopmentPlan, TrainingRecord, Unit
from ..context import Actor
from ..rekap import top_of
from .results import Person, people_in


@dataclass(frozen=True)
class Need:
    unit: str
    training: str
    jp: int
    people: tuple[Person, ...]


@dataclass(frozen=True)
class Short:
    person: Person
    unit: str
    jp: int  # done this year


@dataclass(frozen=True)
class Needs:
    year: int
    needs: tuple[Need, ...]
    short: tuple[Short, ...]
    staff: int

    def rows(self) -> list[list]:
        """The recap as a sheet: one block of planned trainings, one of people under 20 JP."""
        out = [["BAGIAN", "PERANGKAT DAERAH", "PELATIHAN / NIP", "JP", "ORANG / NAMA", "JP TAHUN INI"]]
        out += [["rencana", n.unit, n.training, n.jp, len(n.people), ""] for n in self.needs]
        out += [[f"kurang {MIN_JP} JP", s.unit, s.person.nip, "", s.person.nama, s.jp] for s in self.short]
        return out


def training_needs(db: Database, actor: Actor, *, year: int, unit: str | int | None = None) -> Needs:
    """`pengembangan kebutuhan`: the year's plans (usulan and disetujui) grouped by perangkat
    daerah and training, and the people whose training records of the year add up to under 20 JP."""
    with db.read() as s:
        people = people_in(s, actor, unit)
        by_id = {p.id: p for p in people}
        units = s.execute(select(Unit.id, Unit.parent_id, Unit.name)).all()
        top, names = top_of({u.id: u.parent_id for u in units}), {u.id: u.name for u in units}
        ids = list(by_id)
        planned, done = defaultdict(list), {}
        for start in range(0, len(ids), 5000):
            chunk = ids[start:start + 5000]
            for employee_id, training, jp in s.execute(
                    select(DevelopmentPlan.employee_id, DevelopmentItem.training, DevelopmentItem.jp)
                    .join(DevelopmentItem, DevelopmentItem.plan_id == DevelopmentPlan.id)
                    .where(DevelopmentPlan.year == year, DevelopmentPlan.employee_id.in_(chunk),
                           DevelopmentItem.training != "", DevelopmentItem.jp > 0)):
                person = by_id[employee_id]
                planned[(names[top[person.unit_id]], training, jp)].append(person)
            done.update(s.execute(select(TrainingRecord.employee_id, func.sum(TrainingRecord.jp))
                                  .where(TrainingRecord.employee_id.in_(chunk), TrainingRecord.start >= date(year, 1, 1),
                                         TrainingRecord.start <= date(year, 12, 31))
                                  .group_by(TrainingRecord.employee_id)).all())
    needs = tuple(Need(u, t, jp, tuple(dict.fromkeys(p))) for (u, t, jp), p in sorted(planned.items()))
    short = tuple(sorted((Short(p, names[top[p.unit_id]], int(done.get(p.id, 0))) for p in people
                          if done.get(p.id, 0) < MIN_JP), key=lambda x: (x.unit, x.person.nama)))
    return Needs(year, needs, short, len(people))
