"""Keberatan: filed on a final evaluation from Evaluasi, decided with finality by the atasan."""

from datetime import date, timedelta

from sqlalchemy import select

from kinerja_desktop.services import accounts
from kinerja_desktop.store.models import Employee, Evaluation, Skp

from ..ui_helpers import click_save, settle


def test_file_and_decide(qtbot, window, demo, operator):
    page = window.evaluation
    with demo.read() as s:  # a final annual evaluation of last year, of someone whose penilai has an atasan
        row = s.execute(select(Employee.id, Skp.penilai_id).join(Skp, Skp.employee_id == Employee.id)
                        .join(Evaluation, Evaluation.skp_id == Skp.id)
                        .where(Evaluation.status == "Final", Evaluation.period_kind == "tahunan",
                               Employee.jenis_jabatan == "Pelaksana")).first()
        penilai = s.get(Employee, row.penilai_id)
        atasan_nip = s.get(Employee, penilai.atasan_id).nip
    combo = page.ui.periodCombo
    combo.setCurrentIndex(next(n for n in range(combo.count()) if combo.itemData(n).code == "TAHUNAN"))
    window.open_evaluation(row.id)
    assert page.objection_button.isVisibleTo(page)
    page.file_objection()
    dialog = page.objection_dialog
    dialog.received.setDate(date.today() - timedelta(days=20))
    dialog.reason.setPlainText("Realisasi triwulan IV tidak dihitung")
    click_save(qtbot, dialog)
    assert "14 hari" in dialog.errorLabel.text()
    dialog.received.setDate(date.today() - timedelta(days=3))
    click_save(qtbot, dialog)
    assert not dialog.isVisible()

    accounts.create_user(demo, operator, username="atasan", password="sandi-kuat-3", role="penilai", nip=atasan_nip)
    from kinerja_desktop.ui.main_window import MainWindow

    boss = MainWindow(demo, accounts.login(demo, username="atasan", password="sandi-kuat-3"))
    qtbot.addWidget(boss)
    objections = boss.objections
    boss.go_to_page(boss.ui.pages.indexOf(objections))
    assert objections.model.rowCount() == 1
    objections.ui.table.selectRow(0)
    old = objections.model.rows[0].objection.old_result["predikat"]
    objections.ui.hasilCombo.setCurrentIndex(objections.ui.hasilCombo.findData("Di Atas Ekspektasi"))
    objections.ui.perilakuCombo.setCurrentIndex(objections.ui.perilakuCombo.findData("Di Atas Ekspektasi"))
    objections.ui.decisionEdit.setText("Diterima: realisasi TW IV dihitung")
    objections.decide(confirmed=True)
    settle(qtbot)
    decided = objections.model.rows[0].objection
    assert decided.status == "Diputuskan" and decided.new_result["predikat"] == "Sangat Baik" and old
    assert not objections.ui.decideButton.isEnabled()  # final
