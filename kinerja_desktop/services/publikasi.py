"""Publikasi (domain.md section 10): aggregates the public can see and check, never a person.

Per perangkat daerah: staff, evaluations final, completion, the predikat distribution, the
organisation predikat and the IKM of its service units. A count of 1-4 is shown as "<5"; where a
row would then have one hidden cell that the row's total gives away, the next smallest count is
hidden too ("*"); a perangkat daerah under ten staff is merged into "Lainnya" (and so is the one
left alone with it). Every file is signed with the office key, so `minisign -V` checks it."""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..domain.periods import parse_period
from ..domain.ratings import Predikat
from ..domain.skm import ELEMENTS, from_sums
from ..store.db import Database
from ..store.models import Office
from .context import Actor
from .rekap import rekap

SMALL_UNIT = 10  # staff below which a perangkat daerah is merged into "Lainnya"
HIDDEN, SECONDARY = "<5", "*"
LAINNYA = "Lainnya (perangkat daerah di bawah 10 pegawai)"


@dataclass(frozen=True)
class PublicRow:
    unit: str
    staff: int
    final: int
    counts: dict[str, int]  # predikat -> employees
    org_predikat: str
    ikm: float | None
    ikm_mutu: str | None
    skm_responden: int
    shown: dict[str, str] = field(default_factory=dict)  # what is printed for each count column

    @property
    def completion(self) -> float:
        return 100 * self.final / self.staff if self.staff else 0.0


def _hide(values: dict[str, int]) -> dict[str, str]:
    """Counts as published: 1-4 hidden; when exactly one is hidden in the row, the smallest other
    non-zero count is hidden too, so the row total cannot give it back."""
    shown = {k: (HIDDEN if 1 <= v <= 4 else str(v)) for k, v in values.items()}
    hidden = [k for k, v in shown.items() if v == HIDDEN]
    if len(hidden) == 1:
        others = sorted((v, k) for k, v in values.items() if k not in hidden and v > 0)
        if others:
            shown[others[0][1]] = SECONDARY
    return shown


@dataclass(frozen=True)
class Publication:
    year: int
    period_label: str
    made_on: date
    rows: tuple[PublicRow, ...]
    instansi: str


def publication(db: Database, actor: Actor, *, year: int, period: str | None = None) -> Publication:
    """The office's public table for a period (counts only: every role may make it)."""
    the_period = parse_period(period, year)
    units = rekap(db, actor, period=the_period)
    with db.read() as s:
        instansi = s.scalar(select(Office.name).order_by(Office.id).limit(1)) or ""
    big = sorted((u for u in units if u.staff >= SMALL_UNIT), key=lambda u: u.staff)
    small = [u for u in units if u.staff < SMALL_UNIT]
    if len(small) == 1 and big:  # "Lainnya" of one would be that one: the smallest other joins it
        small.append(big.pop(0))
    big.sort(key=lambda u: u.unit)
    groups = [(u.unit, [u]) for u in big] + ([(LAINNYA, small)] if small else [])
    rows = []
    for name, members in groups:
        counts = {p.value: sum(m.counts.get(p.value, 0) for m in members) for p in Predikat}
        skm_total = [sum(col) for col in zip(*(m.skm_sums for m in members), strict=True)]
        result = from_sums(skm_total[0], dict(zip(ELEMENTS, skm_total[1:], strict=True)))
        org = members[0].org_predikat if len(members) == 1 else ""
        row = PublicRow(name, sum(m.staff for m in members), sum(m.final for m in members), counts, org or "-",
                        result.ikm, result.mutu, result.responden)
        rows.append(PublicRow(**{**row.__dict__, "shown": _hide({"final": row.final, **counts})}))
    return Publication(year, f"{the_period.label} {year}", date.today(), tuple(rows), instansi)
