"""The HASIL KERJA and PERILAKU KERJA tables of the SKP and of the evaluation forms.

An RHK with several indicators is printed as one block: its number, the intervened RHK, its text
(and, on an evaluation, the feedback) stand in the block's first row and the lines between its
indicator rows are drawn only across the indicator columns, which reads as merged cells but lets
a block split across pages: the part on the next page repeats the block's number and RHK,
marked "(lanjutan)". Header rows repeat on every page; a row taller than a page splits."""

from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import FrameBreak, Table

from .model import IndicatorLine, RhkLine, SkpDoc, ValueLine
from .parts import GRID, SHADE, markup, p


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # mm; 0 = share of what is left
    rhk_level: bool  # printed once per RHK block
    value: Callable[[RhkLine, IndicatorLine | None, int], str]


def _target(i: IndicatorLine | None) -> str:
    if i is None:
        return ""
    return f"{i.target}\n(periode ini: {i.period_target})" if i.period_target else i.target


def _columns(jpt: bool, evaluation: bool, kualitatif: bool = False) -> list[Column]:
    number = Column("NO", 9, True, lambda r, i, n: str(n))
    rhk = Column("RENCANA HASIL KERJA", 0, True, lambda r, i, n: r.text)
    indicator = Column("INDIKATOR KINERJA INDIVIDU", 0, False, lambda r, i, n: i.text if i else "-")
    # a kualitatif target is a sentence: it shares the free width instead of a narrow column
    target = Column("TARGET", 0 if kualitatif else 24, False, lambda r, i, n: _target(i))
    if jpt:
        cols = [number, rhk, indicator, target, Column("PERSPEKTIF", 24, False, lambda r, i, n: i.perspektif if i else "")]
    else:
        cols = [number, Column("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", 0, True, lambda r, i, n: r.intervensi),
                rhk, Column("ASPEK", 17, False, lambda r, i, n: i.aspek if i else ""), indicator, target]
    if evaluation:
        cols += [Column("REALISASI BERDASARKAN BUKTI DUKUNG", 0, False, lambda r, i, n: i.realisasi if i else ""),
                 Column("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", 0, True, lambda r, i, n: r.feedback)]
    return cols


def _widths(columns: list[Column], width: float) -> list[float]:
    fixed = sum(c.width * mm for c in columns)
    shared = (width - fixed) / sum(1 for c in columns if not c.width)
    return [c.width * mm if c.width else shared for c in columns]


class BlockTable(Table):
    """A table whose RHK blocks, when split across pages, start the next page with the block's
    RHK-level cells again, marked "(lanjutan)". ``lanjutan`` maps the id of a row's first
    indicator cell to the cells to put in that row when it opens a page."""

    lanjutan: dict = {}
    titles: frozenset = frozenset()  # ids of the "A. UTAMA" / "B. TAMBAHAN" cells

    def _bare(self, part) -> bool:
        """Nothing but the header and group titles: no row of an RHK."""
        return all(_ids(row[0]) & self.titles for row in part._cellvalues[part.repeatRows:])

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._bare(parts[0]):
            # the next row is taller than what is left: cut inside it rather than leave a header
            # (and the heading above the table) alone here
            parts = self._splitRows(availHeight, doInRowSplit=1)
            if len(parts) != 2 or self._bare(parts[0]):
                return []
        for part in parts:
            part.lanjutan, part.titles = self.lanjutan, self.titles
        if len(parts) == 2:
            first, rest = parts
            last = len(first._cellvalues) - 1
            # a row cut in two appears in both parts; else the next page starts with the row after the cut
            cut_in_row = len(first._cellvalues) + len(rest._cellvalues) - rest.repeatRows > len(self._cellvalues)
            source = self._cellvalues[last if cut_in_row else last + 1]
            fill = next((self.lanjutan[i] for cell in source for i in _ids(cell) if i in self.lanjutan), None)
            row = rest._cellvalues[rest.repeatRows]
            for column, make in fill or ():
                row[column] = make()
            # The rest starts on the next page: left in this frame's last sliver, ReportLab would cut
            # its first row in two there and print the repeated header in the middle of the page.
            return [parts[0], FrameBreak(), rest]
        return parts


def _ids(cell) -> set[int]:
    """The identities a cell may carry: itself, and when ReportLab wrapped it for a split inside
    a row, the flowables inside."""
    return {id(cell), *(id(c) for c in cell)} if isinstance(cell, tuple) else {id(cell)}


