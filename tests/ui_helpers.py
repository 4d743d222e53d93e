"""Small helpers for driving dialogs in pytest-qt tests."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kinerja_desktop.ui import ops


def settle(qtbot, timeout: int = 20_000) -> None:
    """Wait until every action and load started from the window has ended and been shown
    (actions run off the GUI thread, see ui/ops.py)."""
    QApplication.processEvents()  # what was posted (a queued commit of an editor, say) starts first
    qtbot.waitUntil(lambda: not ops.busy(), timeout=timeout)


def click_save(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def click_ok(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def first_rhk_index(model):
    """The first RHK row of the SKP tree (under A. UTAMA)."""
    return model.index(0, 0, model.index(0, 0))
