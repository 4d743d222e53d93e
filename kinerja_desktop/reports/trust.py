"""The QR code (the office-signed statement) and the short verification code printed on a final evaluation."""

import segno
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Table, TableStyle

from ..domain.verification import verification_code
from .parts import markup, p


_GREY = bytes([255, 0]) + bytes(254)


class QrCode(Flowable):
    """A QR code (segno, byte mode in UTF-8, so a phone shows the words as written) placed as a
    one-module-per-pixel image: drawn as vector runs, a version-15 code cost 5 ms a page."""

    BORDER = 2  # modules of quiet zone each side

    def __init__(self, text: str, size: float):
        super().__init__()
        # any of the eight masks is valid; choosing the "best" costs 15 ms a page
        code = segno.make_qr(text, error="m", boost_error=False, mode="byte", encoding="utf-8", mask=0)
        pixels = b"".join(bytes(row) for row in code.matrix).translate(_GREY)  # dark module 1 -> black 0
        self.image = Image.frombytes("L", (len(code.matrix),) * 2, pixels)
        self.width = self.height = size

    def wrap(self, *_):
        return self.width, self.height

    def draw(self) -> None:
        side = self.width * self.image.width / (self.image.width + 2 * self.BORDER)
        offset = (self.width - side) / 2
        self.canv.drawImage(ImageReader(self.image), offset, offset, side, side)


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
