"""Typing paper questionnaires in from the keyboard alone, and the summary on the Evaluasi page."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from kinerja_desktop.services import masukan
from kinerja_desktop.store.models import Employee, MasukanResponse

from ..ui_helpers import settle


def test_codes_typed_in_with_the_keyboard_one_after_another(qtbot, window, operator):
    with window.db.read() as s:
        nip = s.scalar(select(Employee.nip).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
    forms = masukan.create_forms(window.db, operator, year=2026, kind="masyarakat", nip=nip, count=3)
    assert window.ui.entryAction in window.ui.fileMenu.actions() and window.ui.entryAction.isVisible()
    dialog = window.type_answers()
    qtbot.addWidget(dialog)
    for n, form in enumerate(forms, start=1):
        qtbot.keyClicks(dialog.code, f"{form.code[:4]}-{form.code[4:].lower()}")
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # on to the first value
        for digit in "4333243":  # each digit moves to the next field
            qtbot.keyClicks(dialog.focusWidget(), digit)
        qtbot.keyClicks(dialog.focusWidget(), f"Komentar {n}")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        settle(qtbot)
        assert f"Tersimpan ({n})" in dialog.doneLabel.text() and dialog.code.text() == ""
    qtbot.keyClicks(dialog.code, forms[0].code)
    for _, edit in dialog.values:
        edit.setText("4")
    dialog._save()
    settle(qtbot)
    assert "sudah dipakai" in dialog.errorLabel.text()
    with window.db.read() as s:
        saved = s.scalars(select(MasukanResponse).where(MasukanResponse.source == "ketik")).all()
    assert len(saved) == 3 and {r.v1 for r in saved} == {4} and {r.v7 for r in saved} == {3}
    kinds = masukan.summary(window.db, operator, nip=nip, year=2026)
    assert kinds[masukan.Kind.MASYARAKAT].means["Berorientasi Pelayanan"] == 4.0


def test_the_evaluation_page_shows_the_questionnaires_beside_the_feedback(qtbot, window):
    from kinerja_desktop.domain import PeriodKind

    page = window.evaluation
    combo = page.ui.periodCombo
    combo.setCurrentIndex(next(n for n in range(combo.count()) if combo.itemData(n).kind is PeriodKind.TAHUNAN))
    with window.db.read() as s:
        kabid = s.scalar(select(Employee.id).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
    window.open_evaluation(kabid)  # the demo filled last year's questionnaires
    text = page.ui.masukanLabel.text()
    assert "Penilaian diri" in text and "rata-rata (1-4)" in text and "bahan pertimbangan" in text


def test_rekap_previews_the_skm_report_and_publishes_signed_files(qtbot, window, operator, tmp_path):
    from kinerja_desktop.sync import district
    from kinerja_desktop.ui.pages.rekap import RekapPage

    from ..ui_helpers import click_ok

    page: RekapPage = window.rekap
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    row = next(n for n, r in enumerate(page.rows) if r.unit == "Dinas Kesehatan")
    page.ui.table.selectRow(row)
    assert "IKM" in page.ui.unitLabel.text() or "survei" in page.ui.unitLabel.text()
    page.print_skm()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=20_000)
    assert page.preview.document.pageCount() >= 1
    page.preview.close()
    page.preview = None
    district.init_keys(window.db, operator, office_code="1204", passphrase="frasa-sandi-uji-1")
    out = tmp_path / "publik"
    out.mkdir()
    dialog = page.publish(folder=str(out))
    dialog.passphrase.setText("frasa-sandi-uji-1")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=30_000)
    assert sorted(p.name for p in out.iterdir()) == [
        "publikasi.csv", "publikasi.csv.minisig", "publikasi.html", "publikasi.html.minisig", "publikasi.pdf",
        "publikasi.pdf.minisig"]


def test_questionnaires_are_made_from_the_evaluation_page(qtbot, window, tmp_path):
    from kinerja_desktop.domain import PeriodKind

    page = window.evaluation
    combo = page.ui.periodCombo
    combo.setCurrentIndex(next(n for n in range(combo.count()) if combo.itemData(n).kind is PeriodKind.TAHUNAN))
    with window.db.read() as s:
        kabid = s.scalar(select(Employee.id).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
    window.open_evaluation(kabid)
    assert not page.ui.formsButton.isHidden()  # on the Masukan tab, for the operator
    page.print_forms(kind="bawahan", folder=str(tmp_path))
    qtbot.waitUntil(lambda: getattr(page, "forms_preview", None) is not None, timeout=30_000)
    assert (tmp_path / "kode.csv").is_file() and page.forms_preview.document.pageCount() >= 1
    assert "kuesioner dan kode.csv ditulis" in window.statusBar().currentMessage()
