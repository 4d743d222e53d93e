"""SASARAN KINERJA PEGAWAI (JPT or Administrasi/Fungsional, kuantitatif or kualitatif) and its LAMPIRAN."""

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from ..domain.lampiran import LAMPIRAN_TITLES
from .base import Owner, OwnerInfo, content_width, render
from .model import SkpDoc
from .parts import p, people_table, period_line, section_title, signatures, title_block
from .tables import hasil_kerja_table, perilaku_tables

HEADING_ROOM = 35 * mm  # a heading with less than this below it starts the next page instead


def form_family_lines(jpt: bool, approach: str) -> list[str]:
    """The title lines under the form's name, as the lampiran of PermenPANRB 6/2022 writes them."""
    if jpt:
        return ["BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"]
    return [f"PENDEKATAN HASIL KERJA {approach.upper()}", "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"]


def skp_title(doc: SkpDoc) -> str:
    return "\n".join(["SASARAN KINERJA PEGAWAI", *form_family_lines(doc.jpt, doc.approach)])


def heading(text: str) -> list:
    """A section heading that never stands alone at the foot of a page."""
    return [CondPageBreak(HEADING_ROOM), section_title(text), Spacer(1, 1 * mm)]


def _opening(doc: SkpDoc, title: str, width: float) -> list:
    return [Owner(OwnerInfo(doc.pegawai.nama, doc.pegawai.nip, draft=doc.draft)), title_block(doc.head, title, width),
            Spacer(1, 3 * mm), period_line(doc.head, doc.period_text, width), Spacer(1, 1 * mm),
            people_table(doc.pegawai, doc.penilai, width), Spacer(1, 3 * mm)]


def _signatures(doc: SkpDoc, width: float):
    return signatures(("PEGAWAI YANG DINILAI", doc.pegawai, doc.signed_on),
                      ("PEJABAT PENILAI KINERJA", doc.penilai, doc.signed_on), doc.head.place, width)


def skp_flowables(doc: SkpDoc) -> list:
    width = content_width(doc.head.paper)
    head, tail = perilaku_tables(doc.values, width)
    return _opening(doc, skp_title(doc), width) + heading("HASIL KERJA") + [
        hasil_kerja_table(doc, width), Spacer(1, 4 * mm)] + heading("PERILAKU KERJA") + [
        head, KeepTogether([tail, _signatures(doc, width)])]


def _items(items: tuple[str, ...]) -> list:
    """Numbered items with a hanging indent: a second line starts under the text, not the number."""
    return [p(f"{n}.\u00a0{text}", "item") for n, text in enumerate(items, start=1)] or [p("-", "body")]


def lampiran_flowables(doc: SkpDoc) -> list:
    width = content_width(doc.head.paper)
    story = _opening(doc, "LAMPIRAN SASARAN KINERJA PEGAWAI", width)
    sections = list(LAMPIRAN_TITLES.items())
    for key, title in sections[:-1]:
        story += heading(title) + _items(doc.lampiran.get(key, ())) + [Spacer(1, 3 * mm)]
    key, title = sections[-1]
    return story + [KeepTogether([section_title(title), Spacer(1, 1 * mm), *_items(doc.lampiran.get(key, ())),
                                  _signatures(doc, width)])]


def build_skp(doc: SkpDoc) -> bytes:
    return render(skp_flowables(doc), doc.head.paper, f"SKP {doc.year} - {doc.pegawai.nama}")


def build_lampiran(doc: SkpDoc) -> bytes:
    return render(lampiran_flowables(doc), doc.head.paper, f"Lampiran SKP {doc.year} - {doc.pegawai.nama}")
