"""English through Qt Linguist: chosen in Pengaturan, remembered, applied to a rebuilt window."""

import re

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


def test_refusals_and_qt_texts_follow_the_language(qtbot, demo, operator):
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from kinerja_desktop.ui.dialogs.users import UserDialog

    from ..ui_helpers import click_save, settle

    app = QApplication.instance()

    def refusal_and_buttons():
        dialog = UserDialog(demo, operator)
        qtbot.addWidget(dialog)
        settle(qtbot)
        dialog.username.setText("baru")
        dialog.password.setText("pendek")
        dialog.repeat.setText("pendek")
        click_save(qtbot, dialog)
        edit = QLineEdit("teks")
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        return (dialog.errorLabel.text(), dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text(),
                [a.text().split("\t")[0] for a in menu.actions() if a.text()][:3])

    indonesian = refusal_and_buttons()
    assert indonesian[0] == "Kata sandi terlalu pendek: sedikitnya 8 karakter."
    assert indonesian[1] == "Batal" and indonesian[2] == ["&Urungkan", "U&langi", "Po&tong"]
    try:
        set_language("en")
        install_translator(app)
        english = refusal_and_buttons()
    finally:
        set_language("id")
        install_translator(app)
    assert english[0] == "The password is too short: at least 8 characters."
    assert english[1] == "Cancel" and english[2] == ["&Undo", "&Redo", "Cu&t"]


def test_switching_language_keeps_the_page_and_the_selection(qtbot, demo, operator):
    from kinerja_desktop.ui.main import Program

    app = QApplication.instance()
    program = Program(app, str(demo.sqlite_path))
    program.ready(demo, operator)
    window = program.window
    qtbot.waitUntil(lambda: window.employees.loaded, timeout=10_000)
    window.employees.ui.table.selectRow(3)
    chosen = window.employees.selected_id()
    window.open_skp(chosen)
    window.go_to_page(window.ui.pages.indexOf(window.settings))
    settings = window.settings
    try:
        settings.ui.languageCombo.setCurrentIndex(settings.ui.languageCombo.findData("en"))
        settings.save()
        qtbot.waitUntil(lambda: program.window is not window and program.window.employees.loaded, timeout=10_000)
        rebuilt = program.window
        assert titles(rebuilt)[0] == "Staff"
        assert rebuilt.ui.pages.currentWidget() is rebuilt.settings  # the same page
        assert rebuilt.skp.employee_id == chosen and rebuilt.employees.selected_id() == chosen
    finally:
        set_language("id")
        install_translator(app)
        program.window.close()


def test_the_evaluation_pages_side_texts_follow_the_language(qtbot, demo, operator):
    """The organisation's result, the questionnaires and the objective data (built in
    ui/pages/evaluation_texts.py, translated in the page's context)."""
    from sqlalchemy import select

    from kinerja_desktop.store.models import Evaluation, Skp
    from kinerja_desktop.ui.main_window import MainWindow

    with demo.read() as s:
        employee_id = s.scalar(select(Skp.employee_id).join(Evaluation, Evaluation.skp_id == Skp.id)
                               .where(Evaluation.status == "Final").limit(1))
    app = QApplication.instance()
    texts = {}
    try:
        for language in ("en", "id"):
            set_language(language)
            install_translator(app)
            window = MainWindow(demo, operator)
            qtbot.addWidget(window)
            window.open_evaluation(employee_id)
            page = window.evaluation
            qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
            texts[language] = (page.ui.orgLabel.text(), page.ui.objectiveLabel.text(), page.ui.masukanLabel.text())
    finally:
        set_language("id")
        install_translator(app)
    org, objective, masukan = texts["en"]
    assert org == "The organisation's result for this period has not been set."
    assert objective.startswith("<b>Objective data for the Akuntabel value</b>")
    assert re.search(r"present \d+ of \d+ working days \(\d+(\.\d)?%\)|No attendance", objective)
    assert masukan == "No feedback questionnaire has been answered for this period yet."
    assert texts["id"][0] == "Capaian kinerja organisasi periode ini belum ditetapkan."
    assert re.search(r"hadir \d+ dari \d+ hari kerja \(\d+(,\d)? %\)|Belum ada rekap presensi", texts["id"][1])
