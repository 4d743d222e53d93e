"""The masukan questionnaire: one page per respondent, whom it is about, the seven BerAKHLAK
values with the 1-4 scale to tick, a comment box, and the one-use code with its QR code; and the
officers' desk cards for the kiosk, four to a page."""

from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table

from ..domain.berakhlak import core_values
from ..domain.masukan import KIND_TITLES, SCALE, Kind, shown_code, shown_desk_code
from .base import BOLD, Owner, OwnerInfo, content_width, page_size, styles
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


CARD_HOW = ("Di layar kios survei, setelah menjawab survei, pilih <b>Nilai petugas</b> lalu ketik kode ini. "
            "Penilaian Anda tanpa nama dan hanya dibaca bila sedikitnya tiga orang mengisi.")


def desk_card_flowables(head: Letterhead, cards) -> list:
    """Desk cards, two by two on a page with cut lines: whom to rate and the six-digit code.
    ``cards`` are services.desk.DeskCard."""
    width = content_width(head.paper)
    height = (page_size(head.paper)[1] - 45 * mm) / 2
    big = ParagraphStyle("desk", parent=styles()["title"], fontName=BOLD, fontSize=30, leading=36)

    def card(c) -> list:
        who = c.subject
        return [p(head.instansi.upper(), "center"), Spacer(1, 4 * mm), p("NILAI PELAYANAN SAYA", "title"),
                Spacer(1, 4 * mm), p(who.nama, "title"), p(who.jabatan or "-", "center"), p(who.unit or "-", "center"),
                Spacer(1, 6 * mm), p("Kode petugas", "center"), Paragraph(shown_desk_code(c.code), big),
                Spacer(1, 5 * mm), markup(CARD_HOW, "center")]

    cells = [card(c) for c in cards]
    rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[width / 2] * 2, rowHeights=[height] * len(rows))
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID, None, (3, 3)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm)])
    return [Owner(OwnerInfo("", "", draft=False, label="Kartu kode petugas untuk kios survei")), table]
