"""The talent box (PermenPANRB 3/2020): the annual predikat as kinerja against potensi from an
assessment, nine boxes as domain.md numbers them. Names only for the operator; everyone else who
may see the unit sees the counts."""

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from ...domain.follow_up import BOX_ADVICE, BOXES, Kinerja, Potensi, kinerja_of
from ...domain.periods import parse_period
from ...store.db import Database
from ...store.models import Potensi as PotensiRow
from ..context import Actor, Role
from .results import Person, is_final, people_in, results_in


@dataclass(frozen=True)
class Placed:
    person: Person
    kotak: int
    kinerja: Kinerja
    potensi: Potensi
    predikat: str

    def as_json(self) -> dict:
        return {"nip": self.person.nip, "kotak": self.kotak, "kinerja": self.kinerja.value, "potensi": self.potensi.value}


@dataclass(frozen=True)
class TalentBox:
    year: int
    placed: tuple[Placed, ...]  # empty for anyone but the operator: counts only
    counts: dict[int, int]  # box -> people
    without_result: int  # no final annual predikat
    without_potensi: int

    @staticmethod
    def advice(box: int) -> str:
        return BOX_ADVICE[box]


def talent_box(db: Database, actor: Actor, *, year: int, unit: str | int | None = None) -> TalentBox:
    """`talenta kotak`: each employee with a final annual predikat and a potensi (the latest
    assessment up to ``year``) in their box."""
    with db.read() as s:
        people = people_in(s, actor, unit)
        results = results_in(s, people, parse_period(None, year))
        potensi: dict[int, str] = {}
        ids = [p.id for p in people]
        for start in range(0, len(ids), 5000):
            for employee_id, level in s.execute(
                    select(PotensiRow.employee_id, PotensiRow.level)
                    .where(PotensiRow.employee_id.in_(ids[start:start + 5000]), PotensiRow.year <= year)
                    .order_by(PotensiRow.year)):
                potensi[employee_id] = level  # the latest year wins
    placed, no_result, no_potensi = [], 0, 0
    for person in people:
        result = results[person.id]
        if not is_final(result):
            no_result += 1
            continue
        if person.id not in potensi:
            no_potensi += 1
            continue
        kinerja, level = kinerja_of(result.predikat), Potensi(potensi[person.id])
        placed.append(Placed(person, BOXES[(kinerja, level)], kinerja, level, result.predikat))
    counts = Counter(p.kotak for p in placed)
    shown = tuple(placed) if actor.role is Role.OPERATOR else ()
    return TalentBox(year, shown, {box: counts.get(box, 0) for box in range(1, 10)}, no_result, no_potensi)
