"""Distribution guidance of SE MenPANRB 3/2023: warnings, never a block.

Small units make percentages coarse and the circular does not say how to round, so every bound
is checked on exact fractions (``count * 10 <= 7 * n`` for "at most 70%") and the warning says so.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

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


def _percent(x: Fraction | float) -> str:
    return f"{float(x) * 100:.0f}%".replace(".", ",")


def _message(org: Org, bound: Bound, tally: Mapping[P, int], n: int) -> str:
    count = _count(bound, tally)
    head = (
        f"Capaian organisasi {org.value}: predikat {_names(bound.group)} "
        f"{count} dari {n} pegawai ({_percent(Fraction(count, n))})"
    )
    if bound.kind == "some":
        return head + ", padahal pedoman meminta sedikitnya satu pegawai."
    if bound.share == 0:
        return head + ", padahal pedoman meminta tidak ada."
    limit = bound.share * n
    word = "paling banyak" if bound.kind == "max" else "sedikitnya"
    return (
        f"{head}, padahal pedoman meminta {word} {_percent(bound.share)} "
        f"(dihitung tepat: {_percent(bound.share)} × {n} = {_fmt(limit)} pegawai)."
    )


def _fmt(x: Fraction) -> str:
    return str(int(x)) if x.denominator == 1 else f"{float(x):.1f}".replace(".", ",")


def _largest_group_warning(tally: Mapping[P, int], n: int) -> list[str]:
    sangat_baik = tally[P.SANGAT_BAIK]
    larger = [p for p in P if p is not P.SANGAT_BAIK and tally[p] > sangat_baik]
    if not larger:
        return []
    names = ", ".join(f"{p.value} ({tally[p]})" for p in larger)
    return [
        f"Capaian organisasi Istimewa: predikat Sangat Baik ({sangat_baik} dari {n} pegawai) "
        f"seharusnya kelompok terbesar, tetapi lebih sedikit dari {names}."
    ]
