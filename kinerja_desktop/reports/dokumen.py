"""Dokumen Evaluasi Kinerja Pegawai: the one-page summary signed by the employee and the penilai."""

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from .base import BOLD, FONT, Owner, OwnerInfo, content_width, render
from .model import EvaluationDoc, Person
from .parts import cell, emblem, grid_style, markup, p, person_fields, signatures
from .trust import trust_block


def _person_block(number: int, title: str, person: Person, width: float) -> list[list]:
    """Labels are plain strings (drawn directly, much cheaper than paragraphs); a value wraps
    only when it does not fit on one line of ``width``."""
    rows = [[str(number), title, "", ""]]
    for label, value in person_fields(person):
        rows.append(["", label, ":", cell(value or "-", width)])
    return rows


def flowables(doc: EvaluationDoc) -> list:
    skp, width = doc.skp, content_width(doc.skp.head.paper)
    head = skp.head
    story = [Owner(OwnerInfo(skp.pegawai.nama, skp.pegawai.nip, draft=not doc.final))]
    logo = emblem(head, 22 * mm)
    logo.hAlign = "CENTER"
    story += [logo, Spacer(1, 2 * mm), markup("<b>DOKUMEN EVALUASI KINERJA PEGAWAI</b>", "title"),
              markup(f"<b>PERIODE: {doc.period_label}</b>", "center"), p(head.instansi.upper(), "center"),
              p(f"PERIODE PENILAIAN: {doc.period_text}", "center"), Spacer(1, 5 * mm)]
    values = width - 64 * mm  # the width of the value column
    rows = (_person_block(1, "PEGAWAI YANG DINILAI", skp.pegawai, values)
            + _person_block(2, "PEJABAT PENILAI KINERJA", skp.penilai, values)
            + _person_block(3, "ATASAN PEJABAT PENILAI KINERJA", skp.atasan, values))
    rows += [["4", "EVALUASI KINERJA", "", ""],
             ["", "CAPAIAN KINERJA ORGANISASI", ":", doc.org_predikat or "-"],
             ["", "PREDIKAT KINERJA PEGAWAI", ":", doc.predikat or "-"],
             ["5", "CATATAN/REKOMENDASI", "", ""],
             ["", cell(doc.catatan or "-", width - 8 * mm), "", ""]]  # spans the three columns
    table = Table(rows, colWidths=[8 * mm, 52 * mm, 4 * mm, width - 64 * mm])
    style = [s for s in grid_style(0) if s[0] != "GRID"] + [
        ("BOX", (0, 0), (-1, -1), 0.7, (0, 0, 0)), ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("FONT", (3, len(rows) - 4), (3, len(rows) - 3), BOLD, 8)]
    for index, row in enumerate(rows):
        if row[0]:  # a numbered block title
            style += [("SPAN", (1, index), (3, index)), ("LINEABOVE", (0, index), (-1, index), 0.5, (0, 0, 0)),
                      ("FONT", (0, index), (-1, index), BOLD, 8)]
    style.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    table.setStyle(style)
    story += [table, signatures(("PEGAWAI YANG DINILAI", skp.pegawai, doc.signed_on),
                                ("PEJABAT PENILAI KINERJA", skp.penilai, doc.signed_on), head.place, width)]
    if doc.final:
        story += [Spacer(1, 6 * mm), trust_block(doc.seal_hash, doc.statement, width)]
    return story


def build_dokumen_evaluasi(doc: EvaluationDoc) -> bytes:
    return render(flowables(doc), doc.skp.head.paper, f"Dokumen Evaluasi Kinerja Pegawai - {doc.skp.pegawai.nama}")
