from kinerja_desktop.services import accounts

from ..ui_helpers import click_save, settle


def test_operator_adds_a_penilai_and_disables_it(qtbot, window, demo):
    page = window.users
    assert page.model.rowCount() == 1
    page.add_user()
    dialog = page.dialog
    dialog.username.setText("kabid")
    dialog.password.setText("sandi-kuat-9")
    dialog.role.setCurrentIndex(dialog.role.findData("penilai"))
    click_save(qtbot, dialog)
    assert "NIP" in dialog.errorLabel.text()
    dialog.nip.setText("1234")
    click_save(qtbot, dialog)
    assert "18 digit" in dialog.errorLabel.text()
    from sqlalchemy import select

    from kinerja_desktop.store.models import Employee

    with demo.read() as s:
        dialog.nip.setText(s.scalar(select(Employee.nip).where(Employee.jabatan == "Kepala Dinas Pendidikan")))
    click_save(qtbot, dialog)
    assert page.model.rowCount() == 2
    assert accounts.login(demo, username="kabid", password="sandi-kuat-9").role == "penilai"
    page.table.selectRow([r.user.username for r in page.model.rows].index("kabid"))
    page.toggle_selected()
    settle(qtbot)
    import pytest

    from kinerja_desktop.errors import NotAllowed

    with pytest.raises(NotAllowed):
        accounts.login(demo, username="kabid", password="sandi-kuat-9")
