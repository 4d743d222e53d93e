import pytest

from kinerja_desktop.domain import Predikat, PredikatOrganisasi, distribution_warnings

SB, B, BP, K, SK = (Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN,
                    Predikat.KURANG, Predikat.SANGAT_KURANG)


def warn(org, **counts):
    names = {"sb": SB, "b": B, "bp": BP, "k": K, "sk": SK}
    return distribution_warnings(PredikatOrganisasi(org), {names[k]: v for k, v in counts.items()})


@pytest.mark.parametrize("org,counts,n_warnings", [
    # Istimewa: Sangat Baik largest, at most 70%
    ("Istimewa", dict(sb=7, b=3), 0),          # exactly 70%
    ("Istimewa", dict(sb=8, b=2), 1),          # 80%
    ("Istimewa", dict(sb=3, b=4, bp=3), 1),    # not the largest group
    ("Istimewa", dict(sb=4, b=4, bp=2), 0),    # tied largest is still the largest
    # Baik: Baik at most 70%, at least one BP or K/M
    ("Baik", dict(b=7, sb=2, bp=1), 0),
    ("Baik", dict(b=8, sb=1, bp=1), 1),
    ("Baik", dict(b=7, sb=3), 1),
    ("Baik", dict(b=10), 2),
    ("Baik", dict(b=6, sb=3, k=1), 0),
    # Butuh Perbaikan: BP at least 60%, SB at most 10%
    ("Butuh Perbaikan", dict(bp=6, b=3, sb=1), 0),
    ("Butuh Perbaikan", dict(bp=5, b=4, sb=1), 1),
    ("Butuh Perbaikan", dict(bp=6, b=2, sb=2), 1),
    # Kurang: K/M at least 60%, BP at least 10%, SB at most 10%
    ("Kurang", dict(k=6, bp=1, b=2, sb=1), 0),
    ("Kurang", dict(k=5, bp=2, b=2, sb=1), 1),
    ("Kurang", dict(k=7, b=2, sb=1), 1),
    ("Kurang", dict(k=6, bp=1, b=1, sb=2), 1),
    # Sangat Kurang: SK at least 60%, K/M + BP at least 10%, no SB
    ("Sangat Kurang", dict(sk=6, k=1, b=3), 0),
    ("Sangat Kurang", dict(sk=6, bp=1, b=3), 0),
    ("Sangat Kurang", dict(sk=5, k=2, b=3), 1),
    ("Sangat Kurang", dict(sk=9, b=1), 1),
    ("Sangat Kurang", dict(sk=8, k=1, sb=1), 1),
])
def test_bounds(org, counts, n_warnings):
    assert len(warn(org, **counts)) == n_warnings


def test_exact_fractions_on_a_small_unit():
    # 3 employees: 70% of 3 is 2.1, so 2 Baik is within and 3 is not; no rounding up to 3.
    assert warn("Baik", b=2, bp=1) == []
    assert len(warn("Baik", b=3)) == 2
    # 60% of 4 is 2.4: two of four Butuh Perbaikan is too few.
    assert len(warn("Butuh Perbaikan", bp=2, b=2)) == 1
    assert warn("Butuh Perbaikan", bp=3, b=1) == []


def test_within_guidance_is_empty_list_and_design_example():
    assert distribution_warnings(PredikatOrganisasi("Baik"), {Predikat("Baik"): 10}) != []
    assert warn("Baik", b=7, bp=3) == []


def test_message_is_indonesian_and_names_numbers():
    [message, _] = warn("Baik", b=10)
    assert "10 dari 10 pegawai" in message and "paling banyak 70%" in message
    assert "dihitung tepat" in message


def test_nobody_rated_gives_no_warning():
    assert warn("Baik") == []


def test_string_keys_accepted():
    assert distribution_warnings("Baik", {"Baik": 7, "Butuh Perbaikan": 3}) == []
