"""Indonesian dates as printed on the forms: ``22 November 2026``."""

from datetime import date, datetime

from ..errors import UserError

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def format_tanggal(day: date) -> str:
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def format_tanggal_upper(day: date) -> str:
    """``1 JANUARI`` style used in the PERIODE PENILAIAN header."""
    return format_tanggal(day).upper()


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(cell: object) -> date:
    """A date as a spreadsheet stores it or as typed: 2026-03-01, 01/03/2026, 1-3-2026."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    raw = " ".join(str(cell or "").split()).removesuffix(" 00:00:00")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise UserError("'{cell}' bukan tanggal; tulis 2026-03-01 atau 01/03/2026", cell=raw)
