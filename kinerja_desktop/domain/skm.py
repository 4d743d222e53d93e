"""Survei Kepuasan Masyarakat (PermenPANRB 14/2017): nine elements answered 1-4, the NRR per
element, the IKM and its mutu.

    NRR per element = sum of its answers / number answering it
    IKM             = sum over the nine elements of NRR x 1/9
    IKM unit        = IKM x 25 (0-100)

Mutu of the IKM unit: 88,31-100 A (Sangat Baik); 76,61-88,30 B (Baik); 65,00-76,60 C (Kurang Baik);
25,00-64,99 D (Tidak Baik). Of an element's NRR (1-4 scale): 3,5324-4,00 A; 3,0644-3,532 B;
2,60-3,064 C; 1,00-2,5996 D. The bounds leave gaps between the ranges (88,30 and 88,31): a value is
judged as it is reported, the IKM to two decimals and an NRR to four (half up), so it always falls
in a range.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..errors import Text

ELEMENTS: dict[str, str] = {
    "U1": "Persyaratan",
    "U2": "Sistem, mekanisme dan prosedur",
    "U3": "Waktu penyelesaian",
    "U4": "Biaya/tarif",
    "U5": "Produk spesifikasi jenis pelayanan",
    "U6": "Kompetensi pelaksana",
    "U7": "Perilaku pelaksana",
    "U8": "Penanganan pengaduan, saran dan masukan",
    "U9": "Sarana dan prasarana",
}
ANSWERS = {1: Text("Tidak baik"), 2: Text("Kurang baik"), 3: Text("Baik"), 4: Text("Sangat baik")}
MUTU_NAMES = {"A": "Sangat Baik", "B": "Baik", "C": "Kurang Baik", "D": "Tidak Baik"}
# (lowest value of the range, mutu), highest range first
IKM_MUTU = ((Decimal("88.31"), "A"), (Decimal("76.61"), "B"), (Decimal("65.00"), "C"), (Decimal("0"), "D"))
NRR_MUTU = ((Decimal("3.5324"), "A"), (Decimal("3.0644"), "B"), (Decimal("2.60"), "C"), (Decimal("0"), "D"))


def _mutu(value: Decimal, table) -> str:
    return next(mutu for low, mutu in table if value >= low)


def ikm_mutu(ikm: Decimal | float | str) -> str:
    """The mutu (A-D) of an IKM as reported (two decimals)."""
    return _mutu(Decimal(str(ikm)).quantize(Decimal("0.01"), ROUND_HALF_UP), IKM_MUTU)


def nrr_mutu(nrr: Decimal | float | str) -> str:
    """The mutu (A-D) of an element's NRR as reported (four decimals)."""
    return _mutu(Decimal(str(nrr)).quantize(Decimal("0.0001"), ROUND_HALF_UP), NRR_MUTU)


@dataclass(frozen=True)
class SkmResult:
    responden: int
    nrr: dict[str, float]  # U1..U9 -> NRR (1-4), four decimals
    nrr_mutu: dict[str, str]
    ikm: float | None  # 0-100, two decimals
    mutu: str | None  # A-D

    @property
    def mutu_name(self) -> str:
        return MUTU_NAMES.get(self.mutu or "", "")

    def as_json(self) -> dict:
        return {"responden": self.responden, "nrr": self.nrr, "nrr_mutu": self.nrr_mutu, "ikm": self.ikm,
                "mutu": self.mutu}


def compute(answers: Iterable[Mapping[str, int]]) -> SkmResult:
    """The survey result of ``answers`` (each maps U1..U9 to 1-4). Exact decimal arithmetic: the
    mutu bounds are two and four decimals apart, where floats would put a unit on the wrong side."""
    sums = {u: 0 for u in ELEMENTS}
    count = 0
    for answer in answers:
        count += 1
        for u in ELEMENTS:
            sums[u] += int(answer[u])
    return from_sums(count, sums)


def from_sums(count: int, sums: Mapping[str, int]) -> SkmResult:
    """The result from the number of respondents and each element's sum of answers (what a
    database adds up in one query)."""
    if not count:
        return SkmResult(0, {}, {}, None, None)
    nrr = {u: Decimal(sums[u]) / count for u in ELEMENTS}
    ikm = sum(nrr.values()) / len(ELEMENTS) * 25
    ikm_shown = ikm.quantize(Decimal("0.01"), ROUND_HALF_UP)
    shown = {u: v.quantize(Decimal("0.0001"), ROUND_HALF_UP) for u, v in nrr.items()}
    return SkmResult(count, {u: float(v) for u, v in shown.items()}, {u: nrr_mutu(v) for u, v in shown.items()},
                     float(ikm_shown), ikm_mutu(ikm_shown))


# The questions as the standard SKM questionnaire asks them (the kiosk shows one at a time).
QUESTIONS = {
    "U1": Text("Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?"),
    "U2": Text("Bagaimana pendapat Anda tentang kemudahan prosedur pelayanan di unit ini?"),
    "U3": Text("Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?"),
    "U4": Text("Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?"),
    "U5": Text("Bagaimana pendapat Anda tentang kesesuaian hasil pelayanan dengan yang tercantum dalam standar pelayanan?"),
    "U6": Text("Bagaimana pendapat Anda tentang kemampuan petugas dalam memberikan pelayanan?"),
    "U7": Text("Bagaimana pendapat Anda tentang kesopanan dan keramahan petugas dalam memberikan pelayanan?"),
    "U8": Text("Bagaimana pendapat Anda tentang penanganan pengaduan, saran dan masukan di unit ini?"),
    "U9": Text("Bagaimana pendapat Anda tentang kualitas sarana dan prasarana pelayanan?"),
}
