"""skm impor, skm hasil: the Survei Kepuasan Masyarakat of a service unit."""

import json
from pathlib import Path

from ..domain.numbers import format_number
from ..domain.skm import ELEMENTS, MUTU_NAMES
from ..services.context import cli_actor
from ..services.skm import import_skm, skm_report
from .common import open_db, out


def register(commands) -> None:
    p = commands.add_parser("skm", help="Survei Kepuasan Masyarakat per unit layanan (PermenPANRB 14/2017)")
    sub = p.add_subparsers(dest="skm_command", required=True, metavar="impor|hasil")
    i = sub.add_parser("impor", help="impor jawaban U1..U9 (1-4) dan KOMENTAR dari CSV atau XLSX")
    i.add_argument("file", type=Path)
    i.add_argument("--unit", required=True, metavar="CODE", help="kode SIASN atau nama unit layanan")
    i.add_argument("--year", type=int, required=True)
    i.set_defaults(handler=cmd_import)
    h = sub.add_parser("hasil", help="NRR per unsur, IKM dan mutunya, jumlah responden")
    h.add_argument("--unit", required=True, metavar="CODE")
    h.add_argument("--year", type=int, required=True)
    h.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    h.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="cetak laporan SKM ke PDF")
    h.set_defaults(handler=cmd_result)


def cmd_import(args) -> int:
    done = import_skm(open_db(args), cli_actor(), args.file, unit=args.unit, year=args.year)
    out(f"{done.added} jawaban SKM {done.unit} {done.year} diimpor; seluruhnya {done.total} responden.")
    return 0


def cmd_result(args) -> int:
    db = open_db(args)
    report = skm_report(db, cli_actor(), unit=args.unit, year=args.year)
    if args.output:
        from ..services.printing.skm import print_skm

        out(str(print_skm(db, cli_actor(), unit=args.unit, year=args.year, output=args.output)))
        return 0
    result = report.result
    if args.json:
        out(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    out(f"SKM {report.unit} {report.year}: {result.responden} responden")
    if not result.responden:
        return 0
    for u, name in ELEMENTS.items():
        out(f"  {u} {name:<42} NRR {format_number(result.nrr[u], decimals=4, fixed=True):>6}  mutu {result.nrr_mutu[u]}")
    out(f"  IKM {format_number(result.ikm, decimals=2, fixed=True)}  mutu {result.mutu} ({MUTU_NAMES[result.mutu]})")
    return 0
