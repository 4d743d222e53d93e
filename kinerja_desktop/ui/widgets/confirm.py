"""Asking before what cannot be undone, without a nested event loop (``open()``, not ``exec()``)."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QApplication.translate("Confirm", text)


def confirm(parent: QWidget, title: str, question: str, on_yes: Callable[[], None], *,
            missing: Sequence[str] = ()) -> QMessageBox:
    """Ask ``question``; ``on_yes`` runs only after Ya. When ``missing`` lists what is not done
    yet, a warning naming each item comes first and the question is asked again after it."""
    if missing:
        items = "".join(f"<li>{m}</li>" for m in missing)
        box = _box(parent, QMessageBox.Icon.Warning, title,
                   _tr("<b>Belum lengkap:</b><ul>{0}</ul>Tetap lanjutkan?").format(items),
                   _tr("Tetap lanjutkan…"), lambda: setattr(box, "next", confirm(parent, title, question, on_yes)))
        return box
    return _box(parent, QMessageBox.Icon.Question, title, question, _tr("Ya"), on_yes)


def _box(parent, icon, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(_tr("Batal"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.yes_button, box.no_button = yes, no
    box.open()
    return box
