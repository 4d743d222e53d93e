"""NIP (Nomor Induk Pegawai): 18 digits.

PNS: 1-8 birth date YYYYMMDD, 9-14 TMT CPNS YYYYMM, 15 sex (1 L, 2 P), 16-18 serial.
PPPK numbers have another middle structure: only the birth date and sex are read.
"""

import re
from datetime import date
from typing import NamedTuple

from ..errors import Text, UserError


class NipError(UserError, ValueError):
    """An invalid NIP; the message is Indonesian and says what is wrong."""


class YearMonth(NamedTuple):
    year: int
    month: int


class ParsedNip(NamedTuple):
    digits: str
    birth_date: date
    tmt_cpns: YearMonth | None  # None for PPPK
    sex: str  # "L" or "P"
    serial: str
    pppk: bool


_SPACES = re.compile(r"[\s.\-]+")


def normalize_nip(text: str) -> str:
    """The digits of an NIP typed with spaces (or dots/dashes); raises NipError if not 18 digits."""
    digits = _SPACES.sub("", str(text or ""))
    if not digits:
        raise NipError("NIP kosong: isi 18 digit NIP.")
    if not digits.isascii() or not digits.isdigit():
        raise NipError("NIP '{text}' memuat karakter selain angka: NIP hanya berisi 18 digit.", text=text)
    if len(digits) != 18:
        raise NipError("NIP '{text}' terdiri dari {len_digits} digit: NIP harus 18 digit.", text=text, len_digits=len(digits))
    return digits


def parse_nip(text: str, *, pppk: bool = False, today: date | None = None) -> ParsedNip:
    """Validate and read an NIP; raises :class:`NipError` (a ValueError) with the reason."""
    digits = normalize_nip(text)
    born = _birth_date(digits, text)
    sex = _sex(digits, text)
    if pppk:
        return ParsedNip(digits, born, None, sex, digits[15:], True)
    tmt = _tmt(digits, text, born, today or date.today())
    return ParsedNip(digits, born, tmt, sex, digits[15:], False)


def format_nip(text: str) -> str:
    """The NIP grouped as printed on official forms: ``19860926 201505 1 001``."""
    d = normalize_nip(text)
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


def _birth_date(d: str, text: str) -> date:
    try:
        return date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        raise NipError(
            "NIP '{text}': digit 1-8 ({value}) bukan tanggal lahir yang ada (format TTTTBBHH).", text=text, value=d[:8]
        ) from None


def _sex(d: str, text: str) -> str:
    if d[14] not in "12":
        raise NipError("NIP '{text}': digit ke-15 ({value}) harus 1 (laki-laki) atau 2 (perempuan).", text=text, value=d[14])
    return "L" if d[14] == "1" else "P"


def _tmt(d: str, text: str, born: date, today: date) -> YearMonth:
    year, month = int(d[8:12]), int(d[12:14])
    if not 1 <= month <= 12:
        hint = Text(" Jika pegawai ini PPPK, tandai sebagai PPPK.") if month > 12 else ""
        raise NipError("NIP '{text}': digit 9-14 ({value}) bukan TMT CPNS yang sah (bulan {month:02d}).{hint}", text=text, value=d[8:14], month=month, hint=hint)
    if (year, month) < (born.year + 18, born.month):
        raise NipError("NIP '{text}': TMT CPNS {month:02d}/{year} sebelum pegawai berumur 18 tahun.", text=text, month=month, year=year)
    if (year, month) > (today.year, today.month):
        raise NipError("NIP '{text}': TMT CPNS {month:02d}/{year} ada di masa depan.", text=text, month=month, year=year)
    return YearMonth(year, month)
