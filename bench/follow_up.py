"""What follows a result, at kabupaten scale (issue 14): every follow-up list over a 7,000-staff
demo, each against a baseline in the same run: the bare sqlite3 read of the rows it needs.

- baseline: one SELECT of every employee with their SKP and annual evaluation (sqlite3 cursor);
- kepatuhan / talenta / angka-kredit / kebutuhan: the services as the page and the commands call them;
- usulkan: proposals stored for everyone without a plan (the BKPSDM's yearly round, per person);
- diklat: importing 7,000 training rows (CSV) against reading the same file;
- siasn: writing skp22.jsonl, its CSV and the not-sent list.

    python bench/follow_up.py [--db DEMO.sqlite3] [--employees 7000]
"""

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.services.follow_up import compliance, credit, imports, needs, plans, siasn, talent
from kinerja_desktop.services.roster.reader import read_table
from kinerja_desktop.store.migrate import open_database

ACTOR = cli_actor()


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--employees", type=int, default=7000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    path = work / "bench.sqlite3"
    if args.db:
        shutil.copy(args.db, path)
    db = open_database(str(path))
    if not args.db:
        _, took = timed(lambda: generate_demo(db, ACTOR, employees=args.employees, seed=1))
        print(f"demo {args.employees} staff: {took:.1f} s (includes last year's proposed plans)")
    year = 2025
    raw = sqlite3.connect(path)
    _, base = timed(lambda: raw.execute(
        "SELECT e.id, e.nip, e.nama, e.jabatan, k.status, v.status, v.predikat FROM employee e "
        "LEFT JOIN skp k ON k.employee_id = e.id AND k.year = ? "
        "LEFT JOIN evaluation v ON v.skp_id = k.id AND v.period_kind = 'tahunan' WHERE e.active = 1", (year,)).fetchall())
    print(f"baseline read (sqlite3): {base * 1000:.0f} ms")
    for name, fn in (
            ("kepatuhan TW3 2026", lambda: compliance.compliance(db, ACTOR, year=2026, period="TW3")),
            ("talenta kotak", lambda: talent.talent_box(db, ACTOR, year=year)),
            ("angka-kredit", lambda: credit.credit_rows(db, ACTOR, year=year)),
            ("kebutuhan", lambda: needs.training_needs(db, ACTOR, year=year)),
            ("rencana list (page)", lambda: plans.plan_list(db, ACTOR, year=year))):
        _, took = timed(fn)
        print(f"{name:<22} {took * 1000:7.0f} ms  ({took / base:5.1f} x baseline)")
    with raw:
        raw.execute("DELETE FROM development_item")
        raw.execute("DELETE FROM development_plan")
    made, took = timed(lambda: plans.propose_all(db, ACTOR, year=year))
    print(f"usulkan {made} plans      {took:7.1f} s  ({made / took:,.0f} plans/s)")
    nips = [n for (n,) in raw.execute("SELECT nip FROM employee WHERE active = 1")]
    sheet = work / "diklat.csv"
    sheet.write_text("NIP;NAMA PELATIHAN;JP;TANGGAL MULAI;TANGGAL SELESAI\n" + "".join(
        f"{nip};Pelatihan Bench;20;2026-11-0{1 + n % 9};2026-11-1{n % 9}\n" for n, nip in enumerate(nips)), "utf-8")
    _, read = timed(lambda: list(read_table(sheet).rows))
    done, took = timed(lambda: imports.import_training(db, ACTOR, sheet))
    print(f"diklat impor {done.added} rows {took:6.2f} s  (reading the file {read:.2f} s: {took / read:.1f} x)")
    result, took = timed(lambda: siasn.export_siasn(db, ACTOR, year=year, out_dir=work / "siasn"))
    print(f"siasn ekspor {result.sent} sent  {took:6.2f} s")
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
