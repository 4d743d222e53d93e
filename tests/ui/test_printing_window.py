"""Cetak in the window: preview (QtPdf), print (to a PDF printer here), save-as, batch in the
background, and checking a printed code."""

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from kinerja_desktop.domain import PeriodKind
from kinerja_desktop.domain.verification import verification_code
from kinerja_desktop.store.models import Employee, Evaluation
from kinerja_desktop.sync import district
from kinerja_desktop.ui.dialogs.printing import show_verification

from ..ui_helpers import click_ok, settle


def kabid(window):
    with window.db.read() as s:
        return s.scalar(select(Employee.id).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))


def test_skp_preview_prints_and_saves(qtbot, window, tmp_path):
    window.open_skp(kabid(window))
    page = window.skp
    assert page.ui.printButton.isVisible() and [a.text() for a in page.ui.printButton.menu().actions()] == [
        "SKP", "Lampiran SKP"]
    op = page.print_document("skp")
    settle(qtbot)
    dialog = op.dialog_shown
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 1 and dialog.isVisible()
    dialog.write_to(tmp_path / "skp.pdf")
    settle(qtbot)
    assert (tmp_path / "skp.pdf").read_bytes() == dialog.pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.document.pageCount()
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    dialog.resize(800, 900)
    qtbot.wait(800)  # QPdfView renders pages in the background
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_final_evaluation_document_and_its_code(qtbot, window, tmp_path):
    page = window.evaluation
    combo = page.ui.periodCombo
    combo.setCurrentIndex(next(n for n in range(combo.count()) if combo.itemData(n).kind is PeriodKind.TAHUNAN))
    window.open_evaluation(kabid(window))  # last year's annual evaluation is final in the demo
    assert page.detail.evaluation.status == "Final"
    op = page.print_document("dokumen-evaluasi")
    settle(qtbot)
    dialog = op.dialog_shown
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
    op = show_verification(window, window.db, verification_code(page.detail.evaluation.seal_hash))
    settle(qtbot)
    assert "SAH" in op.box.text()
    op = show_verification(window, window.db, "0000-0000-0000")
    settle(qtbot)
    assert "tidak cocok" in op.box.text()


def test_operator_signs_the_qr_codes_and_the_window_checks_a_scanned_one(qtbot, window, operator):
    district.init_keys(window.db, operator, office_code="1204", passphrase="frasa-sandi-uji-1")
    assert window.ui.signAction in window.ui.helpMenu.actions()  # Bantuan > Tandatangani kode QR dokumen
    dialog = window.sign_statements()
    dialog.passphrase.setText("salah-salah-salah")
    click_ok(qtbot, dialog)
    assert "Frasa sandi salah" in dialog.errorLabel.text()
    dialog.passphrase.setText("frasa-sandi-uji-1")
    click_ok(qtbot, dialog)
    settle(qtbot)
    assert "ditandatangani" in window.statusBar().currentMessage()
    with window.db.read() as s:
        statement = s.scalar(select(Evaluation.seal_statement).where(Evaluation.seal_statement.is_not(None)))
    op = show_verification(window, window.db, statement)  # the text a phone reads from the QR code
    settle(qtbot)
    assert op.box.text().startswith("SAH") and "Predikat:" in op.box.informativeText()
    predikat = next(line for line in statement.splitlines() if line.startswith("Predikat: "))
    forged = statement.replace(predikat, "Predikat: Baik" if predikat == "Predikat: Sangat Baik" else "Predikat: Sangat Baik")
    assert forged != statement
    op = show_verification(window, window.db, forged)
    settle(qtbot)
    assert op.box.text().startswith("TIDAK SAH")


def test_unit_batch_runs_in_the_background(qtbot, window, tmp_path):
    page = window.rekap
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    combo = page.ui.periodCombo
    combo.setCurrentIndex(combo.count() - 3)  # a finished quarter
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    row = max(range(len(page.rows)), key=lambda n: page.rows[n].final)
    page.ui.table.selectRow(row)
    task = page.print_unit(doc="dokumen-evaluasi", folder=str(tmp_path))
    assert task is not None
    qtbot.waitUntil(lambda: "berkas PDF ditulis" in window.statusBar().currentMessage(), timeout=60_000)
    written = list(Path(tmp_path).glob("dokumen-evaluasi-*.pdf"))
    assert len(written) == page.rows[row].final


def test_office_emblem_set_in_pengaturan_is_printed(qtbot, window, tmp_path):
    import subprocess

    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    from kinerja_desktop.services.printing import document_pdf

    page = window.settings
    not_an_image = tmp_path / "lambang.png"
    not_an_image.write_text("bukan gambar")
    page.set_emblem(not_an_image)
    settle(qtbot)
    assert any("bukan gambar" in box.text() for box in page.findChildren(QMessageBox))
    red = tmp_path / "merah.png"
    Image.new("RGB", (400, 400), (220, 0, 0)).save(red)
    page.set_emblem(red)
    settle(qtbot)
    assert "lambang-instansi.png" in page.ui.emblemPath.text()
    red.unlink()  # the copy beside the database is what prints
    with window.db.read() as s:
        nip = s.scalar(select(Employee.nip).where(Employee.id == kabid(window)))
    pdf = tmp_path / "skp.pdf"
    pdf.write_bytes(document_pdf(window.db, window.actor, doc="skp", nip=nip, year=window.skp.ui.yearSpin.value()))
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(tmp_path / "p")],
                   check=True)
    corner = Image.open(tmp_path / "p.png").convert("RGB").crop((0, 0, 120, 120))
    assert sum(1 for r, g, b in (corner.getpixel((x, y)) for x in range(120) for y in range(120)) if r > 180 and g < 60 and b < 60) > 200
    page.set_emblem(None)
    settle(qtbot)
    assert "bawaan" in page.ui.emblemPath.text()


def test_unit_rekap_is_previewed(qtbot, window):
    page = window.rekap
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    page.ui.table.selectRow(0)
    page.print_rekap()
    settle(qtbot)
    dialog = page.preview
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 1 and page.rows[0].unit in dialog.windowTitle()
