"""The QR code placed on signed documents: what a phone reads back is the text as written
(UTF-8, with its ECI designator), whatever letters a name or a place has."""

import zxingcpp
from PIL import Image, ImageOps

from kinerja_desktop.reports.trust import QrCode


def test_a_phone_reads_back_the_words_as_written():
    for text in ("Kantor: 1204\nPredikat: Baik", "Nama: Siti Nurhaliza — “Baik” … José Ñuñez, Ærø",
                 "Segel: " + "ab12" * 120):
        image = QrCode(text, 100).image
        assert image.mode == "L" and image.width == image.height
        scan = ImageOps.expand(image.resize((image.width * 4,) * 2, Image.NEAREST), border=16, fill=255)
        found = zxingcpp.read_barcodes(scan)
        assert len(found) == 1 and found[0].text == text
        assert found[0].bytes == text.encode()  # UTF-8, not a legacy code page
