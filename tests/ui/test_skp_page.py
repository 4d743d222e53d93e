"""Planning SKPs in the window: a JPT's plan, a subordinate cascading from it, the workflow."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kinerja_desktop.store.models import Employee, Rhk

from ..ui_helpers import click_save, first_rhk_index, settle

NEXT = date.today().year + 1


def open_skp(qtbot, window, jabatan):
    with window.db.read() as s:
        employee = s.scalar(select(Employee).where(Employee.jabatan == jabatan))
    window.open_skp(employee.id)
    window.skp.ui.yearSpin.setValue(NEXT)
    assert window.ui.pages.currentWidget() is window.skp
    return employee


def plan_with_one_rhk(qtbot, page, rhk_text, *, intervensi=""):
    assert page.ui.stack.currentWidget() is page.ui.emptyPage and "Belum ada SKP" in page.ui.emptyLabel.text()
    qtbot.mouseClick(page.ui.planButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.detail is not None and page.detail.skp.status == "Draft"
    page.add_rhk()
    dialog = page.rhk_dialog
    if intervensi:
        dialog.ui.intervensiEdit.setText(intervensi)
    qtbot.keyClicks(dialog.ui.textEdit, rhk_text)
    click_save(qtbot, dialog)
    assert [r.rhk.text for r in page.detail.rhk] == [rhk_text]
    return dialog


def add_indicator(qtbot, page, text, target):
    page.ui.rhkTree.setCurrentIndex(first_rhk_index(page.ui.rhkTree.model()))
    page.add_indicator()
    dialog = page.indicator_dialog
    qtbot.keyClicks(dialog.ui.textEdit, text)
    dialog.ui.targetMin.setValue(target)
    dialog.ui.satuanEdit.setText("%")
    click_save(qtbot, dialog)


def test_plan_cascade_submit_approve(qtbot, window, tmp_path):
    page = window.skp
    open_skp(qtbot, window, "Kepala Dinas Pendidikan")
    plan_with_one_rhk(qtbot, page, "Meningkatnya mutu layanan pendidikan dasar", intervensi="Sasaran Renstra 1")
    add_indicator(qtbot, page, "Persentase sekolah terakreditasi B", 85)
    assert page.detail.rhk[0].indicators[0].perspektif == "Penerima Layanan"
    # this small demo has no Sekretariat Daerah: the Kadis's penilai is the Bupati, recorded by name
    assert page.detail.skp.penilai_id is None and page.ui.outsidePenilaiButton.isVisibleTo(page)
    page.record_outside_penilai("H. Suryadi, S.H.", "Bupati Sukamaju")
    settle(qtbot)
    assert page.detail.skp.penilai["jabatan"] == "Bupati Sukamaju" and "Bupati Sukamaju" in page.ui.peopleLabel.text()
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    assert "Lampiran SKP belum diisi" in page.confirm_box.text()  # said, and asked again
    page.confirm_box.yes_button.click()
    page.confirm_box.next.yes_button.click()
    settle(qtbot)
    assert page.detail.skp.status == "Diajukan" and not page.ui.addRhkButton.isEnabled()
    qtbot.mouseClick(page.ui.approveButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.detail.skp.status == "Disetujui"

    open_skp(qtbot, window, "Kepala Bidang Pembinaan SD")
    page.ui.stack.currentWidget()
    qtbot.mouseClick(page.ui.planButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    page.add_rhk()
    dialog = page.rhk_dialog
    assert dialog.ui.parentCombo.currentText() == "Meningkatnya mutu layanan pendidikan dasar"
    qtbot.keyClicks(dialog.ui.textEdit, "Meningkatnya mutu pembinaan SD")
    click_save(qtbot, dialog)
    with window.db.read() as s:
        child = s.scalar(select(Rhk).where(Rhk.text == "Meningkatnya mutu pembinaan SD"))
        assert child.parent.text == "Meningkatnya mutu layanan pendidikan dasar"
    window.grab().save(str(tmp_path / "skp.png"))


def test_refusals_stay_in_the_dialog(qtbot, window):
    page = window.skp
    open_skp(qtbot, window, "Kepala Dinas Kesehatan")
    qtbot.mouseClick(page.ui.planButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    page.add_rhk()
    dialog = page.rhk_dialog
    click_save(qtbot, dialog)  # empty text
    assert "kosong" in dialog.ui.errorLabel.text() and dialog.isVisible()


def test_expectations_saved_in_one_action(qtbot, window):
    page = window.skp
    open_skp(qtbot, window, "Kepala Dinas Kesehatan")
    qtbot.mouseClick(page.ui.planButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    page.ui.tabs.setCurrentWidget(page.ui.perilakuTab)
    assert "Memahami dan memenuhi kebutuhan masyarakat" in page.ui.perilakuArea.widget().findChildren(
        type(page.ui.emptyLabel))[0].text()
    page._expectation_edits[2].setText("Laporan keuangan tepat waktu")
    assert page.has_unsaved_changes()
    qtbot.mouseClick(page.ui.saveExpectationsButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not page.has_unsaved_changes()
    assert page.detail.expectations[1].ekspektasi_khusus == "Laporan keuangan tepat waktu"


def test_submit_lists_what_is_missing_and_asks_again(qtbot, window):
    page = window.skp
    open_skp(qtbot, window, "Kepala Dinas Kesehatan")
    plan_with_one_rhk(qtbot, page, "Meningkatnya derajat kesehatan masyarakat")
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    box = page.confirm_box  # an RHK without an indicator: the service would refuse, so only Tutup
    assert box.icon() == QMessageBox.Icon.Warning and box.yes_button is None
    assert "RHK tanpa indikator: Meningkatnya derajat kesehatan masyarakat" in box.text()
    box.no_button.click()
    add_indicator(qtbot, page, "Angka harapan hidup", 72)
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    box = page.confirm_box  # the lampiran is empty: allowed, but said, and asked again
    assert box.icon() == QMessageBox.Icon.Warning and "DUKUNGAN SUMBER DAYA" in box.text()
    box.no_button.click()
    settle(qtbot)
    assert page.detail.skp.status == "Draft"  # Batal: nothing happened
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    page.confirm_box.yes_button.click()        # Tetap lanjutkan…
    again = page.confirm_box.next
    assert again.icon() == QMessageBox.Icon.Question and again.isVisible()
    again.yes_button.click()                   # the ordinary question, answered Ya
    settle(qtbot)
    assert page.detail.skp.status == "Diajukan"


def test_long_texts_have_visible_limits_matched_by_the_service(qtbot, window):
    from kinerja_desktop.domain.limits import limit

    from .test_screen_size import assert_fits

    page = window.skp
    open_skp(qtbot, window, "Kepala Dinas Kesehatan")
    qtbot.mouseClick(page.ui.planButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    page.add_rhk()
    dialog = page.rhk_dialog
    counter = dialog.ui.textEdit.viewport().findChild(type(dialog.ui.hintLabel), "charCounter")
    most = limit("rhk")
    long_text = "Tersusunnya laporan kinerja yang sangat rinci " * 20
    too_long = long_text[: most + 40].strip()
    dialog.ui.textEdit.setPlainText(too_long)
    assert counter.text() == f"{len(too_long)}/{most}" and len(too_long) > most
    assert "#b00020" in counter.styleSheet()  # red past the limit
    click_save(qtbot, dialog)
    assert "terlalu panjang" in dialog.ui.errorLabel.text() and dialog.isVisible()
    assert_fits(dialog)
    dialog.ui.textEdit.setPlainText(long_text[:most].strip())
    assert "#888" in counter.styleSheet()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    page.ui.rhkTree.setCurrentIndex(first_rhk_index(page.ui.rhkTree.model()))
    page.add_indicator()
    indicator = page.indicator_dialog
    assert_fits(indicator)  # the long RHK wraps inside the dialog
    assert indicator.ui.rhkText.geometry().right() <= indicator.width()
    assert indicator.ui.satuanEdit.maxLength() == limit("satuan")
