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


def test_indonesian_realisasi(qtbot, window):
    page = this_years_annual(window)
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    indicator = page.realisasi.rows[0].indicator.id
    editor = type_realisasi(qtbot, page, "12.5")  # an English decimal point: not a number here
    settle(qtbot)
    assert editor.isVisible() and "12,5" in editor.toolTip()  # still open, with what it may mean
    assert "bukan angka" in window.statusBar().currentMessage()
    assert indicator not in page.detail.realisations  # nothing saved
    editor.selectAll()
    qtbot.keyClicks(editor, "150.000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.detail.realisations[indicator].value == 150000
    assert page.realisasi.index(0, page.realisasi.VALUE).data() == "150.000"
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
    page = this_years_annual(window)
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    indicator = page.realisasi.rows[0].indicator.id
    editor = type_realisasi(qtbot, page, "12,5")  # an Indonesian decimal comma: refused in English
    settle(qtbot)
    assert editor.isVisible() and "12.5" in editor.toolTip() and indicator not in page.detail.realisations
    editor.selectAll()
    qtbot.keyClicks(editor, "1,234.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.detail.realisations[indicator].value == 1234.5
    assert page.realisasi.index(0, page.realisasi.VALUE).data() == "1,234.5"
    set_language("id")
    install_translator(qapp)
