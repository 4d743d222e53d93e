"""roster import / roster export."""

from pathlib import Path

from ..services.context import cli_actor
from ..services.roster import export_roster, import_roster
from .common import open_db, out


def register(commands) -> None:
    p = commands.add_parser("roster", help="impor/ekspor daftar pegawai (CSV atau XLSX)")
    sub = p.add_subparsers(dest="roster_command", required=True, metavar="import|export")
    i = sub.add_parser("import", help="impor daftar pegawai; semua atau tidak sama sekali")
    i.add_argument("file", type=Path)
    i.add_argument("--skip-invalid", action="store_true", help="impor baris yang benar, lewati yang salah")
    i.add_argument("--report", type=Path, metavar="OUT.csv", help="tulis baris yang ditolak beserta alasannya")
    i.set_defaults(handler=cmd_import)
    e = sub.add_parser("export", help="ekspor daftar pegawai dengan kolom yang sama")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    e.set_defaults(handler=cmd_export)


def cmd_import(args) -> int:
    result = import_roster(open_db(args), cli_actor(), args.file, skip_invalid=args.skip_invalid,
                           report=args.report)
    out(f"{result.source}: {result.created} pegawai baru, {result.updated} diperbarui, "
        f"{result.unchanged} tidak berubah, {result.units_created} unit kerja baru.")
    if result.rejected_count:
        out(f"{result.rejected_count} baris dilewati" + (f"; alasannya di {args.report}" if args.report else ":"))
        if not args.report:
            for p in result.rejected:
                out(f"  baris {p.row} (NIP {p.nip}): {p.reason}")
            if result.rejected_count > len(result.rejected):
                out(f"  ... dan {result.rejected_count - len(result.rejected)} baris lainnya "
                    "(--report OUT.csv menulis semuanya).")
    return 0


def cmd_export(args) -> int:
    count = export_roster(open_db(args), cli_actor(), args.output)
    out(f"{count} pegawai ditulis ke {args.output}")
    return 0
