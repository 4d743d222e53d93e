"""The main window on a real database, offscreen."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from kinerja_desktop.services import accounts
from kinerja_desktop.store.models import AuditEntry, Employee

from ..ui_helpers import settle


def visible(page, column):
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_employee_list_filters_and_sorts(qtbot, window, tmp_path):
    page = window.employees
    assert window.windowTitle() == "Kinerja Desktop — PEMERINTAH KABUPATEN SUKAMAJU"
    assert page.model.rowCount() == 60
    qtbot.keyClicks(page.ui.searchEdit, "kepala dinas")
    qtbot.waitUntil(lambda: page.model.rowCount() < 60)
    assert visible(page, 3) and all("Kepala Dinas" in j for j in visible(page, 3))
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 60)
    page.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    nips = visible(page, 0)
    assert nips == sorted(nips) and len(nips[0]) == 21  # grouped: 8 6 1 3 with spaces
    assert window.grab().save(str(tmp_path / "pegawai.png"))


def test_unit_and_status_filters(qtbot, window):
    page = window.employees
    index = page.ui.unitCombo.findText("Dinas Kesehatan")
    page.ui.unitCombo.setCurrentIndex(index)
    units = set(visible(page, 4))
    assert units and "Dinas Pendidikan" not in units and page.model.rowCount() < 60
    page.ui.unitCombo.setCurrentIndex(0)
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("Disetujui"))
    assert set(visible(page, 5)) == {"Disetujui"}


def test_penilai_sees_only_own_staff(qtbot, demo, operator):
    from kinerja_desktop.ui.main_window import MainWindow

    with demo.read() as s:
        boss = s.scalar(select(Employee).where(Employee.jabatan == "Kepala Dinas Pendidikan"))
        staff = set(s.scalars(select(Employee.nip).where(Employee.atasan_id == boss.id)))
        nip = boss.nip
    accounts.create_user(demo, operator, username="kadis", password="sandi-kuat-2", role="penilai", nip=nip)
    window = MainWindow(demo, accounts.login(demo, username="kadis", password="sandi-kuat-2"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.employees.loaded, timeout=10_000)
    shown = {window.employees.model.row(window.employees.model.index(r, 0)).nip
             for r in range(window.employees.model.rowCount())}
    assert shown == staff
    assert not window.employees.ui.importButton.isVisibleTo(window)
    titles = [window.ui.navList.item(n).text() for n in range(window.ui.navList.count())]
    assert "Pengaturan" not in titles and "SKP" in titles
    with demo.read() as s:  # someone else's staff, reached by any route (an old link, a bug)
        other = s.scalar(select(Employee.id).where(Employee.atasan_id.is_not(None), Employee.atasan_id != boss.id,
                                                   Employee.id != boss.id).limit(1))
    from PySide6.QtWidgets import QMessageBox

    window.open_skp(other)
    assert window.skp.employee_id is None and window.skp.detail is None
    assert any("bukan" in b.text() or "tidak berwenang" in b.text() for b in window.skp.findChildren(QMessageBox))
    assert window.evaluation.employee_id is None


def test_settings_saved_and_audited(qtbot, window, demo):
    page = window.settings
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    page.ui.placeEdit.setText("Sei Rampah")
    page.ui.paperCombo.setCurrentIndex(page.ui.paperCombo.findData("F4"))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    from kinerja_desktop.services.office import get_office

    office = get_office(demo)
    assert office.place == "Sei Rampah" and office.paper == "F4"
    with demo.read() as s:
        assert s.scalar(select(AuditEntry.actor).where(AuditEntry.action == "office.update")) == "admin"


def test_version_answers_without_qt(capsys):
    import pytest

    from kinerja_desktop.ui.main import run

    with pytest.raises(SystemExit) as done:
        run(["kinerja-desktop", "--version"])
    assert done.value.code == 0 and "kinerja-desktop 0." in capsys.readouterr().out


def test_keyboard_shortcuts_move_between_pages_and_save(qtbot, window, demo):
    from PySide6.QtCore import Qt

    from kinerja_desktop.services.office import get_office

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.skp
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.settings  # the last page
    window.settings.ui.placeEdit.setText("Cibadak")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert get_office(demo).place == "Cibadak"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.employees and window.employees.ui.searchEdit.hasFocus()


def test_pages_are_built_when_first_shown_in_their_place(qtbot, window):
    """Only the first page is built with the window (Masuk -> window at 70,000 staff: 150 -> 35 ms);
    the others when first shown or asked for, each in its place in the navigation."""
    count = window.ui.pages.count()
    assert set(window._built) == {"employees"} and count == window.ui.navList.count() == len(window._names)
    row = window._names.index("rekap")
    window.ui.navList.setCurrentRow(row)
    assert window.ui.pages.currentWidget() is window.rekap and set(window._built) == {"employees", "rekap"}
    assert window.ui.navList.item(row).text() == "Rekap" and window.ui.pages.count() == count
    for n, name in enumerate(window._names):  # every page, once built, sits where its title is
        page = getattr(window, name)
        assert window.ui.pages.indexOf(page) == n and window.ui.navList.item(n).text() == page.title()
    assert window.ui.pages.currentWidget() is window.rekap
