"""A table cell's text is drawn as a plain string only when it fits on one line; anything longer
or with a line break stays a paragraph that wraps (reports/parts.py cell)."""

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from kinerja_desktop.reports.parts import cell


def test_a_cell_wraps_only_what_does_not_fit():
    assert cell("Sekretariat Daerah", 100 * mm) == "Sekretariat Daerah"
    assert cell("", 100 * mm) == ""
    long = "Subbidang Pengembangan Kompetensi Teknis dan Fungsional Badan Kepegawaian Daerah " * 2
    assert isinstance(cell(long, 100 * mm), Paragraph)
    assert isinstance(cell("baris satu\nbaris dua", 100 * mm), Paragraph)
    assert isinstance(cell("W" * 40, 40 * mm), Paragraph)  # measured, not counted
    assert cell("i" * 40, 40 * mm) == "i" * 40
