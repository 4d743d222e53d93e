"""SASARAN KINERJA PEGAWAI (JPT or Administrasi/Fungsional, kuantitatif or kualitatif) and its LAMPIRAN."""

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..domain.lampiran import LAMPIRAN_TITLES
from .base import Owner, OwnerInfo, content_width, render
from .model import SkpDoc
from .parts import p, people_table, period_line, section_title, signatures, title_block
from .tables import hasil_kerja_table, perilaku_table



def skp_title(doc: SkpDoc) -> str:
    family = "JABATAN PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" if doc.jpt else \
        "PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
    return f"SASARAN KINERJA PEGAWAI\n{family}\nPENDEKATAN {doc.approach.upper()}"


def _opening(doc: SkpDoc, title: str, width: float) -> list:
    return [Owner(OwnerInfo(doc.pegawai.nama, doc.pegawai.nip, draft=doc.draft)), title_block(doc.head, title, width),
            Spacer(1, 3 * mm), period_line(doc.head, doc.period_text, width), Spacer(1, 1 * mm),
            people_table(doc.pegawai, doc.penilai, width), Spacer(1, 3 * mm)]


def _signatures(doc: SkpDoc, width: float):
    return signatures(("PEGAWAI YANG DINILAI", doc.pegawai, None),
                      ("PEJABAT PENILAI KINERJA", doc.penilai, doc.signed_on), doc.head.place, width)


def skp_flowables(doc: SkpDoc) -> list:
    width = content_width(doc.head.paper)
    return _opening(doc, skp_title(doc), width) + [
        section_title("HASIL KERJA"), Spacer(1, 1 * mm), hasil_kerja_table(doc, width), Spacer(1, 4 * mm),
        section_title("PERILAKU KERJA"), Spacer(1, 1 * mm), perilaku_table(doc.values, width),
        _signatures(doc, width)]


def lampiran_flowables(doc: SkpDoc) -> list:
    width = content_width(doc.head.paper)
    story = _opening(doc, "LAMPIRAN SASARAN KINERJA PEGAWAI", width)
    for key, title in LAMPIRAN_TITLES.items():
        story += [section_title(title), Spacer(1, 1 * mm)]
        items = doc.lampiran.get(key, ())
        story += [p(f"{n}. {text}", "body") for n, text in enumerate(items, start=1)] or [p("-", "body")]
        story.append(Spacer(1, 3 * mm))
    return story + [_signatures(doc, width)]


def build_skp(doc: SkpDoc) -> bytes:
    return render(skp_flowables(doc), doc.head.paper, f"SKP {doc.year} - {doc.pegawai.nama}")


def build_lampiran(doc: SkpDoc) -> bytes:
    return render(lampiran_flowables(doc), doc.head.paper, f"Lampiran SKP {doc.year} - {doc.pegawai.nama}")
