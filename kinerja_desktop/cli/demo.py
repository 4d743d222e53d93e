"""demo: a demo kabupaten in an empty database."""

import sys

from ..services.context import cli_actor
from ..services.demo import generate_demo
from .common import open_db, out


def register(commands) -> None:
    p = commands.add_parser("demo", help="isi basis data kosong dengan kabupaten contoh")
    p.add_argument("--employees", type=int, default=300, metavar="N", help="jumlah pegawai (bawaan 300)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="benih acak; benih sama, data sama")
    p.set_defaults(handler=cmd_demo)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() or done == total:
        end = "\n" if done == total else "\r"
        print(f"  menyusun SKP dan evaluasi: {done}/{total} pegawai", end=end, file=sys.stderr, flush=True)


def cmd_demo(args) -> int:
    result = generate_demo(open_db(args), cli_actor(), employees=args.employees, seed=args.seed,
                           progress=_progress)
    out(f"Kabupaten contoh dibuat: {result.employees} pegawai, {result.units} unit kerja, {result.skps} SKP, "
        f"{result.evaluations} evaluasi, {result.realisations} realisasi.")
    return 0
