"""Pegawai list at province scale (design.md section 6: a filter keystroke on 70,000 rows
<= 50 ms; memory with the 70,000 db <= 400 MB). Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen python bench/employee_filter.py [--db PATH] [--employees 70000]

Without --db a demo database is generated first (about 3 minutes for 70,000).
"""

import argparse
import os
import resource
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--employees", type=int, default=70000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication, QTableView

    from kinerja_desktop.services.context import Actor
    from kinerja_desktop.services.demo import generate_demo
    from kinerja_desktop.services.employees import list_employees
    from kinerja_desktop.store.migrate import open_database
    from kinerja_desktop.ui.models.employees import EmployeeTableModel

    path = args.db or str(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    db = open_database(path)
    if not args.db:
        generate_demo(db, Actor("bench"), employees=args.employees)
    app = QApplication([])
    start = time.perf_counter()
    rows = list_employees(db, Actor("bench"), year=date.today().year)
    load_s = time.perf_counter() - start
    model = EmployeeTableModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 700)
    view.show()
    start = time.perf_counter()
    model.set_rows(rows)
    app.processEvents()
    set_rows_s = time.perf_counter() - start
    typed = []
    for query in ("s", "si", "sit", "siti", "siti ", "siti n", "", "guru", "197", "1970", "puskesmas"):
        start = time.perf_counter()
        model.set_filter(query, None, None)
        app.processEvents()
        typed.append((query, (time.perf_counter() - start) * 1000, model.rowCount()))
    start = time.perf_counter()
    model.sort(1)
    app.processEvents()
    sort_ms = (time.perf_counter() - start) * 1000
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(rows)} employees: query {load_s * 1000:.0f} ms, model fill {set_rows_s * 1000:.0f} ms, "
          f"sort by name {sort_ms:.0f} ms, peak memory {rss_mb:.0f} MB (goal <= 400)")
    for query, ms, shown in typed:
        print(f"  filter {query!r:14} {ms:6.1f} ms  ({shown} shown)")
    worst = max(ms for _, ms, _ in typed)
    print(f"keystroke: median {statistics.median(ms for _, ms, _ in typed):.1f} ms, worst {worst:.1f} ms (goal <= 50)")


if __name__ == "__main__":
    main()
