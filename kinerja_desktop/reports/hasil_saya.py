"""HASIL PENILAIAN KINERJA SAYA: one page an employee can understand: the two ratings, the matrix
cell they meet in, the penilai's feedback, the masukan summary (anonymity kept), what follows."""

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table

from ..domain.dates import format_tanggal
from ..domain.masukan import KIND_TITLES
from ..domain.numbers import format_number
from ..domain.ratings import Rating, predikat_pegawai
from .base import Owner, OwnerInfo, content_width
from .evaluation import evaluation_flowables
from .model import HasilSayaDoc
from .parts import GRID, SHADE, markup, nip_text, p, title_block
from .skp import heading

HIGHLIGHT = (0.99, 0.87, 0.45)


def _matrix(hasil: str, perilaku: str, width: float) -> Table:
    """The 3 x 3 matrix of PermenPANRB 6/2022 with the employee's cell marked."""
    order = (Rating.DI_BAWAH, Rating.SESUAI, Rating.DI_ATAS)
    rows = [[p("Hasil kerja \u2193 / Perilaku kerja \u2192", "head")] + [p(r.value, "head") for r in order]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
             ("BACKGROUND", (0, 0), (0, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, h in enumerate(reversed(order), start=1):
        rows.append([p(h.value, "head")] + [p(predikat_pegawai(h, b).value, "center") for b in order])
        for c, b in enumerate(order, start=1):
            if h.value == hasil and b.value == perilaku:
                style.append(("BACKGROUND", (c, r), (c, r), HIGHLIGHT))
    table = Table(rows, colWidths=[width * 0.28] + [width * 0.24] * 3)
    table.setStyle(style)
    return table


def _heading(text: str) -> list:
    return [Spacer(1, 3 * mm), *heading(text)]


def hasil_saya_flowables(doc: HasilSayaDoc) -> list:
    ev, skp = doc.evaluation, doc.evaluation.skp
    width = content_width(skp.head.paper)
    who = skp.pegawai
    about = Table([[p("Nama"), p(who.nama)], [p("NIP"), p(nip_text(who.nip))], [p("Jabatan"), p(who.jabatan or "-")],
                   [p("Unit kerja"), p(who.unit or "-")], [p("Periode"), p(f"{ev.period_label} {skp.year} ({ev.period_text})")],
                   [p("Pejabat penilai"), p(skp.penilai.nama or "-")]], colWidths=[32 * mm, width - 32 * mm])
    about.setStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, -1), SHADE)])
    story = [Owner(OwnerInfo(who.nama, who.nip, draft=not ev.final)),
             title_block(skp.head, "HASIL PENILAIAN KINERJA SAYA", width), p(skp.head.instansi.upper(), "center"),
             Spacer(1, 3 * mm), about, *_heading("HASIL DAN ALASANNYA")]
    if ev.predikat:
        story += [markup(f"Rating hasil kerja <b>{ev.rating_hasil}</b> dan rating perilaku kerja "
                         f"<b>{ev.rating_perilaku}</b> bertemu pada predikat <b>{ev.predikat}</b> (matriks "
                         "PermenPANRB 6/2022, kotak berwarna):", "body"), Spacer(1, 2 * mm),
                  _matrix(ev.rating_hasil, ev.rating_perilaku, width * 0.8)]
    else:
        story.append(p("Evaluasi ini belum selesai dinilai.", "body"))
    feedback = [(r.text, r.feedback) for r in skp.utama + skp.tambahan if r.feedback]
    feedback += [(v.name, v.feedback) for v in skp.values if v.feedback]
    story += _heading("UMPAN BALIK PEJABAT PENILAI")
    story += [markup(f"<b>{t}</b>: {f}", "item") for t, f in feedback] or [p("-", "body")]
    if ev.catatan:
        story.append(p(f"Catatan/rekomendasi: {ev.catatan}", "body"))
    story += _heading("MASUKAN DARI DIRI SENDIRI, REKAN, BAWAHAN DAN MASYARAKAT")
    shown = [s for s in doc.masukan.values() if s.responden]
    if not shown:
        story.append(p("Belum ada masukan untuk periode ini.", "body"))
    for s in shown:
        kind = s.kind
        if s.hidden:
            text = f"{s.responden} responden: belum ditampilkan (kurang dari 3, agar pengisi tetap tanpa nama)."
        else:
            text = f"{s.responden} responden; rata-rata (1-4): " + "; ".join(
                f"{name} {format_number(mean, decimals=2, fixed=True)}" for name, mean in s.means.items())
        story.append(markup(f"<b>{KIND_TITLES[kind]}</b>: {text}", "item"))
    story += _heading("SELANJUTNYA")
    story += [p(f"- {line}", "item") for line in doc.follow_up]
    if doc.plan is not None and doc.plan.items:
        state = "disetujui" if doc.plan.status == "disetujui" else "usulan, belum disetujui"
        story.append(p(f"Rencana pengembangan kompetensi Anda ({state}, {doc.plan.jp} JP):", "body"))
        story += [p(f"- {item.training or '-'} ({item.jp} JP): {item.reason}", "item") for item in doc.plan.items]
        if doc.plan.pembinaan and doc.plan.review_on:
            story.append(p(f"Pembinaan kinerja ditinjau pada {format_tanggal(doc.plan.review_on)}.", "item"))
    story.append(Spacer(1, 2 * mm))
    story.append(p("Nilai diputuskan pejabat penilai; masukan adalah bahan pertimbangan. Bila Anda tidak setuju, Anda "
                   "dapat mengajukan keberatan dalam 14 hari sejak menerima hasil ini.", "small"))
    return story


