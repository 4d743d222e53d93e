"""Kepatuhan: per perangkat daerah and per penilai, who has no approved SKP, no evaluation, no
final evaluation for a period, leaving out those a status period excludes; with the deadline the
office sets (EVALUATION_DEADLINE_DAYS after the period's end)."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from ...domain.follow_up import MISSING, STATUS_TITLES
from ...domain.periods import Period, parse_period
from ...domain.workflow import EvaluationStatus, SkpStatus
from ...settings import EVALUATION_DEADLINE_DAYS
from ...store.db import Database
from ...store.models import Employee, Unit
from ..context import Actor
from ..rekap import top_of
from .results import Person, Result, people_in, results_in
from .status import excluded, periods_of



@dataclass
class Tally:
    """One perangkat daerah's or one penilai's list."""

    name: str
    nip: str = ""  # the penilai's
    staff: int = 0
    excluded: list[tuple[Person, str]] = field(default_factory=list)
    missing: dict[str, list[Person]] = field(default_factory=lambda: {k: [] for k in MISSING})

    @property
    def complete(self) -> int:
        return self.staff - sum(len(v) for v in self.missing.values())

    def as_json(self) -> dict:
        out = {"unit" if not self.nip else "penilai": self.name, "pegawai": self.staff,
               "dikecualikan": len(self.excluded), "lengkap": self.complete}
        if self.nip:
            out["nip_penilai"] = self.nip
        for key, people in self.missing.items():
            out[f"tanpa_{key}"] = {"jumlah": len(people), "nip": [p.nip for p in people]}
        return out


@dataclass(frozen=True)
class Compliance:
    period: Period
    deadline: date
    units: tuple[Tally, ...]
    penilai: tuple[Tally, ...]

    def as_json(self) -> dict:
        return {"tahun": self.period.year, "periode": self.period.code, "tenggat": self.deadline.isoformat(),
                "unit": [u.as_json() for u in self.units], "penilai": [p.as_json() for p in self.penilai]}


def what_is_missing(result: Result) -> str | None:
    if result.skp_status != SkpStatus.DISETUJUI:
        return "skp"
    if result.evaluation_id is None:
        return "evaluasi"
    if result.status != EvaluationStatus.FINAL:
        return "final"
    return None


def compliance(db: Database, actor: Actor, *, year: int, period: str | None = None,
               unit: str | int | None = None) -> Compliance:
    """`kepatuhan`: the checklist of a period for the unit (or office) the actor may see."""
    the_period = parse_period(period, year)
    with db.read() as s:
        people = people_in(s, actor, unit)
        results = results_in(s, people, the_period)
        away = periods_of(s, [p.id for p in people])
        units = s.execute(select(Unit.id, Unit.parent_id, Unit.name)).all()
        top, names = top_of({u.id: u.parent_id for u in units}), {u.id: u.name for u in units}
        penilai_ids = {r.penilai_id or r.person.atasan_id for r in results.values()} - {None}
        penilai = {e.id: (e.nama, e.nip) for e in s.execute(
            select(Employee.id, Employee.nama, Employee.nip).where(Employee.id.in_(penilai_ids)))}
        deadline = the_period.end + timedelta(days=EVALUATION_DEADLINE_DAYS.get(s))
    by_unit: dict[int, Tally] = {}
    by_penilai: dict[int | None, Tally] = defaultdict(lambda: Tally("(tanpa penilai)"))
    for person in people:
        result = results[person.id]
        unit_tally = by_unit.setdefault(top[person.unit_id], Tally(names[top[person.unit_id]]))
        who = result.penilai_id or person.atasan_id
        if who not in by_penilai and who in penilai:
            by_penilai[who] = Tally(*penilai[who])
        penilai_tally = by_penilai[who]
        status = excluded(away.get(person.id, []), the_period.start, the_period.end)
        if status is not None:
            unit_tally.excluded.append((person, STATUS_TITLES[status]))
            penilai_tally.excluded.append((person, STATUS_TITLES[status]))
            continue
        unit_tally.staff += 1
        penilai_tally.staff += 1
        missing = what_is_missing(result)
        if missing:
            unit_tally.missing[missing].append(person)
            penilai_tally.missing[missing].append(person)
    return Compliance(the_period, deadline, tuple(sorted(by_unit.values(), key=lambda t: t.name)),
                      tuple(sorted(by_penilai.values(), key=lambda t: t.name)))
