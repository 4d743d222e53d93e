"""Asking before what cannot be undone, without a nested event loop (``open()``, not ``exec()``)."""

from collections.abc import Callable, Sequence

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget



def missing_texts(items) -> list[tuple[str, bool]]:
    """services.checks.Missing items in the interface's language (their texts are extracted into
    the translations by tools/build_ui.py), HTML-escaped, each with whether it blocks."""
    from ...services.checks import KINDS, describe
    from ..errors import translate

    return [(html.escape(describe(item, translate(KINDS[item.kind]))), item.blocking) for item in items]


def confirm(parent: QWidget, title: str, question: str, on_yes: Callable[[], None], *,
            missing: Sequence[tuple[str, bool]] = ()) -> QMessageBox:
    """Ask ``question``; ``on_yes`` runs only after Ya. When ``missing`` lists what is not done
    yet, a warning naming each item comes first and the question is asked again after it; an
    item that blocks (the service would refuse) leaves only Tutup."""
    if any(blocks for _text, blocks in missing):
        items = "".join(f"<li>{text}</li>" for text, blocks in missing if blocks)
        return _box(parent, QMessageBox.Icon.Warning, title,
                    QApplication.translate("Confirm", "<b>Belum dapat dilanjutkan:</b><ul>{0}</ul>Lengkapi dahulu.").format(items), None, None)
    if missing:
        items = "".join(f"<li>{text}</li>" for text, _blocks in missing)
        box = _box(parent, QMessageBox.Icon.Warning, title,
                   QApplication.translate("Confirm", "<b>Belum lengkap:</b><ul>{0}</ul>Tetap lanjutkan?").format(items),
                   QApplication.translate("Confirm", "Tetap lanjutkan…"), lambda: setattr(box, "next", confirm(parent, title, question, on_yes)))
        return box
    return _box(parent, QMessageBox.Icon.Question, title, question, QApplication.translate("Confirm", "Ya"), on_yes)


def _box(parent, icon, title: str, text: str, yes_text: str | None, on_yes: Callable[[], None] | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole) if yes_text else None
    no = box.addButton(QApplication.translate("Confirm", "Batal") if yes_text else QApplication.translate("Confirm", "Tutup"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.buttonClicked.connect(lambda button: on_yes() if yes is not None and button is yes else None)
    box.yes_button, box.no_button = yes, no
    box.open()
    return box
