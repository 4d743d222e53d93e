"""The QR code and short verification code printed on a final evaluation."""

from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from ..domain.verification import verification_code
from .parts import markup, p

QR_PREFIX = "KINERJA-SEAL:"


class QrCode(Flowable):
    """A QR code drawn as one filled path of row runs: ReportLab's QR widget draws each run as
    its own shape and made a one-page document four times slower."""

    BORDER = 2  # modules of quiet zone each side

    def __init__(self, text: str, size: float):
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
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


def qr(seal_hash: str, size: float = 24 * mm) -> QrCode:
    """A QR code of ``KINERJA-SEAL:<sha256 of the sealed content>``."""
    return QrCode(QR_PREFIX + seal_hash.upper(), size)  # upper case: the denser alphanumeric mode


def trust_block(seal_hash: str, width: float) -> Table:
    """QR at the left; the code and how to check it beside."""
    code = verification_code(seal_hash)
    text = [markup(f"Kode verifikasi: <b>{code}</b>", "body"),
            p("Dokumen ini disegel secara elektronik. Periksa keasliannya dengan Kinerja Desktop: "
              f"menu Bantuan > Verifikasi dokumen, atau perintah: kinerja print verify {code}", "small"),
            p(f"Segel: {seal_hash}", "small")]
    table = Table([[qr(seal_hash), text]], colWidths=[27 * mm, width - 27 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table
