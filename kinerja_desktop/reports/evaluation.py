"""EVALUASI KINERJA PEGAWAI (periodic or annual), on turned pages for its eight-column table."""

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from .base import Owner, OwnerInfo, content_width, render
from .chart import distribution_chart
from .model import EvaluationDoc
from .parts import GRID, SHADE, markup, p, people_table, period_line, signatures, title_block
from .skp import form_family_lines, heading
from .tables import hasil_kerja_table, perilaku_tables
from .trust import trust_block


def _verdict(label: str, value: str, width: float) -> Table:
    table = Table([[markup(f"<b>{label}</b>"), markup(f"<b>{value or '-'}</b>")]], colWidths=[width * 0.7, width * 0.3])
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, 0), SHADE)])
    return table


def _organisation_box(doc: EvaluationDoc, width: float) -> Table:
    rows = [[p("CAPAIAN KINERJA ORGANISASI", "head")], [markup(f"<b>{doc.org_predikat or '-'}</b>", "center")],
            [p("POLA DISTRIBUSI", "head")], [distribution_chart(doc.distribution, width - 6, 34 * mm)]]
    table = Table(rows, colWidths=[width])
    table.setStyle([("BOX", (0, 0), (-1, -1), 0.6, GRID), ("LINEBELOW", (0, 0), (-1, 2), 0.5, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("BACKGROUND", (0, 2), (-1, 2), SHADE)])
    return table


def evaluation_flowables(doc: EvaluationDoc) -> list:
    skp = doc.skp
    width = content_width(skp.head.paper, landscape=True)
    left = width * 0.68
    top = Table([[people_table(skp.pegawai, skp.penilai, left - 4 * mm), _organisation_box(doc, width - left)]],
                colWidths=[left, width - left])
    top.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    title = "\n".join(["EVALUASI KINERJA PEGAWAI", *form_family_lines(skp.jpt, skp.approach),
                       f"PERIODE: {doc.period_label}"])
    head, tail = perilaku_tables(skp.values, width, evaluation=True)
    story = [Owner(OwnerInfo(skp.pegawai.nama, skp.pegawai.nip, draft=not doc.final)),
             title_block(skp.head, title, width), Spacer(1, 3 * mm), period_line(skp.head, doc.period_text, width),
             Spacer(1, 1 * mm), top, Spacer(1, 3 * mm), *heading("HASIL KERJA"),
             hasil_kerja_table(skp, width, evaluation=True),
             _verdict("RATING HASIL KERJA", doc.rating_hasil, width), Spacer(1, 4 * mm),
             *heading("PERILAKU KERJA"), head]
    closing = [tail, _verdict("RATING PERILAKU KERJA", doc.rating_perilaku, width),
               _verdict("PREDIKAT KINERJA PEGAWAI", doc.predikat, width)]
    if doc.catatan:
        closing += [Spacer(1, 2 * mm), p(f"Catatan/rekomendasi: {doc.catatan}", "body")]
    closing.append(signatures(("PEGAWAI YANG DINILAI", skp.pegawai, doc.signed_on),
                              ("PEJABAT PENILAI KINERJA", skp.penilai, doc.signed_on), skp.head.place, width))
    story.append(KeepTogether(closing))
    if doc.final:
        story.append(KeepTogether([Spacer(1, 4 * mm), trust_block(doc.seal_hash, doc.statement, width)]))
    return story


def build_evaluation(doc: EvaluationDoc) -> bytes:
    return render(evaluation_flowables(doc), doc.skp.head.paper,
                  f"Evaluasi Kinerja {doc.period_label} {doc.skp.year} - {doc.skp.pegawai.nama}", landscape=True)
