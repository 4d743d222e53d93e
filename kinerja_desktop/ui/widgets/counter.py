"""A visible limit on a text field: ``123/500`` in its bottom-right corner, red past the limit.
The limits are the services' own (domain/limits.py), so what the counter allows is what is saved;
a one-line field also stops at the limit."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...domain.limits import limit
from ..i18n import locale


class _Counter(QObject):
    def __init__(self, edit: QWidget, most: int):
        super().__init__(edit)
        self.edit, self.most = edit, most
        host = edit.viewport() if isinstance(edit, QPlainTextEdit) else edit
        self.label = QLabel(host)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setObjectName("charCounter")
        host.installEventFilter(self)
        signal = edit.textChanged
        signal.connect(self.update)
        self.update()

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    def update(self, *_args) -> None:
        length = len(self.text().strip())
        over = length > self.most
        numbers = locale()
        self.label.setText(f"{numbers.toString(length)}/{numbers.toString(self.most)}")
        self.label.setStyleSheet(f"color: {'#b00020' if over else '#888'}; font-size: 8pt; background: transparent;")
        self.label.setToolTip(QCoreApplication.translate("CharCounter", "Paling banyak {0} karakter.").format(numbers.toString(self.most)))
        self.place()

    def place(self) -> None:
        host = self.label.parentWidget()
        self.label.adjustSize()
        self.label.move(host.width() - self.label.width() - 6, host.height() - self.label.height() - 2)
        self.label.raise_()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False


def count_characters(edit: QWidget, kind: str) -> QLabel:
    """Show the count of ``edit`` against the limit of ``kind``; returns the counter's label."""
    most = limit(kind)
    if isinstance(edit, QLineEdit):
        edit.setMaxLength(most)
        edit.setTextMargins(0, 0, edit.fontMetrics().horizontalAdvance(f"{most}/{most}") + 8, 0)
    return _Counter(edit, most).label
