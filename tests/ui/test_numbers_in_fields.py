"""Numbers typed in the window, in both languages: read as the language writes them; anything
else refused at the field with a message, never saved as another number or dropped silently."""

from PySide6.QtCore import Qt

from kinerja_desktop.ui.i18n import install_translator, set_language

from ..ui_helpers import settle
from .test_evaluation_page import this_years_annual


def type_realisasi(qtbot, page, text: str):
    table, model = page.ui.realisasiTable, page.realisasi
    index = model.index(0, model.VALUE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index) or table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return editor


def refused_then_corrected(qtbot, page, *, wrong: str, hint: str, right: str, value: float, shown: str,
                           status=None):
    """``wrong`` stays in the open editor with ``hint`` in its tooltip (and ``status``, a
    (window, text) pair, in the status bar) and nothing saved; then ``right`` is saved as
    ``value`` and shown as ``shown``. Returns the indicator's id."""
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    indicator = page.realisasi.rows[0].indicator.id
    editor = type_realisasi(qtbot, page, wrong)
    settle(qtbot)
    assert editor.isVisible() and hint in editor.toolTip()  # still open, with what it may mean
    if status:
        assert status[1] in status[0].statusBar().currentMessage()
    assert indicator not in page.detail.realisations  # nothing saved
    editor.selectAll()
    qtbot.keyClicks(editor, right)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.detail.realisations[indicator].value == value
    assert page.realisasi.index(0, page.realisasi.VALUE).data() == shown
    return indicator


def test_indonesian_realisasi(qtbot, window):
    page = this_years_annual(window)
    # an English decimal point is not a number here
    indicator = refused_then_corrected(qtbot, page, wrong="12.5", hint="12,5", right="150.000", value=150000,
                                       shown="150.000", status=(window, "bukan angka"))
    type_realisasi(qtbot, page, "12,5")
    settle(qtbot)
    assert page.detail.realisations[indicator].value == 12.5


def test_english_realisasi(qtbot, qapp, demo, operator):
    from kinerja_desktop.ui.main_window import MainWindow

    set_language("en")
    install_translator(qapp)
    window = MainWindow(demo, operator)
    qtbot.addWidget(window)
    window.show()
    # an Indonesian decimal comma is refused in English
    refused_then_corrected(qtbot, this_years_annual(window), wrong="12,5", hint="12.5", right="1,234.5",
                           value=1234.5, shown="1,234.5")
    set_language("id")
    install_translator(qapp)
