"""English through Qt Linguist: chosen in Pengaturan, remembered, applied to a rebuilt window."""

from PySide6.QtWidgets import QApplication

from kinerja_desktop.ui.i18n import current_language, install_translator, set_language


def titles(window):
    return [window.ui.navList.item(n).text() for n in range(window.ui.navList.count())]


def test_english_then_back(qtbot, demo, operator, tmp_path):
    from kinerja_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        set_language("en")
        assert current_language() == "en" and install_translator(app) == "en"
        window = MainWindow(demo, operator)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.employees.loaded, timeout=10_000)
        assert titles(window)[:3] == ["Staff", "SKP", "Evaluation"] and "Settings" in titles(window)
        assert window.ui.fileMenu.title() == "&File"
        assert window.settings.ui.saveButton.text() == "&Save"
        window.grab().save(str(tmp_path / "english.png"))
    finally:
        set_language("id")
        install_translator(app)
    window = MainWindow(demo, operator)
    qtbot.addWidget(window)
    assert titles(window)[0] == "Pegawai"


def test_language_switch_from_settings_page_is_remembered(qtbot, window):
    page = window.settings
    with qtbot.waitSignal(window.language_changed, timeout=5000):
        page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("en"))
        page.save()
    assert current_language() == "en"
    set_language("id")
