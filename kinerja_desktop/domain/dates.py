"""Indonesian dates as printed on the forms: ``22 November 2026``."""

from datetime import date

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def format_tanggal(day: date) -> str:
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def format_tanggal_upper(day: date) -> str:
    """``1 JANUARI`` style used in the PERIODE PENILAIAN header."""
    return format_tanggal(day).upper()
