"""A number field in the interface's language: ``12,5`` and ``150.000`` in Indonesian, ``12.5``
and ``150,000`` in English. Text that is not a number there is refused at the field, with a
message and what it may have meant; it is never read as another number or dropped silently."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from ...domain.numbers import NumberInputError, format_number, parse_number
from ..i18n import current_language

_BAD = "QLineEdit { border: 1px solid #b00020; background: #fff5f5; }"


def number_refusal(exc: NumberInputError) -> str:
    """What to tell the user about text that is not a number, in their language."""
    text = QCoreApplication.translate(
        "NumberEdit", "'{0}' bukan angka. Tulis desimal dengan koma dan ribuan dengan titik, mis. 12,5 atau 150.000.")
    text = text.format(exc.text)
    if exc.suggestions:
        text += " " + QCoreApplication.translate("NumberEdit", "Maksudnya {0}?").format(
            QCoreApplication.translate("NumberEdit", " atau ").join(exc.suggestions))
    return text


class NumberEdit(QLineEdit):
    """``value()`` is the number (None when empty) and raises NumberInputError; ``check()`` says
    what is wrong (or "") and marks the field."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(format_number(0, current_language()))
        self.textEdited.connect(lambda _: self.setStyleSheet(""))

    def value(self) -> float | None:
        return parse_number(self.text(), current_language())

    def setValue(self, value: float | None) -> None:  # noqa: N802 - like Qt's spin boxes
        self.setText(format_number(value, current_language()))

    def check(self) -> str:
        try:
            self.value()
        except NumberInputError as exc:
            self.setStyleSheet(_BAD)
            self.setToolTip(number_refusal(exc))
            return number_refusal(exc)
        self.setStyleSheet("")
        self.setToolTip("")
        return ""
