"""REKAPITULASI DAN PENETAPAN PREDIKAT KINERJA PEGAWAI of a unit for a period."""

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ..domain.numbers import format_percent
from ..domain.ratings import Predikat
from .base import Owner, OwnerInfo, content_width, render
from .chart import distribution_chart
from .model import RekapDoc
from .parts import GRID, SHADE, markup, nip_text, p, section_title, signature, title_block
from .skp import heading


def _summary(doc: RekapDoc, width: float) -> Table:
    total = sum(doc.counts.values())
    rows = [[p("PREDIKAT KINERJA PEGAWAI", "head"), p("JUMLAH", "head"), p("PERSEN", "head")]]
    for predikat in Predikat:
        count = doc.counts.get(predikat.value, 0)
        rows.append([p(predikat.value), p(str(count)), p(format_percent(100 * count / total) if total else "-")])
    rows.append([markup("<b>JUMLAH</b>"), markup(f"<b>{total}</b>"), p("")])
    table = Table(rows, colWidths=[width * 0.55, width * 0.2, width * 0.25])
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE)])
    return table


TAIL = 3  # staff rows kept on the page of the signature


def _staff(doc: RekapDoc, width: float, lines: slice, *, header: bool) -> Table:
    rows = [[p(t, "head") for t in ("NO", "NAMA", "NIP", "JABATAN", "PREDIKAT")]] if header else []
    numbered = list(enumerate(doc.staff, start=1))[lines]
    rows += [[str(n), p(s.nama), nip_text(s.nip), p(s.jabatan), s.predikat or "belum dinilai"] for n, s in numbered]
    table = Table(rows, colWidths=[10 * mm, width * 0.3, 38 * mm, None, 30 * mm],
                  repeatRows=1 if header else 0)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTSIZE", (0, 1 if header else 0), (-1, -1), 8)]
                   + ([("BACKGROUND", (0, 0), (-1, 0), SHADE)] if header else []))
    return table


def rekap_flowables(doc: RekapDoc) -> list:
    width = content_width(doc.head.paper)
    half = width / 2 - 3 * mm
    top = Table([[[p("CAPAIAN KINERJA ORGANISASI", "bold"), markup(f"<b>{doc.org_predikat or 'belum ditetapkan'}</b>"),
                   Spacer(1, 2 * mm), _summary(doc, half)],
                  [p("POLA DISTRIBUSI", "bold"), distribution_chart(doc.counts, half, 45 * mm)]]],
                colWidths=[width / 2, width / 2])
    top.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    story = [Owner(OwnerInfo(doc.unit, "", draft=doc.draft)),
             title_block(doc.head, f"REKAPITULASI DAN PENETAPAN PREDIKAT KINERJA PEGAWAI\n{doc.unit.upper()}", width),
             p(doc.head.instansi.upper(), "center"),
             p(f"PERIODE: {doc.period_label} {doc.year} ({doc.period_text})", "center"), Spacer(1, 4 * mm), top,
             Spacer(1, 3 * mm)]
    if doc.warnings:
        story += [section_title("CATATAN PEDOMAN DISTRIBUSI")] + [p(f"- {w}", "body") for w in doc.warnings]
        story.append(Spacer(1, 3 * mm))
    role = doc.leader.jabatan.upper() if doc.leader.jabatan else "PIMPINAN PERANGKAT DAERAH"
    leader = Table([["", signature(role, doc.leader, doc.head.place, doc.signed_on, width / 2)]],
                   colWidths=[width / 2, width / 2], spaceBefore=6 * mm)
    split = max(0, len(doc.staff) - TAIL)
    story += heading("DAFTAR PEGAWAI") + ([_staff(doc, width, slice(0, split), header=True)] if split else [])
    # the signature keeps the last rows with it: it never stands alone on a page
    return story + [KeepTogether([_staff(doc, width, slice(split, None), header=not split), leader])]


def build_rekap(doc: RekapDoc) -> bytes:
    return render(rekap_flowables(doc), doc.head.paper, f"Rekap predikat {doc.unit} {doc.period_label} {doc.year}")
