from datetime import date

import pytest

from kinerja_desktop.domain import (
    JenisJabatan, PeriodKind, core_values, format_tanggal, parse_golongan, parse_period, periods_of_year,
)
from kinerja_desktop.domain.jabatan import parse_jenis_jabatan
from kinerja_desktop.domain.workflow import next_skp_status
from kinerja_desktop.errors import NotAllowed, UserError


def test_berakhlak_has_seven_values_and_21_guides():
    values = core_values()
    assert [v.name for v in values] == ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis",
                                         "Loyal", "Adaptif", "Kolaboratif"]
    assert sum(len(v.guides) for v in values) == 21
    assert values[0].guides[0] == "Memahami dan memenuhi kebutuhan masyarakat"


@pytest.mark.parametrize("text,code", [("III/a", "III/a"), ("iii-a", "III/a"), ("IIIa", "III/a"),
                                        ("31", "III/a"), ("Penata Muda Tingkat I (III/b)", "III/b"),
                                        ("IV/e", "IV/e"), ("I/a", "I/a")])
def test_golongan(text, code):
    assert parse_golongan(text).code == code


@pytest.mark.parametrize("text", ["III/f", "V/a", "", "Penata"])
def test_unknown_golongan(text):
    with pytest.raises(UserError):
        parse_golongan(text)


def test_pppk_golongan():
    assert parse_golongan("IX", pppk=True).code == "IX"
    with pytest.raises(UserError):
        parse_golongan("XVIII", pppk=True)


def test_indonesian_dates():
    assert format_tanggal(date(2026, 11, 22)) == "22 November 2026"
    assert format_tanggal(date(2026, 1, 1)) == "1 Januari 2026"


@pytest.mark.parametrize("text,code,label", [
    ("TW2", "TW2", "TRIWULAN II"), ("triwulan iv", "TW4", "TRIWULAN IV"), ("S1", "S1", "SEMESTER I"),
    ("3", "B03", "MARET"), ("Desember", "B12", "DESEMBER"), (None, "TAHUNAN", "AKHIR"),
])
def test_periods(text, code, label):
    period = parse_period(text, 2026)
    assert period.code == code and period.label == label


def test_period_ranges():
    assert parse_period("", 2026).range_text == "1 JANUARI SD 31 DESEMBER 2026"
    assert parse_period("TW1", 2024).end == date(2024, 3, 31)
    assert [p.code for p in periods_of_year(2026, PeriodKind.SEMESTER)] == ["S1", "S2", "TAHUNAN"]
    with pytest.raises(UserError):
        parse_period("TW5", 2026)


def test_skp_state_machine():
    assert next_skp_status("Draft", "submit") == "Diajukan"
    assert next_skp_status("Diajukan", "approve") == "Disetujui"
    assert next_skp_status("Diajukan", "return") == "Dikembalikan"
    assert next_skp_status("Dikembalikan", "submit") == "Diajukan"
    with pytest.raises(NotAllowed):
        next_skp_status("Draft", "approve")
    with pytest.raises(NotAllowed):
        next_skp_status("Disetujui", "submit")


def test_jenis_jabatan_aliases():
    assert parse_jenis_jabatan("jft") is JenisJabatan.FUNGSIONAL
    assert parse_jenis_jabatan("JPT Pratama").is_jpt
