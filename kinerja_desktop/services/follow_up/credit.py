"""Angka kredit of each fungsional (PermenPANRB 1/2023): the jenjang's annual coefficient times the
annual predikat's percentage, pro rata by the months worked in the year."""

from dataclasses import dataclass
from decimal import Decimal

from ...domain.follow_up import COEFFICIENTS, PERCENT, angka_kredit, jenjang_of, months_worked
from ...domain.jabatan import JenisJabatan
from ...domain.periods import parse_period
from ...errors import Text
from ...store.db import Database
from ..context import Actor
from .results import Result, is_final, people_in, results_in
from .status import periods_of


@dataclass(frozen=True)
class CreditRow:
    result: Result
    year: int
    jenjang: str | None
    koefisien: Decimal | None
    persen: int | None
    bulan: int
    angka_kredit: Decimal | None
    why_not: Text | None  # None when counted: no jenjang in the jabatan, no final annual result

    def as_json(self) -> dict:
        p = self.result.person
        return {"nip": p.nip, "nama": p.nama, "jabatan": p.jabatan, "jenjang": self.jenjang,
                "koefisien": _number(self.koefisien), "predikat": self.result.predikat if self.persen else None,
                "persen": self.persen, "bulan": self.bulan, "angka_kredit": _number(self.angka_kredit),
                "keterangan": str(self.why_not or "")}


def _number(value: Decimal | None):
    return None if value is None else float(value)


def credit_rows(db: Database, actor: Actor, *, year: int, unit: str | int | None = None) -> list[CreditRow]:
    """`angka-kredit`: every fungsional of the unit (or office) the actor may see."""
    with db.read() as s:
        people = [p for p in people_in(s, actor, unit) if p.jenis_jabatan == JenisJabatan.FUNGSIONAL]
        results = results_in(s, people, parse_period(None, year))
        away = periods_of(s, [p.id for p in people])
    rows = []
    for person in people:
        result, jenjang = results[person.id], jenjang_of(person.jabatan)
        months = months_worked(away.get(person.id, []), year)
        if jenjang is None:
            rows.append(CreditRow(result, year, None, None, None, months, None,
                                  Text("jenjang tidak terbaca dari nama jabatan")))
        elif not is_final(result):
            rows.append(CreditRow(result, year, jenjang, COEFFICIENTS[jenjang], None, months, None,
                                  Text("evaluasi tahunan belum final")))
        else:
            rows.append(CreditRow(result, year, jenjang, COEFFICIENTS[jenjang], PERCENT[result.predikat], months,
                                  angka_kredit(jenjang, result.predikat, months), None))
    return rows
