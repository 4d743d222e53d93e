"""Numbers as each interface language writes them: ``12,5`` and ``150.000`` in Indonesian,
``12.5`` and ``150,000`` in English (Babel's CLDR data). Reading is strict: text that could mean
two numbers is refused with what it could have meant, never guessed."""

from decimal import Decimal

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

LOCALES = {"id": "id_ID", "en": "en_US"}


class NumberInputError(ValueError):
    """Text that is not a number in the language; ``suggestions`` are readings it may have meant."""

    def __init__(self, text: str, suggestions: list[str]):
        super().__init__(text)
        self.text, self.suggestions = text, suggestions


def parse_number(text: str, language: str = "id") -> float | None:
    """The number in ``text`` (None when empty); raises :class:`NumberInputError`."""
    text = (text or "").strip().replace("\u00a0", " ")
    if not text:
        return None
    try:
        value = parse_decimal(text, locale=LOCALES[language], strict=True)
    except NumberFormatError as exc:
        raise NumberInputError(text, list(getattr(exc, "suggestions", None) or [])) from None
    if not value.is_finite():
        raise NumberInputError(text, [])
    return float(value)


def format_number(value: float | None, language: str = "id", *, decimals: int = 2, fixed: bool = False) -> str:
    """``value`` as the language writes it, with at most ``decimals`` decimals (exactly that many
    when ``fixed``: a column of figures); "" for None."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + ("0" if fixed else "#") * decimals if decimals else "")
    return format_decimal(Decimal(str(value)), format=pattern, locale=LOCALES[language])


def format_range(low: float | None, high: float | None, satuan: str = "", language: str = "id") -> str:
    """A target as printed and shown: ``150.000.000 rupiah``, ``2,5 – 3,75 dokumen``, ``84,9 %``;
    every digit kept (up to six decimals), never in scientific notation; "" when there is none."""
    if low is None:
        return ""
    text = format_number(low, language, decimals=6)
    if high is not None and high != low:
        text += " – " + format_number(high, language, decimals=6)
    return f"{text} {satuan}".strip()


def format_percent(value: float | None, language: str = "id", *, decimals: int = 1) -> str:
    """``84,9 %`` in Indonesian (a space before the sign, as the forms print it), ``84.9%`` in English."""
    if value is None:
        return ""
    return format_number(value, language, decimals=decimals) + (" %" if language == "id" else "%")
