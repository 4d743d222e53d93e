"""LAPORAN SURVEI KEPUASAN MASYARAKAT of a service unit (PermenPANRB 14/2017): the NRR and mutu of
each of the nine elements, a chart of each element's answers, the IKM and its mutu, the comments."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from ..domain.numbers import format_number
from ..domain.skm import ANSWERS, ELEMENTS, MUTU_NAMES
from .base import BOLD, FONT, Owner, OwnerInfo, content_width, register_fonts, render
from .chart import BAR
from .model import SkmDoc
from .parts import GRID, SHADE, markup, p, title_block
from .skp import heading

SHOWN_COMMENTS = 40


def _summary(doc: SkmDoc, width: float) -> Table:
    rows = [[p(t, "head") for t in ("UNSUR", "URAIAN", "NRR", "MUTU")]]
    for u, name in ELEMENTS.items():
        rows.append([p(u), p(name), p(format_number(doc.nrr.get(u), decimals=4, fixed=True) or "-"),
                     p(f"{doc.nrr_mutu[u]} ({MUTU_NAMES[doc.nrr_mutu[u]]})" if u in doc.nrr_mutu else "-")])
    ikm = format_number(doc.ikm, decimals=2, fixed=True) if doc.ikm is not None else "-"
    mutu = f"{doc.mutu} ({MUTU_NAMES[doc.mutu]})" if doc.mutu else "-"
    rows.append([markup("<b>IKM UNIT LAYANAN</b>"), "", markup(f"<b>{ikm}</b>"), markup(f"<b>{mutu}</b>")])
    table = Table(rows, colWidths=[16 * mm, width - 76 * mm, 24 * mm, 36 * mm], repeatRows=1)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("BACKGROUND", (0, -1), (-1, -1), SHADE), ("SPAN", (0, -1), (1, -1)), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


def _nrr_chart(doc: SkmDoc, width: float, height: float) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 16, width - 50, height - 24
    chart.data = [[doc.nrr.get(u, 0) for u in reversed(ELEMENTS)]]
    chart.bars[0].fillColor = BAR
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 4, 1
    chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = list(reversed(ELEMENTS))
    chart.barLabelFormat = lambda v: format_number(v, decimals=2)
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = FONT, 6.5, 12
    drawing.add(chart)
    drawing.add(String(width / 2, 2, "NRR per unsur (skala 1-4)", fontName=FONT, fontSize=7, textAnchor="middle"))
    return drawing


def _element_chart(doc: SkmDoc, u: str, width: float, height: float) -> Drawing:
    """How the respondents answered one element: bars for 1-4."""
    drawing = Drawing(width, height)
    counts = doc.answers.get(u, {})
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 18, 22, width - 24, height - 40
    chart.data = [[counts.get(n, 0) for n in ANSWERS]]
    chart.bars[0].fillColor = BAR
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(chart.data[0] + [1]) * 1.25
    chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize, chart.categoryAxis.labels.fontSize = 5.5, 6
    chart.valueAxis.labelTextFormat = "%d"
    chart.categoryAxis.categoryNames = [str(n) for n in ANSWERS]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = FONT, 6, 5
    drawing.add(chart)
    drawing.add(String(width / 2, height - 10, f"{u} {ELEMENTS[u]}"[:38], fontName=BOLD, fontSize=6.5,
                       textAnchor="middle"))
    drawing.add(String(width / 2, 4, f"NRR {format_number(doc.nrr.get(u), decimals=2) or '-'}", fontName=FONT,
                       fontSize=6.5, textAnchor="middle"))
    return drawing


def skm_flowables(doc: SkmDoc) -> list:
    width = content_width(doc.head.paper)
    cell = width / 3
    grid = [[_element_chart(doc, u, cell - 2 * mm, 38 * mm) for u in list(ELEMENTS)[row:row + 3]]
            for row in range(0, 9, 3)]
    charts = Table(grid, colWidths=[cell] * 3)
    story = [Owner(OwnerInfo(doc.unit, "", draft=False)),
             title_block(doc.head, f"LAPORAN SURVEI KEPUASAN MASYARAKAT\n{doc.unit.upper()}", width),
             p(doc.head.instansi.upper(), "center"),
             p(f"TAHUN {doc.year} · {doc.responden} RESPONDEN", "center"), Spacer(1, 4 * mm),
             _summary(doc, width), Spacer(1, 3 * mm), _nrr_chart(doc, width, 62 * mm),
             *heading("JAWABAN PER UNSUR (1 tidak baik, 2 kurang baik, 3 baik, 4 sangat baik)"), charts]
    if doc.comments:
        story += heading("SARAN DAN KOMENTAR RESPONDEN (tanpa nama)")
        story += [p(f"- {c}", "body") for c in doc.comments[:SHOWN_COMMENTS]]
        if len(doc.comments) > SHOWN_COMMENTS:
            story.append(p(f"... dan {len(doc.comments) - SHOWN_COMMENTS} komentar lainnya.", "body"))
    return story


def build_skm(doc: SkmDoc) -> bytes:
    return render(skm_flowables(doc), doc.head.paper, f"Laporan SKM {doc.unit} {doc.year}")
