"""print skp|lampiran|evaluasi|dokumen-evaluasi, print rekap, print batch, print sign, print verify."""

from pathlib import Path

from ..errors import UserError
from ..services.context import cli_actor
from ..services.printing import DOCS, print_batch, print_document, rekap_pdf, write_atomically
from ..services.printing.trust import sign_statements, verify_code, verify_statement
from .common import ProgressLine, open_db, out
from .sync import passphrase


def register(commands) -> None:
    p = commands.add_parser("print", help="cetak formulir resmi ke PDF; tanda tangani dan periksa segelnya")
    sub = p.add_subparsers(dest="print_command", required=True, metavar="|".join(DOCS) + "|rekap|batch|sign|verify")
    for doc in DOCS:
        d = sub.add_parser(doc, help=f"cetak {doc} seorang pegawai")
        d.add_argument("--nip", required=True)
        d.add_argument("--year", type=int, required=True)
        d.add_argument("--period", help="TW1-TW4, S1-S2, 1-12 atau nama bulan; kosong = tahunan")
        d.add_argument("--paper", choices=("A4", "F4"), help="bawaan: pengaturan kantor")
        d.add_argument("--segmen", type=int, metavar="N", help="segmen SKP (pegawai yang pindah di tengah tahun)")
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
    b.add_argument("--combined", action="store_true", help="satu berkas PDF untuk semuanya (per 1.000 pegawai)")
    b.add_argument("--duplex", action="store_true",
                   help="genapkan halaman tiap pegawai, agar dua pegawai tidak berbagi satu lembar bolak-balik")
    b.add_argument("--paper", choices=("A4", "F4"))
    b.add_argument("-o", "--output", type=Path, required=True, metavar="OUT_DIR")
    b.set_defaults(handler=cmd_batch)
    s = sub.add_parser("sign", help="tanda tangani kode QR evaluasi final dengan kunci instansi (operator)")
    s.set_defaults(handler=cmd_sign)
    v = sub.add_parser("verify", help="periksa kode verifikasi atau teks kode QR pada evaluasi final")
    v.add_argument("code", nargs="?", help="kode verifikasi yang tercetak, mis. 3F2A-9C1B-77D0")
    v.add_argument("--qr", metavar="TEKS", help="teks hasil pindaian kode QR (atau @BERKAS berisi teks itu)")
    v.add_argument("--key", type=Path, metavar="BERKAS.pub", help="kunci publik minisign instansi penerbit")
    v.set_defaults(handler=cmd_verify)


def cmd_document(args) -> int:
    path = print_document(open_db(args), cli_actor(), doc=args.doc, nip=args.nip, year=args.year,
                          period=args.period, paper=args.paper, output=args.output, segment=args.segmen)
    out(f"{path}")
    return 0


def cmd_rekap(args) -> int:
    pdf = rekap_pdf(open_db(args), cli_actor(), unit=args.unit, year=args.year, period=args.period, paper=args.paper)
    out(f"{write_atomically(pdf, args.output)}")
    return 0


def cmd_batch(args) -> int:
    result = print_batch(open_db(args), cli_actor(), doc=args.doc, year=args.year, period=args.period,
                         unit=args.unit, combined=args.combined, paper=args.paper, out_dir=args.output,
                         duplex=args.duplex, progress=ProgressLine("mencetak"))
    out(f"{len(result.written)} berkas PDF ditulis ke {args.output}; {len(result.skipped)} pegawai dilewati.")
    for reason in result.skipped[:20]:
        out(f"  {reason}")
    if len(result.skipped) > 20:
        out(f"  ... dan {len(result.skipped) - 20} lainnya")
    return 0


def cmd_sign(args) -> int:
    count = sign_statements(open_db(args), cli_actor(), passphrase=passphrase())
    out(f"{count} evaluasi final ditandatangani; kode QR-nya tercetak pada dokumen berikutnya.")
    return 0


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("{what} '{path}' tidak dapat dibaca: {reason}.", what=what, path=path,
                        reason=getattr(exc, "strerror", None) or exc) from None


def cmd_verify(args) -> int:
    if bool(args.code) == bool(args.qr):
        raise UserError("Sebutkan satu saja: kode verifikasi (kinerja print verify KODE) atau teks kode QR "
                        "(kinerja print verify --qr TEKS).")
    db = open_db(args)
    if args.code:
        result = verify_code(db, args.code)
        out(result.message)
        for line in result.summary.lines() if result.summary else ():
            out(f"  {line}")
        return 0 if result.ok else 1
    text = _read(Path(args.qr[1:]), "Berkas teks QR") if args.qr.startswith("@") else args.qr
    key = _read(args.key, "Berkas kunci publik") if args.key else None
    check = verify_statement(db, text, key_file=key)
    first, *rest = check.lines()
    out(first)
    for line in rest:
        out(f"  {line}")
    return 0 if check.ok else 1
