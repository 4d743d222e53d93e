"""Peak memory of `kinerja roster import` on a very large roster (issue 11: 1,000,000 rows in
under 500 MB), against the baseline of the same process only reading the file with the csv module.
Three files: all rows good; all rows bad (at most 1,000 are listed, plus a count); half and half
with --skip-invalid. Each run is its own process, so its peak RSS is its own. Asserts nothing.

    python bench/roster_memory.py [--rows 1000000]
"""

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = "NIP;NAMA;GOLONGAN;JABATAN;JENIS JABATAN;UNIT KERJA;NIP ATASAN\n"
TOP = "197001012000031001"

READ_ONLY = """
import csv, resource, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    n = sum(1 for _ in csv.reader(f, delimiter=";"))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""

IMPORT = """
import resource, sys
from kinerja_desktop.errors import UserError
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.roster import import_roster
from kinerja_desktop.store.migrate import open_database
db = open_database(sys.argv[2])
try:
    result = import_roster(db, Actor(username="bench"), sys.argv[1], skip_invalid=sys.argv[3] == "skip")
    outcome = f"created {result.created}, rejected {result.rejected_count}, listed {len(result.rejected)}"
except UserError as exc:
    outcome = f"refused, {len(exc.details)} rows listed: {str(exc)[:90]}"
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, outcome, sep="|")
"""


def nip(n: int) -> str:
    """A distinct valid NIP for each n below 134,265,600: birth date, appointment 25 years later,
    sex and serial number all taken from n."""
    n, serial = divmod(n, 999)
    n, sex = divmod(n, 2)
    n, day = divmod(n, 28)
    n, month = divmod(n, 12)
    year = 1960 + n % 20
    return f"{year}{month + 1:02d}{day + 1:02d}{year + 25}{month + 1:02d}{sex + 1}{serial + 1:03d}"


def write_roster(path: Path, rows: int, bad_every: int) -> None:
    """``bad_every``: every n-th row has an impossible golongan (0: none)."""
    with path.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write(f"{TOP};Kepala Dinas;IV/c;Kepala Badan;JPT Pratama;Badan Kepegawaian;\n")
        for n in range(rows):
            value = nip(n)
            golongan = "IX/z" if bad_every and n % bad_every == 0 else "III/a"
            f.write(f"{value};Pegawai Nomor {n};{golongan};Analis SDM Aparatur;Fungsional;"
                    f"Badan Kepegawaian > Bidang {n % 40};{TOP}\n")


def run(code: str, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    return time.perf_counter() - start, done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"roster of {args.rows:,} rows")
        for label, bad_every, mode in (("all good", 0, "strict"), ("all bad", 1, "strict"),
                                       ("half bad, --skip-invalid", 2, "skip")):
            path = tmp / f"roster-{bad_every}.csv"
            write_roster(path, args.rows, bad_every)
            _, base_mb = run(READ_ONLY, str(path))
            took, out = run(IMPORT, str(path), str(tmp / f"target-{bad_every}.sqlite3"), mode)
            peak, outcome = out.split("|", 1)
            print(f"{label:26} peak {int(peak):6,} MB (read-only baseline {int(base_mb):4} MB, "
                  f"ratio {int(peak) / int(base_mb):5.1f}; goal < 500 MB) {took:6.1f} s | {outcome}")


if __name__ == "__main__":
    main()
