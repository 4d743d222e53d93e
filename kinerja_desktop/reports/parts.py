"""Blocks shared by the forms: header, the people table, signature blocks, grid tables."""

from functools import lru_cache
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle

from ..domain.dates import format_tanggal
from ..domain.nip import format_nip
from ..paths import resource_dir
from .base import BOLD, FONT, styles
from .model import Letterhead, Person

GRID = colors.Color(0.25, 0.25, 0.25)
SHADE = colors.Color(0.9, 0.92, 0.95)


def p(text: str, style: str = "cell") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(str(text or "")).replace("\n", "<br/>"), styles()[style])


def cell(text: str, width: float) -> str | Paragraph:
    """A table cell's text in the "cell" style: the plain string when it fits on one line of
    ``width`` (the table draws it directly, a tenth of a paragraph's cost), else a paragraph
    that wraps. The table must set the cell's font to FONT 8 (leading 9.6, as "cell")."""
    text = str(text or "")
    styles()  # the fonts registered
    if "\n" not in text and stringWidth(text, FONT, 8) <= width - 6:  # 3 pt padding each side
        return text
    return p(text)


def markup(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(text, styles()[style])


def nip_text(nip: str) -> str:
    return format_nip(nip) if nip and len(nip.replace(" ", "")) == 18 else (nip or "-")


def emblem(head: Letterhead, size: float = 20 * mm) -> Image:
    """The office's emblem, else the placeholder; see ``_emblem_jpeg``."""
    path = head.emblem if head.emblem and head.emblem.is_file() else resource_dir() / "emblem-placeholder.png"
    return Image(BytesIO(_emblem_jpeg(str(path), path.stat().st_mtime)), width=size, height=size, kind="proportional")


@lru_cache(maxsize=4)
def _emblem_jpeg(path: str, _mtime: float) -> bytes:
    """The emblem flattened on white, at print resolution, as JPEG: a PDF carries JPEG data as it
    is, where a PNG is decoded and compressed again in every document (13 ms a page)."""
    from PIL import Image as PilImage

    with PilImage.open(path) as source:
        picture = source.convert("RGBA")
    picture.thumbnail((360, 360))
    flat = PilImage.new("RGB", picture.size, "white")
    flat.paste(picture, mask=picture.getchannel("A"))
    out = BytesIO()
    flat.save(out, "JPEG", quality=90)
    return out.getvalue()


def title_block(head: Letterhead, title: str, width: float) -> Table:
    """Emblem at the left, the document title centred (the instansi is printed once, on the
    line below: :func:`period_line`)."""
    lines = [markup("<b>" + escape(title).replace("\n", "<br/>") + "</b>", "title")]
    table = Table([[emblem(head, 16 * mm), lines]], colWidths=[20 * mm, width - 40 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def period_line(head: Letterhead, period_text: str, width: float) -> Table:
    table = Table([[p(head.instansi.upper(), "bold"), p(f"PERIODE PENILAIAN: {period_text}", "right")]],
                  colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def person_fields(person: Person) -> tuple[tuple[str, str], ...]:
    """The five labelled lines of a person as the forms print them: a PPPK has an NI PPPK and a
    golongan (``Golongan IX``), a PNS an NIP and a pangkat/golongan ruang."""
    if person.pppk:
        number = ("NI PPPK", nip_text(person.nip))
        rank = ("GOLONGAN", f"Golongan {person.pangkat}" if person.pangkat else "")
    else:
        number, rank = ("NIP", nip_text(person.nip)), ("PANGKAT/GOL. RUANG", person.pangkat)
    return (("NAMA", person.nama), number, rank, ("JABATAN", person.jabatan), ("UNIT KERJA", person.unit))


def id_line(person: Person) -> str:
    """Under a signature: ``NIP 1985...``, ``NI PPPK ...``, or nothing for a penilai who is not an ASN."""
    if not person.nip:
        return ""
    return f"{'NI PPPK' if person.pppk else 'NIP'} {nip_text(person.nip)}"


def _person_rows(number: str, title: str, person: Person) -> list[list]:
    rows = [[p(number, "head"), p(title, "head"), ""]]
    for n, (label, value) in enumerate(person_fields(person), start=1):
        rows.append([p(str(n)), p(label), p(value or "-")])
    return rows


def people_table(pegawai: Person, penilai: Person, width: float) -> Table:
    """PEGAWAI YANG DINILAI beside PEJABAT PENILAI KINERJA, five lines each."""
    left, right = _person_rows("NO", "PEGAWAI YANG DINILAI", pegawai), _person_rows("NO", "PEJABAT PENILAI KINERJA", penilai)
    rows = [a + b for a, b in zip(left, right, strict=True)]
    col = [8 * mm, 30 * mm, width / 2 - 38 * mm]
    table = Table(rows, colWidths=col * 2, repeatRows=1)
    table.setStyle(grid_style() + [("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0)),
                                   ("BACKGROUND", (0, 0), (-1, 0), SHADE)])
    return table


def grid_style(header_rows: int = 1) -> list:
    style = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    return style


def signature(role: str, person: Person, place: str, day, width: float) -> list:
    """``Place, 22 November 2026`` (dotted when the date is not yet set: never the print date),
    the role, room to sign, the name, the NIP (none for a penilai who is not an ASN). Every
    column has the same lines, so two columns side by side line up."""
    when = format_tanggal(day) if day is not None else "." * 30
    return [p(f"{place or '.' * 20}, {when}", "center"), p(role, "center"), Spacer(1, 17 * mm),
            markup(f"<u><b>{escape(person.nama or '.' * 40)}</b></u>", "center"), p(id_line(person) or " ", "center")]


def signatures(left: tuple[str, Person, object], right: tuple[str, Person, object], place: str, width: float) -> Table:
    """Two signature columns side by side, top-aligned; each tuple is (role, person, date or None)."""
    cells = [signature(role, person, place, day, width / 2) for role, person, day in (left, right)]
    table = Table([cells], colWidths=[width / 2, width / 2], spaceBefore=5 * mm)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def section_title(text: str) -> Paragraph:
    return markup(f"<font name='{BOLD}'>{escape(text)}</font>", "body")

