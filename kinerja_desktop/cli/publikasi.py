"""publikasi: the public aggregates, signed with the office key."""

from pathlib import Path

from ..services.context import cli_actor
from ..services.printing.publikasi import write_publication
from .common import open_db, out
from .sync import passphrase


def register(commands) -> None:
    p = commands.add_parser("publikasi", help="tabel publik per perangkat daerah (CSV, PDF, HTML), ditandatangani")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--period", help="TW1-TW4, S1-S2, 1-12; kosong = tahunan")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    p.set_defaults(handler=cmd_publish)


def cmd_publish(args) -> int:
    written = write_publication(open_db(args), cli_actor(), year=args.year, period=args.period, out_dir=args.output,
                                passphrase=passphrase())
    for path in written:
        out(str(path))
    out("Periksa dengan: minisign -V -p KUNCI-INSTANSI.pub -m publikasi.csv (kinerja keys public -o KUNCI-INSTANSI.pub)")
    return 0
