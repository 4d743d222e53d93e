"""Printed pages of the follow-up: the Rencana Pengembangan Kompetensi, the talent box of a unit,
the angka kredit conversion sheet of a fungsional, the training-needs recap, and a penilai's
reminder list of who is missing what."""

from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from ..domain.dates import format_tanggal
from ..domain.follow_up import BOX_ADVICE, MIN_JP, MISSING, Kinerja, Potensi
from ..domain.numbers import format_number
from .base import Owner, OwnerInfo, content_width
from .model import Letterhead, Person
from .parts import SHADE, grid_style, markup, nip_text, p, people_table, signatures, title_block

REASONS = {"perilaku": "Perilaku kerja", "rhk": "Hasil kerja", "catatan": "Catatan penilai",
           "pembinaan": "Pembinaan", "lain": "Lainnya"}


def plan_flowables(head: Letterhead, plan, pegawai: Person, penilai: Person) -> list:
    """RENCANA PENGEMBANGAN KOMPETENSI: one page. ``plan`` is services.follow_up.plans.Plan."""
    width = content_width(head.paper)
    rows = [[p("NO", "head"), p("DASAR", "head"), p("ALASAN", "head"), p("PENGEMBANGAN (PELATIHAN)", "head"),
             p("JP", "head")]]
    for n, item in enumerate(plan.items, start=1):
        rows.append([p(str(n)), p(REASONS.get(item.reason_kind, item.reason_kind)), p(item.reason),
                     p(item.training or "-"), p(str(item.jp), "center")])
    rows.append(["", "", p("JUMLAH", "bold"), "", p(str(plan.jp), "center")])
    table = Table(rows, colWidths=[9 * mm, 26 * mm, width * 0.42, width - 53 * mm - width * 0.42, 18 * mm], repeatRows=1)
    table.setStyle(grid_style() + [("SPAN", (2, -1), (3, -1))])
    status = {"baru": "USULAN (belum disimpan)", "usulan": "USULAN", "disetujui": "DISETUJUI"}[plan.status]
    story = [Owner(OwnerInfo(pegawai.nama, pegawai.nip, draft=plan.status != "disetujui")),
             title_block(head, f"RENCANA PENGEMBANGAN KOMPETENSI\nTAHUN {plan.year + 1}", width),
             p(head.instansi.upper(), "center"), Spacer(1, 3 * mm), people_table(pegawai, penilai, width), Spacer(1, 3 * mm),
             markup(f"Dasar: hasil evaluasi kinerja {escape(plan.basis.lower() if plan.basis != 'TAHUNAN' else 'tahunan')} "
                    f"{plan.year}, predikat <b>{escape(plan.predikat or '-')}</b>. Status rencana: {status}.", "body"),
             Spacer(1, 2 * mm), table, Spacer(1, 2 * mm),
             p(f"Setiap ASN berhak atas pengembangan kompetensi sedikitnya {MIN_JP} JP setahun.", "small")]
    if plan.pembinaan:
        review = format_tanggal(plan.review_on) if plan.review_on else "." * 20
        story += [Spacer(1, 2 * mm), markup(f"<b>Rencana pembinaan kinerja.</b> Atasan langsung membina pegawai ini dan "
                                            f"meninjau kemajuannya pada {review}.", "body")]
    if plan.note:
        story += [Spacer(1, 2 * mm), p(f"Catatan: {plan.note}", "body")]
    story.append(KeepTogether([signatures(("PEGAWAI YANG DINILAI", pegawai, plan.confirmed_on),
                                          ("PEJABAT PENILAI KINERJA", penilai, plan.confirmed_on), head.place, width)]))
    return story


KINERJA_ROWS = (Kinerja.DI_ATAS, Kinerja.SESUAI, Kinerja.DI_BAWAH)
POTENSI_COLUMNS = (Potensi.RENDAH, Potensi.MENENGAH, Potensi.TINGGI)


