"""skp penilai: record a JPT's penilai who is not an ASN (the Bupati or Wali Kota)."""

from ..services.context import cli_actor
from ..services.skp import record_outside_penilai
from .common import open_db, out


def register(commands) -> None:
    p = commands.add_parser("skp", help="SKP: catat pejabat penilai yang bukan ASN")
    sub = p.add_subparsers(dest="skp_command", required=True, metavar="penilai")
    s = sub.add_parser("penilai", help="catat penilai JPT yang bukan ASN (Bupati/Wali Kota), dengan nama dan jabatan")
    s.add_argument("--nip", required=True, help="NIP pegawai yang dinilai")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--nama", required=True)
    s.add_argument("--jabatan", required=True)
    s.set_defaults(handler=cmd_penilai)


def cmd_penilai(args) -> int:
    row = record_outside_penilai(open_db(args), cli_actor(), nip=args.nip, year=args.year, nama=args.nama,
                                 jabatan=args.jabatan)
    out(f"Pejabat penilai SKP {args.year} NIP {args.nip}: {row.penilai['nama']} ({row.penilai['jabatan']}).")
    return 0
