"""The SKM arithmetic of PermenPANRB 14/2017: NRR per element, IKM x 25, mutu at the bounds."""

import pytest

from kinerja_desktop.domain.skm import ELEMENTS, compute, ikm_mutu, nrr_mutu


def answers(*rows: tuple[int, ...]) -> list[dict[str, int]]:
    return [dict(zip(ELEMENTS, row, strict=True)) for row in rows]


def test_all_baik_is_75_and_mutu_c_all_sangat_baik_is_100_a():
    three = compute(answers((3,) * 9, (3,) * 9))
    assert three.responden == 2 and three.nrr["U1"] == 3.0 and three.ikm == 75.0 and three.mutu == "C"
    assert compute(answers((4,) * 9)).as_json() == {
        "responden": 1, "nrr": {u: 4.0 for u in ELEMENTS}, "nrr_mutu": {u: "A" for u in ELEMENTS},
        "ikm": 100.0, "mutu": "A"}


def test_a_worked_example_by_hand():
    # U1 answered 4,3,3,2 -> NRR 3; others 4,4,3,3 -> 3,5; IKM = (3 + 8 x 3,5) / 9 x 25 = 86,11 -> B
    rows = [(4,) + (4,) * 8, (3,) + (4,) * 8, (3,) + (3,) * 8, (2,) + (3,) * 8]
    result = compute(answers(*rows))
    assert result.nrr["U1"] == 3.0 and result.nrr["U2"] == 3.5 and result.nrr_mutu["U1"] == "C"
    assert result.nrr_mutu["U2"] == "B" and result.ikm == 86.11 and result.mutu == "B"


@pytest.mark.parametrize(("ikm", "mutu"), [(100, "A"), (88.31, "A"), (88.305, "A"), (88.30, "B"), (76.61, "B"),
                                           (76.60, "C"), (65.00, "C"), (64.99, "D"), (25, "D")])
def test_ikm_bounds(ikm, mutu):
    assert ikm_mutu(ikm) == mutu


@pytest.mark.parametrize(("nrr", "mutu"), [(4, "A"), (3.5324, "A"), (3.532, "B"), (3.0644, "B"), (3.064, "C"),
                                           (2.60, "C"), (2.5996, "D"), (1, "D")])
def test_element_bounds(nrr, mutu):
    assert nrr_mutu(nrr) == mutu


def test_no_answers_no_figures():
    empty = compute([])
    assert empty.responden == 0 and empty.ikm is None and empty.mutu is None
