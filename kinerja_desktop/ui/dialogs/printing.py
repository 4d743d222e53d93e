"""Cetak: a PDF preview inside the program (QtPdf) with the system print dialog and save-as;
batch printing in the background; checking a printed verification code."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialogButtonBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QMenu, QMessageBox, QPushButton, QVBoxLayout,
    QWidget,
)

from ...services import printing
from ...services.printing import trust
from ...services.context import Actor
from ...store.db import Database
from ..widgets.screen import fit_to_screen
from .base import Dialog
from ..errors import show_error, user_message
from ..ops import Cancelled, Op


class PreviewDialog(Dialog):
    """Shows PDF bytes page by page; Cetak sends them to a printer, Simpan sebagai writes the file."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent=None):
        super().__init__(parent)
        self.pdf, self.file_name = pdf, file_name
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 1000)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pagesLabel = QLabel(self.tr("{0} halaman").format(self.document.pageCount()))
        self.printButton = QPushButton(self.tr("&Cetak…"))
        self.saveButton = QPushButton(self.tr("&Simpan sebagai…"))
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.printButton.clicked.connect(self.print_pages)
        self.saveButton.clicked.connect(self.save_as)
        self.buttonBox.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.pagesLabel, self.printButton, self.saveButton):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.buttonBox)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.printButton.setDefault(True)

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), self.file_name, self.tr("PDF (*.pdf)"))
        if path:
            self.write_to(Path(path))

    def write_to(self, path: Path) -> Op:
        pdf = self.pdf
        return Op(self, lambda: printing.write_atomically(pdf, path), failed=self.tr("PDF tidak dapat disimpan.")).success(
            lambda _: self.pagesLabel.setText(self.tr("Disimpan: {0}").format(path))).run()

    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        self.print_dialog = QPrintDialog(printer, self)
        self.print_dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog.open()

    def print_to(self, printer: QPrinter) -> int:
        """Each page rendered at up to 300 dpi (an A4 page at a printer's 1200 dpi would be a
        half-gigabyte image) and drawn over the printable area, keeping its proportions."""
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, self.tr("Pencetak tidak dapat dibuka."), RuntimeError(printer.printerName()))
            return 0
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = min(printer.resolution(), 300)
        for page in range(self.document.pageCount()):
            if page:
                printer.newPage()
            size = self.document.pagePointSize(page)
            image = self.document.render(page, (size * dpi / 72).toSize())
            scale = min(area.width() / size.width(), area.height() / size.height())
            painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
        painter.end()
        return self.document.pageCount()


def attach_menu(button: QPushButton, entries: list[tuple[str, object]]) -> QMenu:
    """The Cetak button's choices: (label, slot) pairs."""
    menu = QMenu(button)
    for label, slot in entries:
        menu.addAction(label, slot)
    button.setMenu(menu)
    return menu


def preview(parent: QWidget, db: Database, actor: Actor, *, doc: str, nip: str, year: int,
            period: str | None = None, segment: int | None = None) -> Op:
    """Build one document in the background and show it; a refusal (no SKP, evaluation not
    started) is explained. The op's ``dialog_shown`` is the preview once it is open."""
    suffix = f"-{period}" if period else ""

    def show(pdf: bytes) -> None:
        op.dialog_shown = PreviewDialog(pdf, QCoreApplication.translate("Printing", "Pratinjau cetak — {0}").format(doc),
                                        f"{doc}-{year}{suffix}-{nip}.pdf", parent)
        op.dialog_shown.open()
    op = Op(parent, lambda: printing.document_pdf(db, actor, doc=doc, nip=nip, year=year, period=period,
                                                  segment=segment),
            failed=QCoreApplication.translate("Printing", "Dokumen tidak dapat dicetak.")).success(show)
    op.dialog_shown = None
    return op.run()


def batch(parent: QWidget, db: Database, actor: Actor, *, doc: str, year: int, period: str | None, unit: str | None,
          out_dir: Path, combined: bool, duplex: bool = False, on_done=lambda result: None):
    """``print batch`` in the background with progress and cancel; a summary when it ends."""
    def done(result) -> None:
        parent.window().statusBar().showMessage(QCoreApplication.translate("Printing", "{0} berkas PDF ditulis ke {1}; {2} pegawai dilewati.").format(
            len(result.written), out_dir, len(result.skipped)), 15000)
        on_done(result)

    def stopped(exc) -> None:
        if isinstance(exc, Cancelled):
            parent.window().statusBar().showMessage(QCoreApplication.translate("Printing", "Cetak massal dibatalkan; berkas yang sudah selesai tetap ada."), 10000)

    return Op(parent, lambda progress: printing.print_batch(db, actor, doc=doc, year=year, period=period, unit=unit,
                                                            out_dir=out_dir, combined=combined, duplex=duplex,
                                                            progress=progress),
              progress=QCoreApplication.translate("Printing", "Mencetak {0}…").format(doc), failed=QCoreApplication.translate("Printing", "Cetak massal gagal.")).success(
        done).failure(stopped).run()


def ask_and_verify(parent: QWidget, db: Database) -> Op | None:
    code, ok = QInputDialog.getMultiLineText(
        parent, QCoreApplication.translate("Printing", "Verifikasi dokumen"),
        QCoreApplication.translate("Printing", "Kode verifikasi yang tercetak di bawah kode QR, atau seluruh teks hasil "
                                               "pindaian kode QR:"))
    return show_verification(parent, db, code) if ok and code.strip() else None


def show_verification(parent: QWidget, db: Database, code: str) -> Op:
    """Check a printed code, or the text of a scanned QR code (several lines), in the background;
    the op's ``box`` is the answer once it is shown."""
    def check():
        if "\n" in code.strip():
            result = trust.verify_statement(db, code)
            return result.ok, result.lines()
        result = trust.verify_code(db, code)
        return result.ok, [result.message, *(result.summary.lines() if result.summary else ())]

    op = Op(parent, check, failed=QCoreApplication.translate("Printing", "Kode tidak dapat diperiksa."))
    op.box = None
    return op.success(lambda result: setattr(op, "box", _verification_box(parent, *result))).run()


def _verification_box(parent: QWidget, ok: bool, lines: list) -> QMessageBox:
    icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
    box = QMessageBox(icon, QCoreApplication.translate("Printing", "Verifikasi dokumen"), user_message(lines[0]), parent=parent)
    if len(lines) > 1:
        box.setInformativeText("\n".join(user_message(line) for line in lines[1:]))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