def hasil_kerja_table(doc: SkpDoc, width: float, *, evaluation: bool = False) -> Table:
    columns = _columns(doc.jpt, evaluation, doc.approach == "kualitatif")
    rows = [[p(c.title, "head") for c in columns], [p(f"({n})", "head") for n in range(1, len(columns) + 1)]]
    style = [("BOX", (0, 0), (-1, -1), 0.6, GRID), ("INNERGRID", (0, 0), (-1, 1), 0.5, GRID),
             ("LINEBELOW", (0, 1), (-1, 1), 0.5, GRID),
             ("BACKGROUND", (0, 0), (-1, 1), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEAFTER", (0, 2), (-2, -1), 0.5, GRID), ("TOPPADDING", (0, 0), (-1, -1), 2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    indicator_cols = [n for n, c in enumerate(columns) if not c.rhk_level]
    block_cols = [n for n, c in enumerate(columns) if c.rhk_level]
    lanjutan: dict[int, list] = {}
    titles: set[int] = set()
    for title, group in (("A. UTAMA", doc.utama), ("B. TAMBAHAN", doc.tambahan)):
        at = len(rows)
        rows.append([markup(f"<b>{title}</b>")] + [""] * (len(columns) - 1))
        titles.add(id(rows[-1][0]))
        style += [("SPAN", (0, at), (-1, at)), ("LINEABOVE", (0, at), (-1, at), 0.5, GRID)]
        if not group:
            rows.append([p("-")] + [""] * (len(columns) - 1))
            style += [("SPAN", (0, at + 1), (-1, at + 1)), ("LINEABOVE", (0, at + 1), (-1, at + 1), 0.5, GRID)]
        for number, rhk in enumerate(group, start=1):
            first = len(rows)
            for k, indicator in enumerate(rhk.indicators or (None,)):
                row = [p(c.value(rhk, indicator, number)) if (k == 0 or not c.rhk_level) else "" for c in columns]
                rows.append(row)
                if k:
                    style += [("LINEABOVE", (c, len(rows) - 1), (c, len(rows) - 1), 0.3, GRID) for c in indicator_cols]
                    lanjutan[id(row[indicator_cols[0]])] = [
                        (c, lambda c=c, rhk=rhk, number=number: (p if columns[c].title == "NO" else _continued)(
                            columns[c].value(rhk, None, number)))
                        for c in block_cols if columns[c].title != "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"]
            style.append(("LINEABOVE", (0, first), (-1, first), 0.5, GRID))
    table = BlockTable(rows, colWidths=_widths(columns, width), repeatRows=2, splitInRow=1)
    table.lanjutan, table.titles = lanjutan, frozenset(titles)
    table.setStyle(style)
    return table


def _continued(text: str):
    return markup(f"{escape(text)} <i>(lanjutan)</i>") if text else p("")


def perilaku_table(values: tuple[ValueLine, ...], width: float, *, evaluation: bool = False,
                   header: bool = True) -> Table:
    """NO · PERILAKU KERJA (the value and its three official guides) · EKSPEKTASI KHUSUS PIMPINAN
    [· UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG]. Without ``header``: the table's last
    rows, printed on their own so they can keep company with the signatures."""
    titles = ["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN"]
    widths = [9 * mm, width * 0.45]
    if evaluation:
        titles.append("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG")
        widths += [(width - sum(widths)) / 2] * 2
    else:
        widths.append(width - sum(widths))
    rows = [[p(t, "head") for t in titles]] if header else []
    for value in values:
        guides = "<br/>".join(f"- {g}" for g in value.guides)
        row = [p(str(value.number)), markup(f"<b>{value.name}</b><br/>Panduan perilaku:<br/>{guides}"),
               p(value.ekspektasi or "-")]
        if evaluation:
            row.append(p(value.feedback or "-"))
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)  # value rows are short: keep each whole
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
                   + ([("BACKGROUND", (0, 0), (-1, 0), SHADE)] if header else []))
    return table


def perilaku_tables(values: tuple[ValueLine, ...], width: float, *, evaluation: bool = False) -> tuple[Table, Table]:
    """The PERILAKU KERJA table as a head (all but the last two values) and a tail, so a form can
    keep the tail together with what follows it (the verdicts, the signatures)."""
    return (perilaku_table(values[:-2], width, evaluation=evaluation),
            perilaku_table(values[-2:], width, evaluation=evaluation, header=False))
