"""Berkas > Pulihkan…: the backups listed with their dates and counts; restoring one is checked,
replaces the database, and everyone logs in again."""

from kinerja_desktop.services import auto_backup, maintenance
from kinerja_desktop.services.office import get_office, update_office

from ..ui_helpers import settle
from .test_screen_size import assert_fits


def test_restore_a_listed_backup_from_the_window(qtbot, window, demo, operator):
    copy = auto_backup.auto_backup(demo, force=True)
    maintenance.backup(demo, operator)  # one made by hand is listed too
    update_office(demo, operator, place="Sesudah cadangan")
    assert window.ui.restoreAction.isVisible()
    dialog = window.restore()
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert_fits(dialog)
    assert dialog.model.rowCount() >= 2
    kinds = {dialog.model.index(n, 1).data() for n in range(dialog.model.rowCount())}
    assert kinds == {"otomatis", "manual"} and dialog.model.index(0, 2).data() == "60"
    row = next(n for n in range(dialog.model.rowCount()) if dialog.model.rows[n].path == copy)
    dialog.table.selectRow(row)
    switched = []
    window.switch_user_requested.connect(lambda: switched.append(True))
    dialog._restore_selected()
    dialog.confirm_box.yes_button.click()
    settle(qtbot)
    assert get_office(demo).place != "Sesudah cadangan" and switched == [True]
    assert maintenance.verify_audit(demo).problems == ()