def ringkasan_masukan_flowables(doc: HasilSayaDoc, *, landscape: bool = False, owner: bool = True) -> list:
    """RINGKASAN MASUKAN: the page the penilai reads beside the Evaluasi Kinerja: per kind the
    respondents, the mean of each value and the comments without author, hidden under three.
    Appended to an Evaluasi Kinerja it is turned like it and belongs to the same owner."""
    ev, skp = doc.evaluation, doc.evaluation.skp
    width = content_width(skp.head.paper, landscape=landscape)
    values = list(next((s.means for s in doc.masukan.values() if s.means), {}))
    rows = [[p("JENIS", "head"), p("N", "head")] + [p(str(n), "head") for n in range(1, len(values) + 1)]]
    for kind, s in doc.masukan.items():
        cells = ([p(format_number(s.means[v], decimals=2, fixed=True), "center") for v in values] if s.means
                 else [p("disembunyikan" if s.hidden and s.responden else "-", "center")] + [""] * (len(values) - 1))
        rows.append([p(KIND_TITLES[kind]), p(str(s.responden), "center")] + cells)
    table = Table(rows, colWidths=[48 * mm, 12 * mm] + [(width - 60 * mm) / max(1, len(values))] * len(values))
    style = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("SPAN", (2, r), (-1, r)) for r, s in enumerate(doc.masukan.values(), start=1) if not s.means and values]
    table.setStyle(style)
    story = [Owner(OwnerInfo(skp.pegawai.nama, skp.pegawai.nip, draft=False))] if owner else []
    story += [title_block(skp.head, f"RINGKASAN MASUKAN\n{ev.period_label} {skp.year}", width),
             p(skp.head.instansi.upper(), "center"), Spacer(1, 3 * mm),
             p(f"Tentang: {skp.pegawai.nama} ({nip_text(skp.pegawai.nip)}), {skp.pegawai.jabatan}. Skala 1 Tidak pernah, "
               "2 Kadang-kadang, 3 Sering, 4 Selalu. Hasil rekan, bawahan dan masyarakat ditampilkan bila sedikitnya tiga "
               "orang mengisi; komentar tanpa nama, urutannya diacak.", "body"), Spacer(1, 3 * mm), table,
             p("N: jumlah responden. " + ", ".join(f"{n} {v}" for n, v in enumerate(values, start=1)), "small")]
    for kind, s in doc.masukan.items():
        if s.comments:
            story += _heading(f"KOMENTAR: {KIND_TITLES[kind].upper()}")
            story += [p(f"- {c}", "item") for c in s.comments]
    story += [Spacer(1, 3 * mm), p("Masukan adalah bahan pertimbangan pejabat penilai; ia tidak mengubah rating.", "small")]
    return story


def evaluasi_with_masukan_flowables(doc: HasilSayaDoc) -> list:
    """The Evaluasi Kinerja followed by its Ringkasan Masukan page, in one document."""
    return evaluation_flowables(doc.evaluation) + [PageBreak()] + ringkasan_masukan_flowables(
        doc, landscape=True, owner=False)
