"""Small helpers for driving dialogs in pytest-qt tests."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def click_save(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_ok(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def first_rhk_index(model):
    """The first RHK row of the SKP tree (under A. UTAMA)."""
    return model.index(0, 0, model.index(0, 0))
