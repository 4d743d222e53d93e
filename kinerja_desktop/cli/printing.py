"""print skp|lampiran|evaluasi|dokumen-evaluasi, print batch, print verify."""

from pathlib import Path

from ..services.context import cli_actor
from ..services.printing import DOCS, print_batch, print_document, rekap_pdf, verify_code, write_atomically
from .common import ProgressLine, open_db, out


def register(commands) -> None:
    p = commands.add_parser("print", help="cetak formulir resmi ke PDF; periksa kode verifikasi")
    sub = p.add_subparsers(dest="print_command", required=True, metavar="|".join(DOCS) + "|rekap|batch|verify")
    for doc in DOCS:
        d = sub.add_parser(doc, help=f"cetak {doc} seorang pegawai")
        d.add_argument("--nip", required=True)
        d.add_argument("--year", type=int, required=True)
        d.add_argument("--period", help="TW1-TW4, S1-S2, 1-12 atau nama bulan; kosong = tahunan")
        d.add_argument("--paper", choices=("A4", "F4"), help="bawaan: pengaturan kantor")
        d.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
        d.set_defaults(handler=cmd_document, doc=doc)
    r = sub.add_parser("rekap", help="cetak rekapitulasi dan penetapan predikat sebuah unit")
    r.add_argument("--unit", required=True, metavar="CODE", help="kode SIASN atau nama unit")
    r.add_argument("--year", type=int, required=True)
    r.add_argument("--period", help="TW1-TW4, S1-S2, 1-12; kosong = tahunan")
    r.add_argument("--paper", choices=("A4", "F4"))
    r.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    r.set_defaults(handler=cmd_rekap)
    b = sub.add_parser("batch", help="cetak satu dokumen untuk semua pegawai sebuah unit atau kantor")
    b.add_argument("--doc", choices=DOCS, required=True)
    b.add_argument("--year", type=int, required=True)
    b.add_argument("--period")
    b.add_argument("--unit", metavar="CODE", help="kode SIASN atau nama unit (beserta sub-unitnya); bawaan: semua")
    b.add_argument("--combined", action="store_true", help="satu berkas PDF untuk semuanya")
    b.add_argument("--paper", choices=("A4", "F4"))
    b.add_argument("-o", "--output", type=Path, required=True, metavar="OUT_DIR")
    b.set_defaults(handler=cmd_batch)
    v = sub.add_parser("verify", help="periksa kode verifikasi yang tercetak pada evaluasi final")
    v.add_argument("code")
    v.set_defaults(handler=cmd_verify)


def cmd_document(args) -> int:
    path = print_document(open_db(args), cli_actor(), doc=args.doc, nip=args.nip, year=args.year,
                          period=args.period, paper=args.paper, output=args.output)
    out(f"{path}")
    return 0


def cmd_rekap(args) -> int:
    pdf = rekap_pdf(open_db(args), cli_actor(), unit=args.unit, year=args.year, period=args.period, paper=args.paper)
    out(f"{write_atomically(pdf, args.output)}")
    return 0


def cmd_batch(args) -> int:
    result = print_batch(open_db(args), cli_actor(), doc=args.doc, year=args.year, period=args.period,
                         unit=args.unit, combined=args.combined, paper=args.paper, out_dir=args.output,
                         progress=ProgressLine("mencetak"))
    out(f"{len(result.written)} berkas PDF ditulis ke {args.output}; {len(result.skipped)} pegawai dilewati.")
    for reason in result.skipped[:20]:
        out(f"  {reason}")
    if len(result.skipped) > 20:
        out(f"  ... dan {len(result.skipped) - 20} lainnya")
    return 0


def cmd_verify(args) -> int:
    result = verify_code(open_db(args), args.code)
    out(result.message)
    return 0 if result.found and result.intact else 1
