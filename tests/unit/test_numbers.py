"""Numbers as each interface language writes them, read strictly."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_desktop.domain.numbers import NumberInputError, format_number, parse_number


@pytest.mark.parametrize("language, text, value", [
    ("id", "12,5", 12.5), ("id", "150.000", 150000), ("id", "1.234,5", 1234.5), ("id", "125", 125), ("id", "", None),
    ("en", "12.5", 12.5), ("en", "150,000", 150000), ("en", "1,234.5", 1234.5), ("en", " 7 ", 7)])
def test_read(language, text, value):
    assert parse_number(text, language) == value


@pytest.mark.parametrize("language, text", [
    ("id", "12.5"), ("id", "1,234.5"), ("id", "abc"), ("id", "12,5,3"), ("en", "12,5"), ("en", "1.234,5"), ("en", "NaN")])
def test_ambiguous_or_foreign_text_is_refused_never_guessed(language, text):
    with pytest.raises(NumberInputError):
        parse_number(text, language)


def test_refusal_says_what_it_may_have_meant():
    with pytest.raises(NumberInputError) as refused:
        parse_number("12.5", "id")
    assert "12,5" in refused.value.suggestions


def test_written_as_each_language_writes():
    assert (format_number(150000, "id"), format_number(12.5, "id")) == ("150.000", "12,5")
    assert (format_number(150000, "en"), format_number(12.5, "en")) == ("150,000", "12.5")
    assert format_number(None) == "" and format_number(2 / 3, "id") == "0,67"


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False), st.sampled_from(["id", "en"]))
def test_what_is_written_reads_back(value, language):
    assert parse_number(format_number(float(value), language), language) == pytest.approx(float(value))
