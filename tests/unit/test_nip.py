from datetime import date

import pytest

from kinerja_desktop.domain import NipError, format_nip, parse_nip

TODAY = date(2026, 11, 22)


def test_design_example():
    p = parse_nip("19860926 201505 1 001", today=TODAY)
    assert p.birth_date == date(1986, 9, 26)
    assert p.tmt_cpns == (2015, 5)
    assert p.sex == "L" and p.serial == "001" and not p.pppk


def test_female_and_format():
    assert parse_nip("199001012019032003", today=TODAY).sex == "P"
    assert format_nip("198609262015051001") == "19860926 201505 1 001"
    assert format_nip(" 19860926 201505 1 001 ") == "19860926 201505 1 001"


@pytest.mark.parametrize("text,fragment", [
    ("", "kosong"),
    ("1986092620150510", "16 digit"),
    ("1986092620150510011", "19 digit"),
    ("19860926201505100A", "selain angka"),
    ("19860926201505100²", "selain angka"),
    ("١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١", "selain angka"),
    ("19860231201505 1 001", "tanggal lahir"),       # 31 February
    ("19861326201505 1 001", "tanggal lahir"),       # month 13
    ("19860926201513 1 001", "bulan 13"),            # TMT month 13
    ("19860926201500 1 001", "bulan 00"),
    ("19860926201505 3 001", "digit ke-15"),
    ("19860926200301 1 001", "18 tahun"),            # TMT at 16
    ("19860926203001 1 001", "masa depan"),
])
def test_invalid(text, fragment):
    with pytest.raises(NipError) as err:
        parse_nip(text, today=TODAY)
    assert fragment in str(err.value)
    assert isinstance(err.value, ValueError)


def test_tmt_at_exactly_18():
    assert parse_nip("198609262004091001", today=TODAY).tmt_cpns == (2004, 9)
    with pytest.raises(NipError):
        parse_nip("198609262004081001", today=TODAY)


def test_leap_day_birth():
    assert parse_nip("19880229 201001 2 005", today=TODAY).birth_date == date(1988, 2, 29)
    with pytest.raises(NipError):
        parse_nip("19890229 201001 2 005", today=TODAY)


def test_pppk_reads_birth_date_and_sex_only():
    p = parse_nip("199203152022212004", pppk=True, today=TODAY)
    assert p.pppk and p.birth_date == date(1992, 3, 15) and p.sex == "P" and p.tmt_cpns is None
    with pytest.raises(NipError) as err:
        parse_nip("199203152022212004", today=TODAY)
    assert "PPPK" in str(err.value)
