"""One employee from an empty SKP to a finalized annual evaluation, in the window alone.

A fresh database: the operator logs in, imports the roster, adds the supervisor's account, sets
monthly evaluations and prepares the SKPs of the Kepala Dinas and the supervisor. The supervisor (Kepala Bidang) logs in,
sees only their own staff, plans a staff member's SKP cascaded from their own RHK, approves it,
enters October's evaluation with evidence and finalizes it, then the annual one: the predikat shows
live and the unit's distribution warning appears. Afterwards the evaluation cannot be edited."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kinerja_desktop.domain import PeriodKind
from kinerja_desktop.services import accounts
from kinerja_desktop.ui.main_window import MainWindow
from kinerja_desktop.ui.dialogs.start import LoginDialog

from ..integration.conftest import KABID, KADIS, ROSTER, STAF
from ..ui_helpers import click_save, first_rhk_index, settle

YEAR = date.today().year


def log_in(qtbot, db, username, password) -> MainWindow:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.actor is not None, dialog.ui.errorLabel.text()
    window = MainWindow(db, dialog.actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.employees.loaded, timeout=10_000)
    return window


def go(window, page) -> None:
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    assert window.ui.pages.currentWidget() is page


def employee_id(window, nip) -> int:
    model = window.employees.model
    return next(model.row(model.index(n, 0)).id for n in range(model.rowCount()) if model.row(model.index(n, 0)).nip == nip)


def plan_skp(qtbot, window, nip, rhk_text, *, cascade_from=None) -> None:
    page = window.skp
    window.open_skp(employee_id(window, nip))
    assert "Belum ada SKP" in page.ui.emptyLabel.text()
    qtbot.mouseClick(page.ui.planButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    page.add_rhk()
    dialog = page.rhk_dialog
    if cascade_from:
        assert dialog.ui.parentCombo.currentText() == cascade_from
    else:
        dialog.ui.intervensiEdit.setText("Sasaran Renstra Dinas 1")
    qtbot.keyClicks(dialog.ui.textEdit, rhk_text)
    click_save(qtbot, dialog)
    page.ui.rhkTree.setCurrentIndex(first_rhk_index(page.ui.rhkTree.model()))
    page.add_indicator()
    dialog = page.indicator_dialog
    qtbot.keyClicks(dialog.ui.textEdit, f"Jumlah dokumen: {rhk_text.lower()}")
    dialog.ui.targetMin.setValue(12)
    dialog.ui.satuanEdit.setText("dokumen")
    click_save(qtbot, dialog)
    if not cascade_from:  # the Kadis: a JPT whose penilai, the Bupati, is not an ASN
        assert page.ui.outsidePenilaiButton.isVisibleTo(page)
        page.record_outside_penilai("H. Suryadi, S.H.", "Bupati Sukamaju")
        settle(qtbot)
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    page.confirm_box.yes_button.click()       # the lampiran is still empty: Tetap lanjutkan…
    page.confirm_box.next.yes_button.click()  # Ajukan sekarang? Ya
    settle(qtbot)
    assert page.detail.skp.status == "Diajukan"
    qtbot.mouseClick(page.ui.approveButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.detail.skp.status == "Disetujui"


def operator_prepares(qtbot, db, tmp_path) -> None:
    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    window = log_in(qtbot, db, "admin", "sandi-kuat-1")
    roster = tmp_path / "pegawai.csv"
    roster.write_text(ROSTER, encoding="utf-8-sig")
    window.employees.preview_roster(roster)
    qtbot.waitUntil(lambda: getattr(window.employees, "import_dialog", None) is not None, timeout=10_000)
    qtbot.mouseClick(window.employees.import_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: window.employees.loaded and window.employees.model.total == 4, timeout=10_000)
    window.users.add_user()
    dialog = window.users.dialog
    dialog.username.setText("kabid")
    dialog.password.setText("sandi-kabid-1")
    dialog.repeat.setText("sandi-kabid-1")
    dialog.role.setCurrentIndex(dialog.role.findData("penilai"))
    settle(qtbot)  # the employee list of the picker
    dialog.employee.choose(KABID)
    click_save(qtbot, dialog)
    settings = window.settings
    settings.ui.periodCombo.setCurrentIndex(settings.ui.periodCombo.findData("bulanan"))
    settings.save()
    settle(qtbot)
    plan_skp(qtbot, window, KADIS, "Meningkatnya mutu pendidikan dasar")
    plan_skp(qtbot, window, KABID, "Terlaksananya pembinaan sekolah dasar",
             cascade_from="Meningkatnya mutu pendidikan dasar")
    rekap = window.rekap
    go(window, rekap)
    combo = rekap.ui.periodCombo
    combo.setCurrentIndex(next(n for n in range(combo.count()) if combo.itemData(n).kind is PeriodKind.TAHUNAN
                               and combo.itemData(n).year == YEAR))
    qtbot.waitUntil(lambda: rekap.loaded and bool(rekap.rows), timeout=10_000)
    rekap.ui.table.selectRow(next(n for n, r in enumerate(rekap.rows) if r.unit == "Dinas Pendidikan"))
    rekap.ui.orgCombo.setCurrentIndex(rekap.ui.orgCombo.findData("Baik"))
    qtbot.mouseClick(rekap.ui.orgButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    window.close()


def evaluate(qtbot, page, tmp_path, kind, number, *, evidence: bool) -> None:
    combo = page.ui.periodCombo
    combo.setCurrentIndex(next(n for n in range(combo.count()) if combo.itemData(n).kind is kind
                               and combo.itemData(n).number == number and combo.itemData(n).year == YEAR))
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    model = page.realisasi
    assert model.setData(model.index(0, model.VALUE), "12") and model.setData(model.index(0, model.TEXT), "12 dokumen selesai")
    settle(qtbot)
    if evidence:
        page.ui.realisasiTable.setCurrentIndex(model.index(0, 0))
        bukti = tmp_path / f"bukti-{number}.pdf"
        bukti.write_bytes(b"%PDF-1.4 laporan bulanan")
        page.attach_file(str(bukti))
        settle(qtbot)
        assert model.index(0, 7).data() == "1"
    page.ui.hasilCombo.setCurrentIndex(page.ui.hasilCombo.findData("Sesuai Ekspektasi"))
    page.ui.perilakuCombo.setCurrentIndex(page.ui.perilakuCombo.findData("Sesuai Ekspektasi"))
    assert "Baik" in page.ui.predikatLabel.text()
    page.finalize(confirmed=True)
    settle(qtbot)
    assert page.detail.evaluation.status == "Final" and page.detail.evaluation.predikat == "Baik"


def test_supervisor_takes_one_employee_from_empty_skp_to_final_annual_evaluation(qtbot, db, tmp_path):
    operator_prepares(qtbot, db, tmp_path)
    window = log_in(qtbot, db, "kabid", "sandi-kabid-1")
    assert window.windowTitle().startswith("Kinerja Desktop")
    staff = {window.employees.model.row(window.employees.model.index(n, 0)).nip
             for n in range(window.employees.model.rowCount())}
    assert STAF in staff and KADIS not in staff  # not the Kepala Dinas
    plan_skp(qtbot, window, STAF, "Tersusunnya laporan administrasi bidang",
             cascade_from="Terlaksananya pembinaan sekolah dasar")
    page = window.evaluation
    window.open_evaluation(employee_id(window, STAF))
    evaluate(qtbot, page, tmp_path, PeriodKind.BULANAN, 10, evidence=True)
    evaluate(qtbot, page, tmp_path, PeriodKind.TAHUNAN, 1, evidence=False)
    assert "Baik" in page.ui.orgLabel.text() and "⚠" in page.ui.orgLabel.text()
    assert not page.ui.hasilCombo.isEnabled()
    model = page.realisasi
    assert not model.flags(model.index(0, model.VALUE)) & Qt.ItemFlag.ItemIsEditable and not model.setData(model.index(0, 3), "1")
    window.grab().save(str(tmp_path / "final.png"))
