"""Golongan/pangkat: the PNS table with BKN ids, and the PPPK golongan I..XVII."""

import re
from typing import NamedTuple

from ..errors import UserError


class Golongan(NamedTuple):
    code: str  # "III/a" for PNS, "IX" for PPPK
    bkn_id: int | None
    pangkat: str  # empty for PPPK


PNS_GOLONGAN: tuple[Golongan, ...] = tuple(
    Golongan(code, bkn, pangkat)
    for code, bkn, pangkat in [
        ("I/a", 11, "Juru Muda"), ("I/b", 12, "Juru Muda Tingkat I"), ("I/c", 13, "Juru"),
        ("I/d", 14, "Juru Tingkat I"), ("II/a", 21, "Pengatur Muda"),
        ("II/b", 22, "Pengatur Muda Tingkat I"), ("II/c", 23, "Pengatur"),
        ("II/d", 24, "Pengatur Tingkat I"), ("III/a", 31, "Penata Muda"),
        ("III/b", 32, "Penata Muda Tingkat I"), ("III/c", 33, "Penata"),
        ("III/d", 34, "Penata Tingkat I"), ("IV/a", 41, "Pembina"),
        ("IV/b", 42, "Pembina Tingkat I"), ("IV/c", 43, "Pembina Utama Muda"),
        ("IV/d", 44, "Pembina Utama Madya"), ("IV/e", 45, "Pembina Utama"),
    ]
)
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
          "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"]
PPPK_GOLONGAN: tuple[Golongan, ...] = tuple(Golongan(r, None, "") for r in _ROMAN)

_BY_CODE = {g.code.upper(): g for g in PNS_GOLONGAN}
_BY_ID = {str(g.bkn_id): g for g in PNS_GOLONGAN}
_PPPK = {g.code: g for g in PPPK_GOLONGAN}
_PNS_PATTERN = re.compile(r"\b(IV|III|II|I)\s*[/\-.]?\s*([A-E])\b", re.IGNORECASE)


def parse_golongan(text: str, *, pppk: bool = False) -> Golongan:
    """Read a golongan as written in rosters: ``III/a``, ``iii-a``, ``IIIa``, ``31``,
    ``Penata Muda (III/a)``; for PPPK a roman numeral I..XVII. Raises UserError."""
    raw = str(text or "").strip()
    if pppk:
        key = raw.upper().removeprefix("GOL.").removeprefix("GOLONGAN").strip()
        if key in _PPPK:
            return _PPPK[key]
        raise UserError("Golongan PPPK '{raw}' tidak dikenal: gunakan angka Romawi I sampai XVII.", raw=raw)
    if raw in _BY_ID:
        return _BY_ID[raw]
    match = _PNS_PATTERN.search(raw)
    found = match and _BY_CODE.get(f"{match.group(1).upper()}/{match.group(2).upper()}")
    if found:
        return found
    raise UserError("Golongan '{raw}' tidak dikenal: tulis seperti III/a, IV/b (I/a sampai IV/e).", raw=raw)


def pangkat_golongan(code: str) -> str:
    """``Penata Muda, III/a`` as printed in the PANGKAT/GOL. RUANG field."""
    g = _BY_CODE.get(code.upper())
    return f"{g.pangkat}, {g.code}" if g else code
