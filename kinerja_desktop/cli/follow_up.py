"""What follows a result: pengembangan (training records, needs, plans, catalogue), talenta,
angka-kredit, kepatuhan, status, presensi, disiplin, siasn."""

import csv
import io
import json
from datetime import date
from pathlib import Path

from ..domain.follow_up import BOX_ADVICE, Status
from ..domain.numbers import format_number
from ..errors import UserError
from ..files import write_atomically
from ..services.context import cli_actor
from .common import open_db, out, parse_date



def _unit_year(p, *, period: bool = False) -> None:
    p.add_argument("--year", type=int, required=True)
    if period:
        p.add_argument("--period", help="TW1-TW4, S1-S2, 1-12; kosong = tahunan")
    p.add_argument("--unit", metavar="CODE", help="kode SIASN atau nama unit (beserta sub-unitnya); kosong = semua")


def _importer(sub, name: str, help_text: str, handler, **extra) -> None:
    p = sub.add_parser(name, help=help_text)
    p.add_argument("file", type=Path)
    for flag, options in extra.items():
        p.add_argument(f"--{flag}", **options)
    p.set_defaults(handler=handler)


def register(commands) -> None:
    p = commands.add_parser("pengembangan", help="diklat, kebutuhan pelatihan, rencana pengembangan, katalog")
    sub = p.add_subparsers(dest="pengembangan_command", required=True,
                           metavar="diklat|kebutuhan|usulkan|rencana|katalog")
    diklat = sub.add_parser("diklat", help="riwayat pelatihan (JP)").add_subparsers(
        dest="diklat_command", required=True, metavar="impor")
    _importer(diklat, "impor", "impor NIP, NAMA PELATIHAN, JP, TANGGAL MULAI, TANGGAL SELESAI (semua atau tidak sama sekali)",
              cmd_training_import)
    needs = sub.add_parser("kebutuhan", help="rekap kebutuhan pelatihan per unit dan pegawai di bawah 20 JP")
    _unit_year(needs)
    needs.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv|OUT.xlsx|OUT.pdf")
    needs.set_defaults(handler=cmd_needs)
    propose = sub.add_parser("usulkan", help="simpan usulan rencana pengembangan semua pegawai yang hasilnya sudah final")
    _unit_year(propose)
    propose.set_defaults(handler=cmd_propose_all)
    plan = sub.add_parser("rencana", help="rencana pengembangan seorang pegawai (tersimpan, atau usulan dari hasilnya)")
    plan.add_argument("--nip", required=True)
    plan.add_argument("--year", type=int, required=True, help="tahun hasil evaluasi yang menjadi dasar")
    plan.add_argument("--json", action="store_true")
    plan.add_argument("-o", "--output", type=Path, metavar="OUT.pdf")
    plan.set_defaults(handler=cmd_plan)
    catalogue = sub.add_parser("katalog", help="katalog pelatihan BKPSDM").add_subparsers(
        dest="katalog_command", required=True, metavar="daftar|impor")
    catalogue.add_parser("daftar", help="pelatihan di katalog dan JP-nya").set_defaults(handler=cmd_catalogue)
    _importer(catalogue, "impor", "impor NAMA PELATIHAN, JP, JENIS, NILAI (1-7), HASIL (ya/tidak)", cmd_catalogue_import)

    t = commands.add_parser("talenta", help="kotak talenta (PermenPANRB 3/2020): kinerja x potensi")
    tsub = t.add_subparsers(dest="talenta_command", required=True, metavar="potensi|kotak")
    potensi = tsub.add_parser("potensi", help="potensi dari asesmen").add_subparsers(
        dest="potensi_command", required=True, metavar="impor")
    _importer(potensi, "impor", "impor NIP, POTENSI (rendah/menengah/tinggi), SUMBER", cmd_potensi_import,
              year={"type": int, "default": date.today().year, "help": "tahun asesmen; bawaan: tahun ini"})
    k = tsub.add_parser("kotak", help="sembilan kotak talenta per pegawai")
    _unit_year(k)
    k.add_argument("--json", action="store_true")
    k.add_argument("-o", "--output", type=Path, metavar="OUT.pdf")
    k.set_defaults(handler=cmd_talent_box)

    a = commands.add_parser("angka-kredit", help="konversi predikat ke angka kredit pejabat fungsional")
    _unit_year(a)
    a.add_argument("--json", action="store_true")
    a.add_argument("-o", "--output", type=Path, metavar="OUT.csv|OUT.pdf")
    a.set_defaults(handler=cmd_credit)

    c = commands.add_parser("kepatuhan", help="siapa yang belum punya SKP disetujui, evaluasi, evaluasi final")
    _unit_year(c, period=True)
    c.add_argument("--json", action="store_true")
    c.add_argument("--pengingat", type=Path, metavar="OUT.pdf", help="cetak daftar pengingat per pejabat penilai")
    c.set_defaults(handler=cmd_compliance)

    s = commands.add_parser("status", help="masa cuti di luar tanggungan negara, tugas belajar, pensiun, pindah, ...")
    ssub = s.add_subparsers(dest="status_command", required=True, metavar="tambah|daftar|hapus")
    add = ssub.add_parser("tambah", help="catat satu masa status pegawai")
    add.add_argument("--nip", required=True)
    add.add_argument("--status", required=True, choices=[k.value for k in Status])
    add.add_argument("--mulai", type=parse_date, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--selesai", type=parse_date, metavar="YYYY-MM-DD")
    add.add_argument("--catatan", default="")
    add.set_defaults(handler=cmd_status_add)
    listing = ssub.add_parser("daftar", help="masa status seorang pegawai")
    listing.add_argument("--nip", required=True)
    listing.set_defaults(handler=cmd_status_list)
    remove = ssub.add_parser("hapus", help="hapus satu masa status (nomornya dari status daftar)")
    remove.add_argument("id", type=int)
    remove.set_defaults(handler=cmd_status_remove)

    g = commands.add_parser("siasn", help="hasil final dalam bentuk rekaman SIASN (skp22, kinerjaperiodik)")
    gsub = g.add_subparsers(dest="siasn_command", required=True, metavar="ekspor|kode")
    x = gsub.add_parser("ekspor", help="tulis skp22.jsonl atau kinerjaperiodik.jsonl, CSV-nya, dan yang tidak terkirim")
    x.add_argument("--year", type=int, required=True)
    x.add_argument("--period", help="TW1-TW4, S1-S2, 1-12; kosong = tahunan (skp22)")
    x.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    x.set_defaults(handler=cmd_siasn_export)
    codes = gsub.add_parser("kode", help="kode referensi SIASN (dapat diubah)")
    codes.add_argument("--set", nargs=3, metavar=("KATEGORI", "KUNCI", "KODE"), help="ubah satu kode")
    codes.set_defaults(handler=cmd_siasn_codes)

    for name, help_text, handler in (
            ("presensi", "rekap presensi bulanan: NIP, BULAN, HARI KERJA, HADIR, TERLAMBAT, TANPA KETERANGAN",
             cmd_attendance_import),
            ("disiplin", "register hukuman disiplin: NIP, JENIS HUKUMAN, NOMOR SK, TMT, SAMPAI", cmd_sanction_import)):
        q = commands.add_parser(name, help=help_text)
        _importer(q.add_subparsers(dest=f"{name}_command", required=True, metavar="impor"), "impor", help_text, handler)


def _imported(done, what: str) -> int:
    out(f"{what} dari {done.source}: {done.added} baru, {done.updated} diperbarui.")
    return 0


def cmd_training_import(args) -> int:
    from ..services.follow_up.imports import import_training

    return _imported(import_training(open_db(args), cli_actor(), args.file), "Riwayat pelatihan")


def cmd_potensi_import(args) -> int:
    from ..services.follow_up.imports import import_potensi

    return _imported(import_potensi(open_db(args), cli_actor(), args.file, year=args.year), f"Potensi {args.year}")


def cmd_attendance_import(args) -> int:
    from ..services.follow_up.imports import import_attendance

    return _imported(import_attendance(open_db(args), cli_actor(), args.file), "Rekap presensi")


def cmd_sanction_import(args) -> int:
    from ..services.follow_up.imports import import_sanctions

    return _imported(import_sanctions(open_db(args), cli_actor(), args.file), "Hukuman disiplin")


def cmd_talent_box(args) -> int:
    from ..services.follow_up.talent import talent_box

    db = open_db(args)
    if args.output:  # the printed box reads the same data itself
        from ..services.printing.follow_up import talent_pdf

        out(str(write_atomically(talent_pdf(db, cli_actor(), year=args.year, unit=args.unit), args.output)))
        return 0
    box = talent_box(db, cli_actor(), year=args.year, unit=args.unit)
    if args.json:
        out(json.dumps([p.as_json() for p in box.placed], ensure_ascii=False))
        return 0
    for number in (7, 8, 9, 4, 5, 6, 1, 2, 3):
        out(f"Kotak {number}: {box.counts[number]} pegawai. {BOX_ADVICE[number]}")
    out(f"Tanpa predikat tahunan final: {box.without_result}; tanpa potensi: {box.without_potensi}.")
    return 0


CREDIT_COLUMNS = ("NIP", "NAMA", "JABATAN", "JENJANG", "KOEFISIEN", "PREDIKAT", "PERSEN", "BULAN", "ANGKA KREDIT",
                  "KETERANGAN")


def cmd_credit(args) -> int:
    from ..services.follow_up.credit import credit_rows

    db = open_db(args)
    if args.output and args.output.suffix.lower() == ".pdf":
        from ..services.printing.follow_up import credit_pdf

        out(str(write_atomically(credit_pdf(db, cli_actor(), year=args.year, unit=args.unit), args.output)))
        return 0
    rows = credit_rows(db, cli_actor(), year=args.year, unit=args.unit)
    if args.output:
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";", lineterminator="\n")
        writer.writerow(CREDIT_COLUMNS)
        for r in rows:
            j = r.as_json()
            writer.writerow([j["nip"], j["nama"], j["jabatan"], j["jenjang"] or "",
                             format_number(r.koefisien) if r.koefisien is not None else "", j["predikat"] or "",
                             j["persen"] or "", j["bulan"],
                             format_number(r.angka_kredit, decimals=3, fixed=True) if r.angka_kredit is not None else "",
                             j["keterangan"]])
        out(str(write_atomically(text.getvalue().encode("utf-8-sig"), args.output)))
        return 0
    if args.json:
        out(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return 0
    for r in rows:
        j = r.as_json()
        value = format_number(r.angka_kredit, decimals=3, fixed=True) if r.angka_kredit is not None else "-"
        out(f"{j['nip']}  {j['nama'][:30]:<30} {j['jenjang'] or '-':<13} {j['predikat'] or '-':<17} "
            f"{j['bulan']:>2} bln  {value:>8}  {j['keterangan']}")
    return 0


def cmd_compliance(args) -> int:
    from ..domain.dates import format_tanggal
    from ..services.follow_up.compliance import MISSING, compliance

    db = open_db(args)
    result = compliance(db, cli_actor(), year=args.year, period=args.period, unit=args.unit)
    if args.pengingat:
        from ..services.printing.follow_up import reminders_pdf

        pdf, count = reminders_pdf(db, cli_actor(), year=args.year, period=args.period, unit=args.unit)
        out(f"Pengingat untuk {count} pejabat penilai: {write_atomically(pdf, args.pengingat)}")
        return 0
    if args.json:
        out(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    out(f"Kepatuhan {result.period.label} {result.period.year}; tenggat {format_tanggal(result.deadline)}")
    for tally in result.units:
        gaps = ", ".join(f"{MISSING[k]} {len(v)}" for k, v in tally.missing.items() if v) or "tidak ada yang kurang"
        out(f"  {tally.name}: {tally.complete}/{tally.staff} lengkap; {gaps}; dikecualikan {len(tally.excluded)}")
    return 0


def cmd_status_add(args) -> int:
    from ..services.follow_up.status import add_status

    row = add_status(open_db(args), cli_actor(), nip=args.nip, kind=args.status, start=args.mulai, end=args.selesai,
                     note=args.catatan)
    out(f"Dicatat ({row.id}): NIP {row.nip} {row.text}")
    return 0


def cmd_status_list(args) -> int:
    from ..services.follow_up.status import list_status

    for row in list_status(open_db(args), cli_actor(), nip=args.nip):
        out(f"{row.id}  {row.text}{'  (' + row.note + ')' if row.note else ''}")
    return 0


def cmd_status_remove(args) -> int:
    from ..services.follow_up.status import remove_status

    remove_status(open_db(args), cli_actor(), status_id=args.id)
    out(f"Status {args.id} dihapus.")
    return 0


def cmd_needs(args) -> int:
    from ..services.follow_up.needs import training_needs
    from ..services.follow_up.sheets import table_bytes

    db, suffix = open_db(args), args.output.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".pdf"):
        raise UserError("Berkas keluaran '{name}' harus berakhiran .csv, .xlsx atau .pdf.", name=args.output.name)
    if suffix == ".pdf":
        from ..services.printing.follow_up import needs_pdf

        data = needs_pdf(db, cli_actor(), year=args.year, unit=args.unit)
    else:
        data = table_bytes(training_needs(db, cli_actor(), year=args.year, unit=args.unit).rows(), suffix,
                           f"Kebutuhan {args.year}")
    out(str(write_atomically(data, args.output)))
    return 0


def cmd_propose_all(args) -> int:
    from ..services.follow_up.plans import propose_all

    made = propose_all(open_db(args), cli_actor(), year=args.year, unit=args.unit)
    out(f"{made} usulan rencana pengembangan disimpan.")
    return 0


def cmd_plan(args) -> int:
    from ..services.follow_up.plans import plan_for

    db = open_db(args)
    if args.output:
        from ..services.printing.follow_up import plan_pdf

        out(str(write_atomically(plan_pdf(db, cli_actor(), nip=args.nip, year=args.year), args.output)))
        return 0
    plan = plan_for(db, cli_actor(), nip=args.nip, year=args.year)
    if args.json:
        out(json.dumps({"nip": plan.nip, "tahun": plan.year, "dasar": plan.basis, "predikat": plan.predikat,
                        "status": plan.status, "pembinaan": plan.pembinaan,
                        "tinjauan": plan.review_on.isoformat() if plan.review_on else None, "jp": plan.jp,
                        "butir": [{"dasar": i.reason_kind, "alasan": i.reason, "pelatihan": i.training, "jp": i.jp}
                                  for i in plan.items]}, ensure_ascii=False))
        return 0
    out(f"Rencana pengembangan {plan.nama} ({plan.status}), dasar {plan.basis} {plan.year}, predikat {plan.predikat}")
    for n, item in enumerate(plan.items, start=1):
        out(f"  {n}. [{item.reason_kind}] {item.reason} -> {item.training or '-'} ({item.jp} JP)")
    out(f"  Jumlah {plan.jp} JP" + (f"; pembinaan, ditinjau {plan.review_on.isoformat()}" if plan.pembinaan else ""))
    return 0


def cmd_catalogue(args) -> int:
    from ..services.follow_up.catalogue import list_catalogue

    for c in list_catalogue(open_db(args), cli_actor()):
        out(f"{c.jp:>4} JP  {c.jenis:<16} {c.name}")
    return 0


def cmd_catalogue_import(args) -> int:
    from ..services.follow_up.catalogue import import_catalogue

    return _imported(import_catalogue(open_db(args), cli_actor(), args.file), "Katalog pelatihan")


def cmd_siasn_export(args) -> int:
    from ..services.follow_up.siasn import export_siasn

    done = export_siasn(open_db(args), cli_actor(), year=args.year, period=args.period, out_dir=args.output)
    out(f"{done.sent} hasil ditulis ke {done.records} dan {done.table}; {done.not_sent} tidak terkirim "
        f"(alasannya di {done.unsent}).")
    return 0


def cmd_siasn_codes(args) -> int:
    from ..services.follow_up.siasn import list_codes, set_code

    db = open_db(args)
    if args.set:
        category, key, code = args.set
        changed = set_code(db, cli_actor(), category=category, key=key, code=code)
        out(f"{changed.category} / {changed.key} = {changed.code}")
        return 0
    for c in list_codes(db, cli_actor()):
        out(f"{c.category:<10} {c.key:<22} {c.code}")
    return 0
