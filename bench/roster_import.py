"""Roster import against merely reading the same file with the same library (design.md section 6:
import of 70,000 rows <= 1.5 x the read). Prints figures and the ratio; asserts nothing.

    python bench/roster_import.py [--employees 70000]
"""

import argparse
import csv
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.services.roster import export_roster, import_roster
from kinerja_desktop.store.migrate import open_database

ACTOR = Actor(username="bench")


def read_only(path: Path) -> int:
    """The baseline: every cell of the file, read with the library the import uses (python-calamine
    for a workbook since issue 15)."""
    if path.suffix == ".xlsx":
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        n = sum(1 for _ in wb.get_sheet_by_index(0).iter_rows())
        wb.close()
        return n
    with path.open(encoding="utf-8-sig", newline="") as f:
        return sum(1 for _ in csv.reader(f, delimiter=";"))


def read_with_openpyxl(path: Path) -> int:
    """What the import used before: openpyxl in read-only mode."""
    wb = load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def timed(fn, *args, **kw):
    start = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=7000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = open_database(str(tmp / "source.sqlite3"))
        generate_demo(source, ACTOR, employees=args.employees, seed=1)
        print(f"roster of {args.employees} employees")
        for suffix in (".csv", ".xlsx"):
            path = tmp / f"roster{suffix}"
            export_roster(source, ACTOR, path)
            read_s, rows = timed(read_only, path)
            if suffix == ".xlsx":
                openpyxl_s, _ = timed(read_with_openpyxl, path)
                print(f"  reading the workbook: python-calamine {read_s:.2f} s, openpyxl {openpyxl_s:.2f} s "
                      f"({openpyxl_s / read_s:.1f} x)")
            target = open_database(str(tmp / f"target{suffix}.sqlite3"))
            import_s, result = timed(import_roster, target, ACTOR, path)
            again_s, _ = timed(import_roster, target, ACTOR, path)
            print(f"{suffix:6} read {read_s:6.2f} s ({rows} rows) | import into empty db {import_s:6.2f} s "
                  f"(ratio {import_s / read_s:4.2f}, goal <= 1.5) | re-import, nothing changed "
                  f"{again_s:6.2f} s (ratio {again_s / read_s:4.2f}) | created {result.created}")
            target.close()


if __name__ == "__main__":
    main()
