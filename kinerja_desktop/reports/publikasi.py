"""The public table on paper (turned A4): per perangkat daerah, counts only."""

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from ..domain.numbers import format_number, format_percent
from ..domain.ratings import Predikat
from .base import Owner, OwnerInfo, content_width, render
from .model import Letterhead
from .parts import GRID, SHADE, p, title_block

SHORT = {"Sangat Baik": "SB", "Baik": "B", "Butuh Perbaikan": "BP", "Kurang/Misconduct": "K/M", "Sangat Kurang": "SK"}


def build_publication(head: Letterhead, pub, note: str) -> bytes:
    """``pub`` is a services.publikasi.Publication."""
    width = content_width(head.paper, landscape=True)
    rows = [[p(t, "head") for t in ("PERANGKAT DAERAH", "PEGAWAI", "FINAL", "SELESAI",
                                     *[SHORT[x.value] for x in Predikat], "CAPAIAN ORGANISASI", "IKM", "RESPONDEN SKM")]]
    for r in pub.rows:
        hidden = r.shown["final"] in ("<5", "*")
        ikm = f"{format_number(r.ikm, decimals=2, fixed=True)} ({r.ikm_mutu})" if r.ikm is not None else "-"
        rows.append([p(r.unit), p(str(r.staff)), p(r.shown["final"]), p("" if hidden else format_percent(r.completion)),
                     *[p(r.shown[x.value]) for x in Predikat], p(r.org_predikat), p(ikm), p(str(r.skm_responden))])
    fixed = [18 * mm, 14 * mm, 16 * mm] + [12 * mm] * 5 + [28 * mm, 24 * mm, 22 * mm]
    table = Table(rows, colWidths=[width - sum(fixed)] + fixed, repeatRows=1)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story = [Owner(OwnerInfo(pub.instansi, "", draft=False, label=f"Publikasi {pub.instansi} {pub.period_label}")),
             title_block(head, f"PUBLIKASI HASIL PENILAIAN KINERJA PEGAWAI\nPERIODE {pub.period_label}", width),
             p(head.instansi.upper(), "center"), Spacer(1, 4 * mm), table, Spacer(1, 3 * mm),
             p(f"SB Sangat Baik, B Baik, BP Butuh Perbaikan, K/M Kurang/Misconduct, SK Sangat Kurang. {note} "
               f"Dibuat {pub.made_on.isoformat()}.", "small")]
    return render(story, head.paper, f"Publikasi kinerja {pub.period_label}", landscape=True)
