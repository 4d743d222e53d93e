"""Property tests: any valid NIP survives format/parse; any text gives a NipError or a result."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kinerja_desktop.domain import NipError, format_nip, normalize_nip, parse_nip

TODAY = date(2026, 11, 22)


@st.composite
def valid_nips(draw):
    born = draw(st.dates(min_value=date(1960, 1, 1), max_value=date(2004, 12, 31)))
    earliest = (born.year + 18, born.month)
    year = draw(st.integers(min_value=earliest[0], max_value=TODAY.year))
    month = draw(st.integers(min_value=earliest[1] if year == earliest[0] else 1,
                             max_value=TODAY.month if year == TODAY.year else 12))
    sex = draw(st.sampled_from("12"))
    serial = draw(st.integers(min_value=1, max_value=999))
    return f"{born:%Y%m%d}{year}{month:02d}{sex}{serial:03d}", born, (year, month)


@given(valid_nips())
def test_valid_nip_round_trip(case):
    nip, born, tmt = case
    parsed = parse_nip(format_nip(nip), today=TODAY)
    assert parsed.digits == nip and parsed.birth_date == born and parsed.tmt_cpns == tmt
    assert normalize_nip(format_nip(nip)) == nip


@given(st.text(max_size=30))
def test_any_text_is_parsed_or_refused_cleanly(text):
    try:
        parsed = parse_nip(text, today=TODAY)
    except NipError as exc:
        assert str(exc)  # an Indonesian message, never an empty one
    else:
        assert len(parsed.digits) == 18


@given(st.dates(min_value=date(1960, 1, 1), max_value=date(2000, 1, 1)), st.integers(0, 17))
def test_tmt_before_18_is_refused(born, age):
    tmt = born + timedelta(days=365 * age)
    nip = f"{born:%Y%m%d}{tmt:%Y%m}1001"
    if (tmt.year, tmt.month) < (born.year + 18, born.month):
        try:
            parse_nip(nip, today=TODAY)
        except NipError:
            return
        raise AssertionError(f"{nip} accepted with TMT before age 18")
