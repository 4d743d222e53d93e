"""Evaluation periods: monthly, quarterly (TRIWULAN I-IV), semester, and the annual (AKHIR)."""

import calendar
import re
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from ..errors import UserError
from .dates import BULAN, format_tanggal_upper


class PeriodKind(StrEnum):
    BULANAN = "bulanan"
    TRIWULAN = "triwulan"
    SEMESTER = "semester"
    TAHUNAN = "tahunan"


_MONTHS_PER = {PeriodKind.BULANAN: 1, PeriodKind.TRIWULAN: 3, PeriodKind.SEMESTER: 6, PeriodKind.TAHUNAN: 12}
_ROMAN = ("I", "II", "III", "IV")


class Period(NamedTuple):
    year: int
    kind: PeriodKind
    number: int  # month 1-12, quarter 1-4, semester 1-2, or 1 for the year

    @property
    def code(self) -> str:
        """Stable short code: ``B03``, ``TW2``, ``S1``, ``TAHUNAN``."""
        return {
            PeriodKind.BULANAN: f"B{self.number:02d}",
            PeriodKind.TRIWULAN: f"TW{self.number}",
            PeriodKind.SEMESTER: f"S{self.number}",
            PeriodKind.TAHUNAN: "TAHUNAN",
        }[self.kind]

    @property
    def label(self) -> str:
        """As printed on the forms: ``TRIWULAN II``, ``SEMESTER I``, ``MARET``, ``AKHIR``."""
        if self.kind is PeriodKind.TRIWULAN:
            return f"TRIWULAN {_ROMAN[self.number - 1]}"
        if self.kind is PeriodKind.SEMESTER:
            return f"SEMESTER {_ROMAN[self.number - 1]}"
        if self.kind is PeriodKind.BULANAN:
            return BULAN[self.number - 1].upper()
        return "AKHIR"

    @property
    def months(self) -> int:
        return _MONTHS_PER[self.kind]

    @property
    def start(self) -> date:
        return date(self.year, (self.number - 1) * _MONTHS_PER[self.kind] + 1, 1)

    @property
    def end(self) -> date:
        month = self.number * _MONTHS_PER[self.kind]
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def range_text(self) -> str:
        """``1 JANUARI SD 31 DESEMBER 2026`` for the PERIODE PENILAIAN header."""
        return range_text(self.start, self.end)


def range_text(start: date, end: date) -> str:
    """``1 JANUARI SD 31 JULI 2026``; the first year is written too when the two differ."""
    first = format_tanggal_upper(start)
    return f"{first.rsplit(' ', 1)[0] if start.year == end.year else first} SD {format_tanggal_upper(end)}"


def periods_of_year(year: int, kind: PeriodKind) -> list[Period]:
    """The periodic evaluations of one year for the agency's chosen frequency, then the annual."""
    count = 12 // _MONTHS_PER[kind]
    periodic = [Period(year, kind, n) for n in range(1, count + 1)] if kind is not PeriodKind.TAHUNAN else []
    return [*periodic, Period(year, PeriodKind.TAHUNAN, 1)]


_PATTERNS = (
    (re.compile(r"^(?:TW|TRIWULAN|Q)\s*(I{1,3}|IV|[1-4])$"), PeriodKind.TRIWULAN),
    (re.compile(r"^(?:S|SMT|SEMESTER)\s*(I{1,2}|[1-2])$"), PeriodKind.SEMESTER),
    (re.compile(r"^(?:B|M|BULAN)?\s*(0?[1-9]|1[0-2])$"), PeriodKind.BULANAN),
)


def parse_period(text: str | None, year: int) -> Period:
    """Read a period as typed on the command line; empty, ``TAHUNAN`` or ``AKHIR`` is the year."""
    key = " ".join(str(text or "").upper().split())
    if key in ("", "TAHUNAN", "AKHIR", "ANNUAL", "Y"):
        return Period(year, PeriodKind.TAHUNAN, 1)
    month_names = [b.upper() for b in BULAN]
    if key in month_names:
        return Period(year, PeriodKind.BULANAN, month_names.index(key) + 1)
    for pattern, kind in _PATTERNS:
        match = pattern.match(key)
        if match:
            token = match.group(1)
            number = _ROMAN.index(token) + 1 if token in _ROMAN else int(token)
            return Period(year, kind, number)
    raise UserError(
        "Periode '{text}' tidak dikenal: gunakan TW1-TW4 (triwulan), S1-S2 (semester), 1-12 atau nama bulan, atau kosongkan untuk tahunan.", text=text
    )


def period_from_code(year: int, code: str) -> Period:
    return parse_period(code, year)
