"""Pengguna: the operator adds a penilai picked from a search list, changes a role, resets a
password and disables an account; refusals stay in the dialog, which grows to show them."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kinerja_desktop.errors import NotAllowed
from kinerja_desktop.services import accounts
from kinerja_desktop.store.models import AuditEntry, Employee

from ..ui_helpers import click_save, settle


def pick(qtbot, picker, typed: str) -> None:
    """Type part of a name and choose the first suggestion, as a person does with the mouse."""
    qtbot.keyClicks(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    picker.completer().activated.emit(popup.model().index(0, 0).data())


def test_operator_adds_a_penilai_changes_roles_resets_and_disables(qtbot, window, demo):
    page = window.users
    window.go_to_page(window.ui.pages.indexOf(page))
    assert page.model.rowCount() == 1
    page.add_user()
    dialog = page.dialog
    settle(qtbot)  # the employee list loads in the background
    assert dialog.role.currentData() == "viewer"  # the least powerful role first
    dialog.username.setText("kabid")
    dialog.password.setText("sandi-kuat-9")
    dialog.repeat.setText("sandi-kuat-8")
    click_save(qtbot, dialog)
    assert "tidak sama" in dialog.errorLabel.text()
    dialog.repeat.setText("sandi-kuat-9")
    dialog.role.setCurrentIndex(dialog.role.findData("penilai"))
    before = dialog.height()
    click_save(qtbot, dialog)
    assert "pilih pegawainya" in dialog.errorLabel.text() and dialog.isVisible()
    assert dialog.height() >= before and dialog.errorLabel.geometry().bottom() < dialog.buttonBox.geometry().top()
    with demo.read() as s:
        kadis = s.scalar(select(Employee).where(Employee.jabatan == "Kepala Dinas Pendidikan"))
    pick(qtbot, dialog.employee, "Kepala Dinas Pendidikan")
    assert dialog.employee.nip == kadis.nip and "·" in dialog.employee.text()
    assert f"{kadis.nip[:8]} {kadis.nip[8:14]} {kadis.nip[14]} {kadis.nip[15:]}" in dialog.employee.text()
    click_save(qtbot, dialog)
    assert not dialog.isVisible() and page.model.rowCount() == 2
    row = next(r for r in page.model.rows if r.user.username == "kabid")
    assert row.employee.endswith(f"{kadis.nip[:8]} {kadis.nip[8:14]} {kadis.nip[14]} {kadis.nip[15:]})")
    assert accounts.login(demo, username="kabid", password="sandi-kuat-9").role == "penilai"

    page.table.selectRow([r.user.username for r in page.model.rows].index("kabid"))
    page.change_role()
    dialog = page.dialog
    settle(qtbot)
    assert dialog.employee.nip == kadis.nip  # the linked employee is shown
    dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
    click_save(qtbot, dialog)
    assert accounts.login(demo, username="kabid", password="sandi-kuat-9").role == "viewer"

    page.reset_password()
    dialog = page.dialog
    dialog.password.setText("kata-sandi-baru-1")
    dialog.repeat.setText("kata-sandi-baru-1")
    click_save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errorLabel.text()
    assert accounts.login(demo, username="kabid", password="kata-sandi-baru-1").username == "kabid"
    with demo.read() as s:
        assert {"user.role", "user.reset_password"} <= set(s.scalars(select(AuditEntry.action)))

    page.toggle_selected()
    settle(qtbot)
    with pytest.raises(NotAllowed):
        accounts.login(demo, username="kabid", password="kata-sandi-baru-1")


def test_an_operator_cannot_lower_their_own_role(demo, operator):
    admin = next(r.user for r in accounts.list_users(demo, operator) if r.user.username == "admin")
    with pytest.raises(NotAllowed, match="sendiri"):
        accounts.change_role(demo, operator, user_id=admin.id, role="viewer")
    penilai_actor = accounts.Actor("x", accounts.Role.PENILAI, None)
    with pytest.raises(NotAllowed):
        accounts.reset_password(demo, penilai_actor, user_id=admin.id, password="apa-saja-123")


def test_switch_user_from_the_window(qtbot, window):
    events = []
    window.switch_user_requested.connect(lambda: events.append("switch"))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert events == ["switch"]
