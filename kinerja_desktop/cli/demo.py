"""demo: a demo kabupaten in an empty database."""

from ..services.context import cli_actor
from ..services.demo import generate_demo
from .common import ProgressLine, open_db, out


def register(commands) -> None:
    p = commands.add_parser("demo", help="isi basis data kosong dengan kabupaten contoh")
    p.add_argument("--employees", type=int, default=300, metavar="N", help="jumlah pegawai (bawaan 300)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="benih acak; benih sama, data sama")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args) -> int:
    progress = ProgressLine("menyusun SKP dan evaluasi")
    try:
        result = generate_demo(open_db(args), cli_actor(), employees=args.employees, seed=args.seed,
                               progress=progress)
    finally:
        progress.end()
    out(f"Kabupaten contoh dibuat: {result.employees} pegawai, {result.units} unit kerja, {result.skps} SKP, "
        f"{result.evaluations} evaluasi, {result.realisations} realisasi.")
    return 0
