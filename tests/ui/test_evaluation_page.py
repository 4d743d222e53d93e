"""A month's (quarter's) evaluation in the window: realisation, evidence, feedback, ratings with the
predikat shown live, finalize, and the locked result; the unit's distribution warning changes."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from kinerja_desktop.domain import PeriodKind
from kinerja_desktop.services import evaluation as ev
from kinerja_desktop.services import organisation
from kinerja_desktop.store.models import Employee, Evaluation, Skp

from ..ui_helpers import click_save, settle


def pick_unevaluated(window):
    """A staff member with an approved SKP this year and no evaluation yet for the page's period."""
    page = window.evaluation
    period = page.period
    with window.db.read() as s:
        evaluated = select(Evaluation.skp_id).where(Evaluation.period_kind == period.kind.value,
                                                    Evaluation.period_number == period.number)
        return s.scalar(select(Employee.id).join(Skp, Skp.employee_id == Employee.id).where(
            Skp.year == period.year, Skp.status == "Disetujui", Employee.jenis_jabatan == "Pelaksana",
            Skp.id.not_in(evaluated)).limit(1))


def this_years_annual(window):
    """The demo leaves this year's annual evaluation unstarted for everyone: use that period."""
    page = window.evaluation
    combo = page.ui.periodCombo
    combo.setCurrentIndex(max(n for n in range(combo.count()) if combo.itemData(n).kind is PeriodKind.TAHUNAN))
    employee_id = pick_unevaluated(window)
    window.open_evaluation(employee_id)
    return page


def test_evaluate_finalize_and_lock(qtbot, window, tmp_path, operator):
    page = this_years_annual(window)
    with window.db.read() as s:  # the organisation of this employee's perangkat daerah: Baik
        unit = s.get(Employee, page.employee_id).unit
        while unit.parent is not None:
            unit = unit.parent
        unit_id = unit.id
    organisation.set_org_predikat(window.db, operator, unit_id=unit_id, period=page.period, predikat="Baik")
    page.refresh()
    assert "Baik" in page.ui.orgLabel.text()
    assert page.detail.evaluation is None and page.ui.openButton.isVisibleTo(page)
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.detail.evaluation.status == "Draft"

    model = page.realisasi
    assert model.rowCount() >= 3
    assert model.setData(model.index(0, model.VALUE), "3")
    settle(qtbot)
    assert model.setData(model.index(0, model.TEXT), "3 laporan selesai")
    settle(qtbot)
    assert page.detail.realisations[model.rows[0].indicator.id].value == 3.0
    assert model.index(0, 6).data().endswith("%")
    page.ui.realisasiTable.setCurrentIndex(model.index(0, 0))
    bukti = tmp_path / "laporan-maret.pdf"
    bukti.write_bytes(b"%PDF-1.4 bukti")
    page.attach_file(str(bukti))
    settle(qtbot)
    assert model.index(0, 7).data() == "1"

    assert page.rhk_feedback.setData(page.rhk_feedback.index(0, 1), ev.PHRASES_RHK[0])
    assert page.value_feedback.setData(page.value_feedback.index(0, 1), "Ramah kepada pemohon")
    settle(qtbot)
    assert page.detail.value_feedback[1] == "Ramah kepada pemohon"

    page.ui.hasilCombo.setCurrentIndex(page.ui.hasilCombo.findData("Di Atas Ekspektasi"))
    assert "—" in page.ui.predikatLabel.text()
    page.ui.perilakuCombo.setCurrentIndex(page.ui.perilakuCombo.findData("Sesuai Ekspektasi"))
    assert "Baik" in page.ui.predikatLabel.text()  # live, before saving
    assert page.has_unsaved_changes()
    assert "⚠" not in page.ui.orgLabel.text()
    page.finalize(confirmed=True)
    settle(qtbot)
    assert page.detail.evaluation.status == "Final" and page.detail.evaluation.predikat == "Baik"
    assert "⚠" in page.ui.orgLabel.text() and "sedikitnya satu" in page.ui.orgLabel.text()
    assert page.detail.evaluation.seal_hash
    assert not page.ui.hasilCombo.isEnabled() and not model.flags(model.index(0, model.VALUE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, model.VALUE), "9")  # the service refuses too
    assert page.ui.unlockButton.isVisible()
    window.grab().save(str(tmp_path / "evaluasi.png"))


def test_add_input_dialog(qtbot, window):
    page = this_years_annual(window)
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    page.add_input()
    dialog = page.input_dialog
    click_save(qtbot, dialog)
    assert "kosong" in dialog.errorLabel.text()
    dialog.source.setCurrentIndex(dialog.source.findData("public"))
    qtbot.keyClicks(dialog.text, "Pelayanan cepat")
    click_save(qtbot, dialog)
    assert page.inputs.rowCount() == 1 and page.inputs.index(0, 0).data() == "Pengguna layanan"


def test_finalize_lists_what_is_missing_first(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    page = this_years_annual(window)
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(page.ui.finalizeButton, Qt.MouseButton.LeftButton)
    box = page.confirm_box  # no ratings: the service would refuse, so only Tutup
    assert box.yes_button is None and "Rating hasil kerja belum dipilih" in box.text()
    box.no_button.click()
    page.ui.hasilCombo.setCurrentIndex(page.ui.hasilCombo.findData("Sesuai Ekspektasi"))
    page.ui.perilakuCombo.setCurrentIndex(page.ui.perilakuCombo.findData("Sesuai Ekspektasi"))
    qtbot.mouseClick(page.ui.finalizeButton, Qt.MouseButton.LeftButton)  # the ratings are saved first
    box = page.confirm_box
    first_indicator = page.detail.skp.rhk[0].indicators[0].text
    assert box.icon() == QMessageBox.Icon.Warning and f"Indikator tanpa realisasi: {first_indicator}" in box.text()
    assert "RHK tanpa umpan balik" in box.text() and "Nilai perilaku tanpa umpan balik: Berorientasi Pelayanan" in box.text()
    assert page.detail.evaluation.rating_hasil == "Sesuai Ekspektasi"
    box.yes_button.click()
    box.next.yes_button.click()
    settle(qtbot)
    assert page.detail.evaluation.status == "Final"
