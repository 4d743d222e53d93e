"""The QR code and short verification code printed on a final evaluation."""

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from ..domain.verification import verification_code
from .parts import markup, p

QR_PREFIX = "KINERJA-SEAL:"


def qr(seal_hash: str, size: float = 24 * mm) -> Drawing:
    """A QR code of ``KINERJA-SEAL:<sha256 of the sealed content>``."""
    widget = QrCodeWidget(QR_PREFIX + seal_hash, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


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
