"""The masukan questionnaire: one page per respondent, whom it is about, the seven BerAKHLAK
values with the 1-4 scale to tick, a comment box, and the one-use code with its QR code."""

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from ..domain.berakhlak import core_values
from ..domain.masukan import KIND_TITLES, SCALE, Kind, shown_code
from .base import Owner, OwnerInfo, content_width
from .model import Letterhead
from .parts import GRID, SHADE, markup, p, title_block
from .trust import QrCode

INTRO = {
    Kind.DIRI: "Nilailah diri Anda sendiri dengan jujur: seberapa sering Anda menunjukkan perilaku berikut?",
    Kind.REKAN: "Seberapa sering rekan kerja Anda ini menunjukkan perilaku berikut? Jawaban Anda tanpa nama.",
    Kind.BAWAHAN: "Seberapa sering atasan Anda ini menunjukkan perilaku berikut? Jawaban Anda tanpa nama.",
    Kind.MASYARAKAT: "Seberapa sering petugas yang melayani Anda menunjukkan perilaku berikut? Jawaban Anda tanpa nama.",
}
PRIVACY = ("Kuesioner ini tidak mencatat nama pengisi. Hasilnya ditunjukkan kepada pejabat penilai hanya bila sedikitnya "
           "tiga orang mengisi (kecuali penilaian diri), sebagai bahan pertimbangan; tidak mengubah nilai secara otomatis.")


def form_flowables(head: Letterhead, form) -> list:
    """One questionnaire; ``form`` is a services.masukan.Form."""
    width = content_width(head.paper)
    who = form.subject
    title = f"KUESIONER MASUKAN PERILAKU KERJA (BerAKHLAK)\n{KIND_TITLES[form.kind].upper()}"
    about = Table([[p("Tentang"), p(who.nama)], [p("Jabatan"), p(who.jabatan or "-")], [p("Unit kerja"), p(who.unit or "-")],
                   [p("Periode"), p(f"{form.period.label} {form.period.year}")]], colWidths=[30 * mm, width - 30 * mm])
    about.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, -1), SHADE)])
    rows = [[p("NO", "head"), p("NILAI DAN PERILAKU", "head")] + [p(f"{n}\n{label}", "head") for n, label in SCALE.items()]]
    for value in core_values():
        rows.append([p(str(value.number)), markup(f"<b>{value.name}</b><br/>{'; '.join(value.guides)}"),
                     *[markup("<font size='14'>\u25a1</font>", "center") for _ in SCALE]])
    box = 21 * mm
    values = Table(rows, colWidths=[9 * mm, width - 9 * mm - 4 * box] + [box] * 4, repeatRows=1)
    values.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    comment = Table([[p("Komentar atau saran (tanpa nama):")], [""]], colWidths=[width], rowHeights=[None, 32 * mm])
    comment.setStyle([("BOX", (0, 0), (-1, -1), 0.5, GRID)])
    code = Table([[QrCode(form.code, 22 * mm), [markup(f"Kode kuesioner: <b>{shown_code(form.code)}</b>", "body"),
                                                p("Satu kode untuk satu pengisi. Kembalikan lembar ini kepada petugas; "
                                                  "jawaban diketik dengan kode ini.", "small")]]],
                 colWidths=[26 * mm, width - 26 * mm])
    code.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [Owner(OwnerInfo(who.nama, "", draft=False, label=f"Kuesioner {shown_code(form.code)}")),
            title_block(head, title, width), Spacer(1, 3 * mm), p(head.instansi.upper(), "bold"), Spacer(1, 2 * mm),
            about, Spacer(1, 3 * mm), p(INTRO[form.kind], "body"), Spacer(1, 2 * mm), values, Spacer(1, 3 * mm),
            comment, Spacer(1, 3 * mm), code, Spacer(1, 2 * mm), p(PRIVACY, "small")]
