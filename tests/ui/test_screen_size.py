"""Every window and dialog fits the common office laptop, 1366x768 (tests/conftest.py gives the
offscreen platform that screen), with its buttons in view; Pegawai shows all its columns."""

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kinerja_desktop.ui.widgets.screen import TITLE_BAR

from ..ui_helpers import settle


def assert_fits(window) -> None:
    area = QApplication.primaryScreen().availableGeometry()
    geometry = window.geometry()
    assert (area.width(), area.height()) == (1366, 768)
    assert geometry.width() <= area.width() and geometry.height() + TITLE_BAR <= area.height(), (
        type(window).__name__, geometry)
    assert area.contains(geometry), (type(window).__name__, geometry)
    assert window.minimumSizeHint().height() + TITLE_BAR <= area.height(), type(window).__name__
    for box in window.findChildren(QDialogButtonBox):
        if box.isVisible():
            bottom = box.mapTo(window, box.rect().bottomRight())
            assert window.rect().contains(bottom), (type(window).__name__, "buttons out of view")


def test_main_window_and_pages_fit(qtbot, window):
    assert_fits(window)
    table = window.employees.ui.table
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert all(not header.isSectionHidden(n) and header.sectionSize(n) >= 40 for n in range(header.count()))
    assert header.model().headerData(5, header.orientation()) == "Status SKP"
    for row in range(window.ui.navList.count()):
        window.go_to_page(row)
        assert_fits(window)


def test_dialogs_fit_and_grow_to_show_refusals(qtbot, window, demo, operator, tmp_path):
    from kinerja_desktop.ui.dialogs.passphrase import PassphraseDialog
    from kinerja_desktop.ui.dialogs.start import FirstStartDialog, LoginDialog
    from kinerja_desktop.ui.dialogs.users import PasswordDialog, UserDialog

    user = window.users.model.rows[0].user
    dialogs = [UserDialog(demo, operator, parent=window), PasswordDialog(demo, operator, user, parent=window),
               PassphraseDialog(lambda office, p: None, new_key=True, office="1201", parent=window),
               FirstStartDialog(demo), LoginDialog(demo)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.open()
        settle(qtbot)
        assert_fits(dialog)
    dialog = dialogs[0]
    dialog.show_refusal("Pesan yang sangat panjang. " * 40)
    assert_fits(dialog)
    assert dialog.errorLabel.geometry().bottom() < dialog.buttonBox.geometry().top()


def test_print_preview_fits_with_its_buttons(qtbot, window):
    from sqlalchemy import select

    from kinerja_desktop.store.models import Employee

    with window.db.read() as s:
        employee = s.scalar(select(Employee.id).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
    window.open_skp(employee)
    op = window.skp.print_document("skp")
    settle(qtbot)
    dialog = op.dialog_shown
    qtbot.addWidget(dialog)
    assert_fits(dialog)
    assert dialog.printButton.isVisible() and dialog.rect().contains(
        dialog.printButton.mapTo(dialog, dialog.printButton.rect().bottomRight()))


def test_a_dialog_opens_over_its_window(qtbot, window):
    """The first time, with no size and place remembered: centred over the window it belongs to,
    not in the screen's corner."""
    dialog = window.type_answers()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    offset = dialog.geometry().center() - window.geometry().center()
    assert offset.manhattanLength() <= 8, (dialog.geometry(), window.geometry())  # 698 px off before
    assert_fits(dialog)
    dialog.close()
