"""masukan formulir, masukan impor, masukan ringkasan, masukan meja: feedback from self, peers,
subordinates and service users (domain.md section 9)."""

import json
from pathlib import Path

from ..domain.masukan import KIND_TITLES, Kind
from ..domain.numbers import format_number
from ..services.context import cli_actor
from ..services.masukan import import_answers, summary
from ..files import write_atomically
from ..services.printing.masukan import desk_cards_pdf, print_forms
from .common import open_db, out


def register(commands) -> None:
    p = commands.add_parser("masukan", help="kuesioner masukan diri, rekan, bawahan, masyarakat (BerAKHLAK, 1-4)")
    sub = p.add_subparsers(dest="masukan_command", required=True, metavar="formulir|impor|ringkasan|meja")
    f = sub.add_parser("formulir", help="cetak kuesioner dengan kode sekali pakai dan kode.csv")
    f.add_argument("--year", type=int, required=True)
    f.add_argument("--period", help="TW1-TW4, S1-S2, 1-12; kosong = tahunan")
    who = f.add_mutually_exclusive_group(required=True)
    who.add_argument("--nip")
    who.add_argument("--unit", metavar="CODE", help="kode SIASN atau nama unit (beserta sub-unitnya)")
    f.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    f.add_argument("--count", type=int, help="kuesioner per pegawai; bawaan: usulan dari struktur unit")
    f.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    f.set_defaults(handler=cmd_forms)
    i = sub.add_parser("impor", help="impor jawaban: KODE, tujuh nilai BerAKHLAK (1-4), KOMENTAR")
    i.add_argument("file", type=Path)
    i.set_defaults(handler=cmd_import)
    r = sub.add_parser("ringkasan", help="ringkasan masukan seorang pegawai (anonim: sedikitnya 3 responden)")
    r.add_argument("--nip", required=True)
    r.add_argument("--year", type=int, required=True)
    r.add_argument("--period")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_summary)
    d = sub.add_parser("meja", help="kartu kode petugas untuk dinilai masyarakat di kios survei")
    who = d.add_mutually_exclusive_group(required=True)
    who.add_argument("--nip")
    who.add_argument("--unit", metavar="CODE", help="kode SIASN atau nama unit (beserta sub-unitnya)")
    d.add_argument("--baru", action="store_true", help="ganti kodenya (kartu lama tidak berlaku lagi)")
    d.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    d.set_defaults(handler=cmd_desk)


def cmd_forms(args) -> int:
    pdf, codes, count = print_forms(open_db(args), cli_actor(), out_dir=args.output, year=args.year, kind=args.kind,
                                    period=args.period, nip=args.nip, unit=args.unit, count=args.count)
    out(f"{count} kuesioner: {pdf}; kodenya: {codes}")
    return 0


def cmd_import(args) -> int:
    done = import_answers(open_db(args), cli_actor(), args.file)
    out(f"{done.added} jawaban masukan dari {done.source} disimpan.")
    return 0


def cmd_desk(args) -> int:
    pdf, count = desk_cards_pdf(open_db(args), cli_actor(), nip=args.nip, unit=args.unit, renew=args.baru)
    out(f"{count} kartu kode petugas: {write_atomically(pdf, args.output)}")
    return 0


def cmd_summary(args) -> int:
    kinds = summary(open_db(args), cli_actor(), nip=args.nip, year=args.year, period=args.period)
    if args.json:
        out(json.dumps({k.value: v.as_json() for k, v in kinds.items()}, ensure_ascii=False))
        return 0
    for kind, result in kinds.items():
        if result.hidden:
            out(f"{KIND_TITLES[kind]}: {result.responden} responden (disembunyikan: kurang dari 3)")
            continue
        out(f"{KIND_TITLES[kind]}: {result.responden} responden")
        for name, mean in result.means.items():
            out(f"  {name:<24} {format_number(mean, decimals=2, fixed=True)}")
        for comment in result.comments:
            out(f"  - {comment}")
    return 0
