"""Paper, fonts, styles, and the page furniture every document shares: the footer
``Dokumen milik NAMA (NIP ...)`` with ``Halaman i dari n``, and the KONSEP watermark on drafts.

A document is a list of flowables. Each employee's part starts with an ``Owner`` marker: the pages
after it carry that owner's footer and watermark, and are numbered on their own, so one file can
hold many employees (``print batch --combined``)."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate
from reportlab.platypus.tables import CellStyle
from reportlab.graphics.shapes import STATE_DEFAULTS

from ..domain.nip import format_nip
from ..errors import UserError
from ..paths import resource_dir

rl_config.useA85 = 0  # binary streams: smaller files, and no slow ASCII85 pass over every image and font
PAPER = {"A4": A4, "F4": (215 * mm, 330 * mm)}
MARGIN = 15 * mm
FONT, BOLD, ITALIC = "KinerjaSans", "KinerjaSans-Bold", "KinerjaSans-Italic"


@cache
def register_fonts() -> None:
    """DejaVu Sans Condensed from resources/fonts, embedded (subset) in every PDF."""
    folder = resource_dir() / "fonts"
    for name, file in ((FONT, "DejaVuSansCondensed.ttf"), (BOLD, "DejaVuSansCondensed-Bold.ttf"),
                       (ITALIC, "DejaVuSansCondensed-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    # Table cells default to Helvetica (read from rl_config at import): that font would be named,
    # unembedded, in every file. Our tables style every text cell, so make the default ours.
    CellStyle.fontname = FONT
    STATE_DEFAULTS["fontName"] = FONT  # the same for charts


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER[paper.upper()]
    except KeyError:
        raise UserError("Ukuran kertas '{paper}' tidak dikenal: pilih A4 atau F4 (215 x 330 mm).", paper=paper) from None


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=10.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9),
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=9.6),
        "item": ParagraphStyle("item", parent=body, leftIndent=12, firstLineIndent=-12),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=8, leading=9.6, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=body, fontName=BOLD, alignment=TA_RIGHT),
    }


@dataclass(frozen=True)
class OwnerInfo:
    nama: str
    nip: str
    draft: bool
    label: str = ""  # a footer of its own (a questionnaire is about someone, not theirs)

    @property
    def footer(self) -> str:
        if self.label:
            return self.label
        return f"Dokumen milik {self.nama} (NIP {format_nip(self.nip)})" if self.nip else f"Dokumen milik {self.nama}"


class Owner(Flowable):
    """Zero-size marker: from here on, pages belong to ``info`` (footer, numbering, watermark)."""

    def __init__(self, info: OwnerInfo):
        super().__init__()
        self.info = info
        self.width = self.height = 0

    def wrap(self, *_):
        return 0, 0

    def draw(self) -> None:
        self.canv.owner = self.info


class NumberedCanvas(Canvas):
    """Holds back one owner's pages until the next owner starts (or the end), so they can say
    ``Halaman i dari n``; memory holds one employee's pages, not the whole batch. With
    ``duplex`` an owner's odd page count is padded with a blank page, so two employees never
    share a sheet printed on both sides."""

    duplex = False

    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # else an unembedded Helvetica is named
        super().__init__(*args, **kwargs)
        self.owner: OwnerInfo | None = None
        self._pages: list[dict] = []
        self._held_owner: OwnerInfo | None = None

    _OWN = frozenset({"_pages", "_held_owner", "owner"})  # this class's bookkeeping, never a page's state

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        state = {k: v for k, v in self.__dict__.items() if k not in self._OWN}
        owner = self.owner
        if self._pages and owner is not self._held_owner:
            self._flush()
        self._held_owner = owner
        self._pages.append(state)
        self._startPage()

    def _flush(self) -> None:
        pages, owner, self._pages = self._pages, self._held_owner, []
        for number, state in enumerate(pages, start=1):
            self.__dict__.update(state)
            self._furniture(owner, number, len(pages))
            super().showPage()
        if self.duplex and len(pages) % 2:
            self.saveState()
            self.setFont(ITALIC, 8)
            width, height = self._pagesize
            self.drawCentredString(width / 2, height / 2, "Halaman ini sengaja dikosongkan.")
            self.restoreState()
            super().showPage()

    def save(self) -> None:
        if self._pages:
            self._flush()
        super().save()

    def _furniture(self, owner: OwnerInfo | None, number: int, total: int) -> None:
        width, _height = self._pagesize
        if owner is not None and owner.draft:
            self._watermark()
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(black)
        pages = f"Halaman {number} dari {total}"
        if owner is not None:
            room = width - 2 * MARGIN - self.stringWidth(pages, FONT, 7.5) - 6 * mm
            self.drawString(MARGIN, 8 * mm, _fit(owner.footer, room, self.stringWidth))
        self.drawRightString(width - MARGIN, 8 * mm, pages)
        self.restoreState()

    def _watermark(self) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.13))
        self.setFont(BOLD, 110)
        self.translate(width / 2, height / 2)
        self.rotate(40)
        self.drawCentredString(0, -35, "KONSEP")
        self.restoreState()


def _fit(text: str, room: float, width) -> str:
    """``text`` shortened with an ellipsis until it fits ``room`` points."""
    if width(text, FONT, 7.5) <= room:
        return text
    while text and width(text + "…", FONT, 7.5) > room:
        text = text[:-1]
    return text.rstrip() + "…"


class _Streamed(list):
    """A story ReportLab reads from the front while it is topped up, one part at a time, from an
    iterator: a batch of thousands of employees is never held as one list of flowables."""

    def __init__(self, parts: Iterator[list]):
        super().__init__()
        self._parts = parts

    def __len__(self) -> int:
        while list.__len__(self) < 2:
            part = next(self._parts, None)
            if part is None:
                break
            self.extend(([PageBreak()] if self._started else []) + part)
            self._started = True
        return list.__len__(self)

    _started = False


def render_to(target, parts: Iterable[list], paper: str, title: str, *, landscape: bool = False,
              duplex: bool = False) -> None:
    """Each part (one employee's flowables) on fresh pages of one PDF written to ``target`` (a
    path or a binary file), on A4 or F4 (turned when ``landscape``), with the page furniture."""
    register_fonts()
    size = page_size(paper)
    size = (size[1], size[0]) if landscape else size
    doc = BaseDocTemplate(target, pagesize=size, title=title, author="Kinerja Desktop", creator="Kinerja Desktop",
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=16 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvas = type("Canvas", (NumberedCanvas,), {"duplex": duplex})
    doc.build(_Streamed(iter(parts)), canvasmaker=canvas)


def one_after_another(stories: list[list]) -> list:
    """Several documents of one person as one story, each starting on a fresh page (each has its
    own Owner marker, so each is numbered on its own)."""
    out: list = []
    for n, story in enumerate(stories):
        out += ([PageBreak()] if n else []) + story
    return out


def render(flowables: list, paper: str, title: str, *, landscape: bool = False, duplex: bool = False) -> bytes:
    """One document's flowables as PDF bytes."""
    out = BytesIO()
    render_to(out, [flowables], paper, title, landscape=landscape, duplex=duplex)
    return out.getvalue()


def content_width(paper: str, *, landscape: bool = False) -> float:
    return page_size(paper)[1 if landscape else 0] - 2 * MARGIN
