"""The QR code (the office-signed statement) and the short verification code printed on a final evaluation."""

from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from ..domain.verification import verification_code
from .parts import markup, p

class QrCode(Flowable):
    """A QR code drawn as one filled path of row runs: ReportLab's QR widget draws each run as
    its own shape and made a one-page document four times slower."""

    BORDER = 2  # modules of quiet zone each side

    def __init__(self, text: str, size: float):
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(qrencoder.QR8bitByte(text))  # byte mode, UTF-8: a phone shows the words as written
        code.version = code.calculate_version()
        code.makeImpl(False, 0)  # any of the eight masks is valid; choosing the "best" costs 20 ms a page
        self.modules = code.modules
        self.width = self.height = size

    def wrap(self, *_):
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 2 * self.BORDER)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            c = 0
            for dark, run in groupby(bool(m) for m in row):
                length = len(list(run))
                if dark:
                    path.rect((c + self.BORDER) * box, self.height - (r + self.BORDER + 1) * box, length * box, box)
                c += length
        self.canv.drawPath(path, stroke=0, fill=1)


def trust_block(seal_hash: str, statement: str, width: float) -> Table:
    """The QR code of the office-signed statement at the left (once the office has signed it),
    the verification code and how to check both beside it."""
    code = verification_code(seal_hash)
    text = [markup(f"Kode verifikasi: <b>{code}</b>", "body")]
    if statement:
        text.append(p("Dokumen ini disegel dan ditandatangani secara elektronik oleh instansi. Pindai kode QR: "
                      "isinya dapat dibaca di ponsel dan diperiksa dengan kunci publik instansi (kinerja print verify "
                      f"--qr). Atau periksa kodenya: menu Bantuan > Verifikasi dokumen, atau kinerja print verify {code}",
                      "small"))
    else:
        text.append(p("Dokumen ini disegel secara elektronik. Periksa kodenya dengan Kinerja Desktop: menu Bantuan > "
                      f"Verifikasi dokumen, atau kinerja print verify {code}. Kode QR bertanda tangan instansi "
                      "tercetak setelah operator menandatangani segel (kinerja print sign).", "small"))
    text.append(p(f"Segel: {seal_hash}", "small"))
    left = QrCode(statement, 30 * mm) if statement else ""
    table = Table([[left, text]], colWidths=[33 * mm, width - 33 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table