def talent_flowables(head: Letterhead, box, unit: str, boxes: dict) -> list:
    """The nine boxes of a unit with their counts and recommendations; the names per box when
    the reader may see them. ``boxes`` maps (kinerja, potensi) to the box number."""
    width = content_width(head.paper, landscape=True)
    cell_w = (width - 34 * mm) / 3
    rows = [[p("KINERJA \\ POTENSI", "head")] + [p(c.value.upper(), "head") for c in POTENSI_COLUMNS]]
    for kinerja in KINERJA_ROWS:
        cells = [p(kinerja.value.upper(), "head")]
        for potensi in POTENSI_COLUMNS:
            number = boxes[(kinerja, potensi)]
            cells.append(markup(f"<b>KOTAK {number}</b>: {box.counts[number]} pegawai<br/>"
                                f"<font size='7'>{escape(BOX_ADVICE[number])}</font>", "cell"))
        rows.append(cells)
    grid = Table(rows, colWidths=[34 * mm] + [cell_w] * 3, rowHeights=[None, 24 * mm, 24 * mm, 24 * mm])
    grid.setStyle(grid_style() + [("BACKGROUND", (0, 0), (0, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    story = [Owner(OwnerInfo(unit, "", draft=False, label=f"Kotak talenta {unit} {box.year}")),
             title_block(head, f"PEMETAAN KOTAK TALENTA\n{unit.upper()} TAHUN {box.year}", width),
             p(head.instansi.upper(), "center"), Spacer(1, 3 * mm),
             p("Kinerja dari predikat tahunan (Sangat Baik: di atas ekspektasi; Baik: sesuai; lainnya: di bawah) "
               "dan potensi dari asesmen (PermenPANRB 3/2020).", "body"), Spacer(1, 2 * mm), grid, Spacer(1, 2 * mm),
             p(f"Belum dipetakan: {box.without_result} tanpa predikat tahunan final, {box.without_potensi} tanpa data "
               "potensi.", "small")]
    if box.placed:
        story += [PageBreak(), p("DAFTAR PEGAWAI PER KOTAK (RAHASIA, UNTUK BKPSDM)", "title"), Spacer(1, 2 * mm)]
        listing = [[p("KOTAK", "head"), p("NAMA", "head"), p("NIP", "head"), p("JABATAN", "head"), p("UNIT", "head"),
                    p("PREDIKAT", "head"), p("POTENSI", "head")]]
        for placed in sorted(box.placed, key=lambda x: (-x.kotak, x.person.nama)):
            person = placed.person
            listing.append([p(str(placed.kotak), "center"), p(person.nama), p(nip_text(person.nip)), p(person.jabatan),
                            p(person.unit), p(placed.predikat), p(placed.potensi.value)])
        table = Table(listing, colWidths=[14 * mm, 52 * mm, 42 * mm, width - 208 * mm, 50 * mm, 28 * mm, 22 * mm],
                      repeatRows=1)
        table.setStyle(grid_style())
        story.append(table)
    return story


def credit_flowables(head: Letterhead, row, pegawai: Person, penilai: Person) -> list:
    """KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT of one fungsional, for the dossier. ``row`` is
    services.follow_up.credit.CreditRow."""
    width = content_width(head.paper)
    year = row.year
    lines = [("Jenjang jabatan fungsional", row.jenjang or "-"),
             ("Koefisien per tahun", format_number(row.koefisien) if row.koefisien is not None else "-"),
             ("Predikat kinerja tahunan", row.result.predikat or "-"),
             ("Persentase", f"{row.persen} %" if row.persen else "-"),
             ("Masa penilaian", f"{row.bulan} bulan"),
             ("Angka kredit", format_number(row.angka_kredit, decimals=3, fixed=True) if row.angka_kredit is not None
              else "-")]
    table = Table([[p("NO", "head"), p("URAIAN", "head"), p("NILAI", "head")]] +
                  [[p(str(n)), p(label), p(value, "right" if n == len(lines) else "cell")]
                   for n, (label, value) in enumerate(lines, start=1)],
                  colWidths=[9 * mm, width * 0.55, width * 0.45 - 9 * mm])
    table.setStyle(grid_style())
    formula = (f"{format_number(row.koefisien)} x {row.persen} % x {row.bulan}/12 = "
               f"{format_number(row.angka_kredit, decimals=3, fixed=True)}") if row.angka_kredit is not None else row.why_not
    return [Owner(OwnerInfo(pegawai.nama, pegawai.nip, draft=row.angka_kredit is None)),
            title_block(head, f"KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT\nTAHUN {year}", width),
            p(head.instansi.upper(), "center"), Spacer(1, 3 * mm), people_table(pegawai, penilai, width),
            Spacer(1, 3 * mm), table, Spacer(1, 2 * mm), p(f"Perhitungan: {formula}", "body"),
            p("Koefisien tahunan per jenjang dan persentase per predikat menurut PermenPANRB 1/2023; untuk masa "
              "kurang dari setahun dihitung proporsional per bulan.", "small"),
            signatures(("PEGAWAI YANG DINILAI", pegawai, None), ("PEJABAT PENILAI KINERJA", penilai, None),
                       head.place, width)]


def needs_flowables(head: Letterhead, needs, unit: str) -> list:
    width = content_width(head.paper, landscape=True)
    planned = [[p("PERANGKAT DAERAH", "head"), p("PELATIHAN", "head"), p("JP", "head"), p("ORANG", "head"),
                p("JP x ORANG", "head")]]
    for n in needs.needs:
        planned.append([p(n.unit), p(n.training), p(str(n.jp), "center"), p(str(len(n.people)), "center"),
                        p(format_number(n.jp * len(n.people)), "center")])
    first = Table(planned, colWidths=[width * 0.35, width * 0.41, width * 0.06, width * 0.08, width * 0.1], repeatRows=1)
    first.setStyle(grid_style())
    short = [[p("PERANGKAT DAERAH", "head"), p("NAMA", "head"), p("NIP", "head"), p("JABATAN", "head"),
              p("JP TAHUN INI", "head")]]
    for s in needs.short:
        short.append([p(s.unit), p(s.person.nama), p(nip_text(s.person.nip)), p(s.person.jabatan), p(str(s.jp), "center")])
    second = Table(short, colWidths=[width * 0.3, width * 0.22, width * 0.16, width * 0.22, width * 0.1], repeatRows=1)
    second.setStyle(grid_style())
    return [Owner(OwnerInfo(unit, "", draft=False, label=f"Kebutuhan pelatihan {unit} {needs.year}")),
            title_block(head, f"REKAPITULASI KEBUTUHAN PENGEMBANGAN KOMPETENSI\n{unit.upper()} TAHUN {needs.year}", width),
            p(head.instansi.upper(), "center"), Spacer(1, 3 * mm),
            p(f"A. Pelatihan dalam rencana pengembangan ({len(needs.needs)} baris)", "bold"), Spacer(1, 1 * mm), first,
            Spacer(1, 4 * mm),
            p(f"B. Pegawai dengan pengembangan kompetensi kurang dari {MIN_JP} JP tahun {needs.year}: "
              f"{len(needs.short)} dari {needs.staff}", "bold"), Spacer(1, 1 * mm), second]


def reminder_flowables(head: Letterhead, tally, period, deadline) -> list:
    """A penilai's reminder: whom they still owe a plan or an evaluation, by the office's deadline."""
    width = content_width(head.paper)
    rows = [[p("NO", "head"), p("NAMA", "head"), p("NIP", "head"), p("JABATAN", "head"), p("YANG BELUM", "head")]]
    n = 0
    for key, people in tally.missing.items():
        for person in people:
            n += 1
            rows.append([p(str(n)), p(person.nama), p(nip_text(person.nip)), p(person.jabatan), p(MISSING[key])])
    table = Table(rows, colWidths=[9 * mm, width * 0.3, 40 * mm, width * 0.7 - 85 * mm, 36 * mm], repeatRows=1)
    table.setStyle(grid_style())
    return [Owner(OwnerInfo(tally.name, tally.nip, draft=False)),
            title_block(head, f"PENGINGAT EVALUASI KINERJA\n{period.label} {period.year}", width),
            p(head.instansi.upper(), "center"), Spacer(1, 3 * mm),
            markup(f"Kepada Yth. <b>{escape(tally.name)}</b>{' (NIP ' + nip_text(tally.nip) + ')' if tally.nip else ''}, "
                   f"pejabat penilai kinerja. Mohon diselesaikan paling lambat <b>{format_tanggal(deadline)}</b>:",
                   "body"), Spacer(1, 2 * mm), table, Spacer(1, 2 * mm),
            p(f"{tally.complete} dari {tally.staff} pegawai sudah lengkap. Pegawai yang sedang cuti di luar tanggungan "
              "negara, tugas belajar, diberhentikan sementara, pensiun atau pindah tidak dicantumkan.", "small")]
