"""Distribution guidance of SE MenPANRB 3/2023: warnings, never a block.

Small units make percentages coarse and the circular does not say how to round, so every bound
is checked on exact fractions (``count * 10 <= 7 * n`` for "at most 70%") and the warning says so.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from ..errors import Message
from .ratings import Predikat as P
from .ratings import PredikatOrganisasi as Org


@dataclass(frozen=True)
class Bound:
    """A bound on the share of employees whose predikat is in ``group``."""

    group: tuple[P, ...]
    kind: str  # "max", "min", or "some" (at least one employee)
    share: Fraction = Fraction(0)

    def holds(self, count: int, n: int) -> bool:
        if self.kind == "max":
            return count <= self.share * n
        if self.kind == "some":
            return count >= 1
        return count >= self.share * n


GUIDANCE: dict[Org, tuple[Bound, ...]] = {
    Org.ISTIMEWA: (Bound((P.SANGAT_BAIK,), "max", Fraction(7, 10)),),
    Org.BAIK: (
        Bound((P.BAIK,), "max", Fraction(7, 10)),
        Bound((P.BUTUH_PERBAIKAN, P.KURANG), "some"),
    ),
    Org.BUTUH_PERBAIKAN: (
        Bound((P.BUTUH_PERBAIKAN,), "min", Fraction(6, 10)),
        Bound((P.SANGAT_BAIK,), "max", Fraction(1, 10)),
    ),
    Org.KURANG: (
        Bound((P.KURANG,), "min", Fraction(6, 10)),
        Bound((P.BUTUH_PERBAIKAN,), "min", Fraction(1, 10)),
        Bound((P.SANGAT_BAIK,), "max", Fraction(1, 10)),
    ),
    Org.SANGAT_KURANG: (
        Bound((P.SANGAT_KURANG,), "min", Fraction(6, 10)),
        Bound((P.KURANG, P.BUTUH_PERBAIKAN), "min", Fraction(1, 10)),
        Bound((P.SANGAT_BAIK,), "max", Fraction(0)),
    ),
}


def distribution_warnings(org: Org | str, counts: Mapping[P | str, int]) -> list[str]:
    """Indonesian warnings where the unit's predikat counts stray from the guidance; [] if within.

    ``counts`` maps employee predikat to how many employees of the unit hold it; missing keys
    count as zero. A unit with nobody rated yet gets no warnings.
    """
    org = Org(org)
    tally = {p: 0 for p in P}
    for key, value in counts.items():
        tally[P(key)] += int(value)
    n = sum(tally.values())
    if n == 0:
        return []
    warnings = [_message(org, b, tally, n) for b in GUIDANCE[org] if not b.holds(_count(b, tally), n)]
    if org is Org.ISTIMEWA:
        warnings += _largest_group_warning(tally, n)
    return warnings


def _count(bound: Bound, tally: Mapping[P, int]) -> int:
    return sum(tally[p] for p in bound.group)


def _names(group: tuple[P, ...]) -> str:
    return " + ".join(p.value for p in group)


def _percent(x: Fraction | float) -> int:
    return round(float(x) * 100)


_GUIDANCE = {  # what the guidance asks, by the bound's kind; messages as data (errors.Message)
    "some": "Capaian organisasi {org}: predikat {names} {count} dari {n} pegawai ({pct}%), padahal pedoman "
            "meminta sedikitnya satu pegawai.",
    "none": "Capaian organisasi {org}: predikat {names} {count} dari {n} pegawai ({pct}%), padahal pedoman "
            "meminta tidak ada.",
    "max": "Capaian organisasi {org}: predikat {names} {count} dari {n} pegawai ({pct}%), padahal pedoman "
           "meminta paling banyak {share}% (dihitung tepat: {share}% × {n} = {limit} pegawai).",
    "min": "Capaian organisasi {org}: predikat {names} {count} dari {n} pegawai ({pct}%), padahal pedoman "
           "meminta sedikitnya {share}% (dihitung tepat: {share}% × {n} = {limit} pegawai).",
}


def _message(org: Org, bound: Bound, tally: Mapping[P, int], n: int) -> str:
    count = _count(bound, tally)
    kind = "none" if bound.kind != "some" and bound.share == 0 else bound.kind
    limit = bound.share * n
    return Message(_GUIDANCE[kind], org=org.value, names=_names(bound.group), count=count, n=n,
                   pct=_percent(Fraction(count, n)), share=_percent(bound.share),
                   limit=int(limit) if limit.denominator == 1 else round(float(limit), 1))


def _largest_group_warning(tally: Mapping[P, int], n: int) -> list[str]:
    sangat_baik = tally[P.SANGAT_BAIK]
    larger = [p for p in P if p is not P.SANGAT_BAIK and tally[p] > sangat_baik]
    if not larger:
        return []
    names = ", ".join(f"{p.value} ({tally[p]})" for p in larger)
    return [Message("Capaian organisasi Istimewa: predikat Sangat Baik ({count} dari {n} pegawai) seharusnya "
                    "kelompok terbesar, tetapi lebih sedikit dari {names}.", count=sangat_baik, n=n, names=names)]
