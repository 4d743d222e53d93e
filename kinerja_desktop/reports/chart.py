"""POLA DISTRIBUSI: a small bar chart of the unit's predikat counts."""

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from ..domain.ratings import Predikat
from .base import FONT, register_fonts

SHORT = {"Sangat Baik": "Sangat\nBaik", "Baik": "Baik", "Butuh Perbaikan": "Butuh\nPerbaikan",
         "Kurang/Misconduct": "Kurang/\nMisconduct", "Sangat Kurang": "Sangat\nKurang"}
BAR = colors.Color(0.18, 0.36, 0.55)


def distribution_chart(counts: dict[str, int], width: float, height: float) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    values = [counts.get(p.value, 0) for p in Predikat]
    if not any(values):
        drawing.add(String(width / 2, height / 2, "belum ada predikat pegawai", fontName=FONT, fontSize=7,
                           textAnchor="middle"))
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 22, 26, width - 30, height - 34
    chart.data = [values]
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = FONT, 6.5, 5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values) * 1.2 + 1
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = FONT, 6
    chart.valueAxis.labelTextFormat = "%d"
    chart.categoryAxis.categoryNames = [SHORT[p.value] for p in Predikat]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 5.5
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.labels.boxAnchor = "n"
    drawing.add(chart)
    return drawing
