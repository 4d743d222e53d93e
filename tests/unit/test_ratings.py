import pytest

from kinerja_desktop.domain import Predikat, Rating, predikat_pegawai

DA, S, DB = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"

MATRIX = [
    (DA, DB, "Kurang/Misconduct"), (DA, S, "Baik"), (DA, DA, "Sangat Baik"),
    (S, DB, "Kurang/Misconduct"), (S, S, "Baik"), (S, DA, "Baik"),
    (DB, DB, "Sangat Kurang"), (DB, S, "Butuh Perbaikan"), (DB, DA, "Butuh Perbaikan"),
]


@pytest.mark.parametrize("hasil,perilaku,expected", MATRIX)
def test_matrix_cell(hasil, perilaku, expected):
    result = predikat_pegawai(Rating(hasil), Rating(perilaku))
    assert result == expected
    assert isinstance(result, Predikat)


def test_design_example():
    assert predikat_pegawai(Rating("Di Atas Ekspektasi"), Rating("Sesuai Ekspektasi")) == "Baik"


def test_no_organisation_label_is_an_employee_predikat():
    labels = {predikat_pegawai(h, p) for h, p, _ in MATRIX}
    assert "Istimewa" not in labels and labels == set(Predikat)


def test_unknown_rating_is_refused():
    with pytest.raises(ValueError):
        predikat_pegawai("Luar Biasa", S)
