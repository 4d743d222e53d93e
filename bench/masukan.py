"""Masukan and SKM at kabupaten scale (issue 13 section 5): answers import at the roster's speed,
and the Rekap aggregates (with the IKM) within the filter budget.

On a copy of a demo database (7,000 staff by default, built when --db is not given):
- codes: one questionnaire code per answer, made through the service unit by unit;
- read:   reading the answer sheet (CSV) with the roster's reader, the baseline;
- import: `masukan impor` of the same sheet (checked, all or nothing, written in bulk);
- skm:    `skm impor` of 20 answers per service unit;
- rekap:  the Rekap rows (per perangkat daerah, with the IKM), per unit;
- summary: one employee's anonymous masukan summary.

    python bench/masukan.py [--db DEMO.sqlite3] [--per-person 20] [--employees 7000]
"""

import argparse
import csv
import random
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from kinerja_desktop.domain.periods import parse_period
from kinerja_desktop.services import masukan
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.services.rekap import rekap
from kinerja_desktop.services.roster.reader import read_table
from kinerja_desktop.services.skm import import_skm
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.store.models import Employee, Unit

ACTOR = cli_actor()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--employees", type=int, default=7000)
    parser.add_argument("--per-person", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    path = work / "bench.sqlite3"
    if args.db:
        shutil.copy(args.db, path)
    db = open_database(str(path))
    if not args.db:
        generate_demo(db, ACTOR, employees=args.employees, seed=1)
    rng = random.Random(1)
    with db.read() as s:
        nips = list(s.scalars(select(Employee.nip).where(Employee.active.is_(True))))
    staff = len(nips)
    t0 = time.perf_counter()
    forms = []
    for nip in nips:  # the codes are not what is measured here
        forms += masukan.create_forms(db, ACTOR, year=2026, kind="rekan", nip=nip, count=args.per_person)
    t1 = time.perf_counter()
    sheet = work / "jawaban.csv"
    with sheet.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["KODE", *masukan.VALUE_COLUMNS, "KOMENTAR"])
        for form in forms:
            w.writerow([form.code, *(rng.randint(1, 4) for _ in range(7)), rng.choice(("", "Baik", "Perlu cepat"))])
    t2 = time.perf_counter()
    table = read_table(sheet)
    rows = sum(1 for _ in table.rows)
    t3 = time.perf_counter()
    masukan.import_answers(db, ACTOR, sheet)
    t4 = time.perf_counter()
    read_s, import_s = t3 - t2, t4 - t3
    print(f"{staff} staff, {len(forms)} questionnaires ({args.per_person} each): codes {t1 - t0:.1f} s; "
          f"reading the sheet {read_s:.2f} s ({rows} rows); import {import_s:.2f} s = {rows / import_s:,.0f} answers "
          f"a second ({import_s / read_s:.0f}x a bare csv read; the roster's CSV import: 6,800 rows a second)")
    with db.read() as s:
        services = list(s.scalars(select(Unit.id).where(Unit.kind.in_(("sekolah", "puskesmas")))))
    skm_sheet = work / "skm.csv"
    with skm_sheet.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow([f"U{n}" for n in range(1, 10)])
        for _ in range(20):
            w.writerow([rng.randint(2, 4) for _ in range(9)])
    t5 = time.perf_counter()
    for unit_id in services:
        import_skm(db, ACTOR, skm_sheet, unit=unit_id, year=2026)
    t6 = time.perf_counter()
    print(f"SKM: {len(services)} service units x 20 answers imported in {t6 - t5:.2f} s "
          f"({(t6 - t5) / max(1, len(services)) * 1000:.0f} ms a sheet)")
    period = parse_period(None, 2026)
    rekap(db, ACTOR, period=period)
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        units = rekap(db, ACTOR, period=period)
        timings.append(time.perf_counter() - start)
    best = min(timings)
    print(f"Rekap with IKM: {len(units)} perangkat daerah in {best * 1000:.0f} ms = {best / len(units) * 1000:.1f} ms "
          f"a unit (goal <= 50 ms a unit)")
    nip = forms[0].subject.nip
    start = time.perf_counter()
    masukan.summary(db, ACTOR, nip=nip, year=2026)
    print(f"one employee's masukan summary: {(time.perf_counter() - start) * 1000:.1f} ms")
    db.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
