"""Sync export and province import against plain baselines in the same run, with peak memory
(issue 15: export of the 7,000-staff district <= 3 s and <= 1.5 x its baseline; province import
of ten such packages <= 30 s; peak memory under 300 MB at any district size). Prints figures and
ratios; asserts nothing.

    python bench/sync.py [--sizes 1000,7000,70000] [--districts 10] [--work DIR]

Each size runs in a fresh process (so its peak memory, ru_maxrss, is its own): a full export of
a demo district, then `sync verify` and import of that package at a fresh province. Baselines:
for export, every synced table read with the bare sqlite3 cursor, each row written as a JSON
line with orjson and deflated at the same level into a file; for import, the same lines inserted
with one executemany. Then ten packages of the largest size below 70,000 are imported one after
another, in a fresh process as `kinerja sync import` runs. Demo districts are cached in --work (a 7,000-staff demo takes about 20 s to build, a
70,000-staff one about 4 minutes).
"""

import argparse
import multiprocessing
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import orjson

from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.sync import consolidate, district, payload, province
from kinerja_desktop.sync.kinds import FLAT_KINDS

ACTOR, PASS = Actor(username="bench"), "bench-passphrase"
TABLES = ("office", "unit", "employee", "skp", "rhk", "indicator", "behaviour_expectation", "lampiran_item",
          "evaluation", "realisation", "rhk_feedback", "value_feedback", "evidence_link", "feedback_input",
          "objection", "org_performance",
          *(k.model.__tablename__ for k in FLAT_KINDS))  # masukan, skm and the follow-up kinds (issues 13, 14)


def timed(fn, *args, **kw):
    start = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - start, result


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


class HelperPeak(threading.Thread):
    """The peak memory of the helper processes this one starts (sync/helper.py reads a big
    package), from their VmHWM, read every 20 ms while they run (Linux). RUSAGE_CHILDREN would
    count the parent's pages a spawned child holds between fork and exec."""

    def __init__(self):
        super().__init__(daemon=True)
        self.mb = 0

    def run(self) -> None:
        while True:
            for child in multiprocessing.active_children():
                try:
                    status = Path(f"/proc/{child.pid}/status").read_text()
                except OSError:
                    continue
                hwm = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")), 0)
                self.mb = max(self.mb, hwm // 1024)
            time.sleep(0.02)


def baseline_export(path: Path, out: Path) -> int:
    """Read every synced table with the bare cursor, write each row as a JSON line, deflated."""
    conn, rows, deflate = sqlite3.connect(path), 0, payload.deflater()  # the export's own deflate
    with out.open("wb") as f:
        for table in TABLES:
            cursor = conn.execute(f"SELECT * FROM {table}")
            while block := cursor.fetchmany(2000):
                f.write(deflate.compress(b"".join(orjson.dumps(row) + b"\n" for row in block)))
                rows += len(block)
        f.write(deflate.flush())
    conn.close()
    return rows


def baseline_import(path: Path, lines: list[bytes]) -> None:
    """Insert the record lines, as they are, into a plain table with one executemany."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE r (uuid TEXT UNIQUE, data TEXT)")
    with conn:
        conn.executemany("INSERT INTO r VALUES (?, ?)", ((str(i), line) for i, line in enumerate(lines)))
    conn.close()


def plain_records(prov, path: Path) -> list[bytes]:
    """The record lines of a package, decrypted with the bare tools (for the baseline)."""
    import io
    import zipfile

    import pyrage

    from kinerja_desktop.services import keys
    from kinerja_desktop.sync import container

    with prov.read() as s:
        identity = pyrage.x25519.Identity.from_str(keys.identity(s, keys.PROVINCE_AGE, PASS))
    body = dict(container.read(path.read_bytes()))["payload.age"]
    inner = zipfile.ZipFile(io.BytesIO(pyrage.decrypt(body, [identity])))
    return inner.read("records.jsonl").splitlines()


def new_province(work: Path, name: str):
    for stale in work.glob(f"{name}.sqlite3*"):
        os.unlink(stale)
    prov = open_database(str(work / f"{name}.sqlite3"))
    province.init_province(prov, ACTOR, code="12", name="Provinsi Bench", passphrase=PASS)
    return prov, province.publish(prov, passphrase=PASS)


def make_district(work: Path, size: int, number: int, trust: bytes):
    """A demo district with its key, trusting this run's province. The demo and key are built
    once and kept in --work (pristine-*.sqlite3); each run works on a fresh copy."""
    pristine = work / f"pristine-{size}-{number}.sqlite3"
    if not pristine.exists():
        db = open_database(str(pristine))
        generate_demo(db, ACTOR, employees=size, seed=number)
        district.init_keys(db, ACTOR, office_code=f"D{number:02d}", passphrase=PASS)
        db.close()
        with sqlite3.connect(pristine) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    run = work / "run" / f"district-{size}-{number}"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    path = Path(shutil.copy(pristine, run / "district.sqlite3"))
    db = open_database(str(path))
    district.trust_province(db, ACTOR, trust, file_name="provinsi.kinerja")
    return db, path


def one_size(work: Path, size: int) -> None:
    """In a child process: full export (twice: the first also signs every QR statement), the
    baseline, then verify and import at a fresh province; figures and this process's peak."""
    prov, trust = new_province(work, f"province-{size}")
    helper_peak = HelperPeak()
    helper_peak.start()
    db, path = make_district(work, size, 99, trust)
    out = path.parent / "usb"
    out.mkdir()
    first_s, first = timed(district.export_package, db, ACTOR, passphrase=PASS, out_dir=out, full=True)
    peaks = [peak_mb()]
    full_s, result = timed(district.export_package, db, ACTOR, passphrase=PASS, out_dir=out, full=True)
    base_s, rows = timed(baseline_export, path, work / "baseline.jsonl.z")
    records = sum(result.counts.values())
    province.enrol(prov, ACTOR, district.key_info(db).public_text, office="D99")
    db.close()
    verify_s, _ = timed(consolidate.verify_file, prov, first.path, passphrase=PASS, file_name=first.path.name)
    peaks.append(peak_mb())
    import_s, imported = timed(consolidate.import_package, prov, ACTOR, first.path, passphrase=PASS,
                               file_name=first.path.name)
    peaks.append(peak_mb())
    daily_s, edited = daily_export(path, imported, out)
    print(f"{size:>6} staff: {records:,} records, package {result.path.stat().st_size / 1e6:6.1f} MB\n"
          f"        export {full_s:6.2f} s (first, signing every QR statement: {first_s:6.2f} s) "
          f"| baseline read+JSON+deflate {base_s:5.2f} s ({rows:,} rows) | ratio {full_s / base_s:4.2f}\n"
          f"        verify {verify_s:6.2f} s | import {import_s:6.2f} s ({imported.status}) "
          f"| peak memory after export / verify / import: {' / '.join(map(str, peaks))} MB "
          f"(the helper reading the package: {helper_peak.mb} MB)\n"
          f"        after the receipt: export of a day's work ({edited}) {daily_s[1]:5.2f} s, "
          f"of nothing changed {daily_s[0]:5.2f} s (the change log, schema 0008)", flush=True)
    prov.close()


def daily_export(path: Path, imported, out: Path) -> tuple[tuple[float, float], str]:
    """The export a district makes on an ordinary day, once the province's receipt is in: first
    with nothing changed, then after 200 realisations and 50 names were edited."""
    from kinerja_desktop.sync import inbox

    db = open_database(str(path))
    name, data = imported.receipts[0]
    inbox.import_from_province(db, ACTOR, data, file_name=name)
    nothing_s, _ = timed(district.export_package, db, ACTOR, passphrase=PASS, out_dir=out)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE realisation SET value = value + 1 WHERE id IN (SELECT id FROM realisation ORDER BY id "
                     "LIMIT 200 OFFSET 1000)")
        conn.execute("UPDATE employee SET nama = nama || '.' WHERE id IN (SELECT id FROM employee ORDER BY id "
                     "LIMIT 50 OFFSET 100)")
    edits_s, result = timed(district.export_package, db, ACTOR, passphrase=PASS, out_dir=out)
    db.close()
    return (nothing_s, edits_s), ", ".join(f"{n} {kind}" for kind, n in sorted(result.counts.items()))


def import_ten(work: Path, districts: int, size: int) -> None:
    """Ten districts' packages, made here; then imported one after another at a fresh province
    in a fresh process (as `kinerja sync import` runs), so the figure is not the exports' heap."""
    prov, trust = new_province(work, "province-ten")
    packages = []
    for number in range(1, districts + 1):
        db, path = make_district(work, size, number, trust)
        out = path.parent / "usb"
        out.mkdir()
        packages.append(district.export_package(db, ACTOR, passphrase=PASS, out_dir=out).path)
        province.enrol(prov, ACTOR, district.key_info(db).public_text, office=f"D{number:02d}")
        db.close()
    prov.close()
    os.sync()  # the districts just built are not the import's to write out
    subprocess.run([sys.executable, __file__, "--work", str(work), "--import-ten", str(size),
                    *map(str, packages)], check=True)


def import_packages(work: Path, size: int, packages: list[Path]) -> None:
    prov = open_database(str(work / "province-ten.sqlite3"))
    start, records = time.perf_counter(), 0
    for path in packages:
        result = consolidate.import_package(prov, ACTOR, path, passphrase=PASS, file_name=path.name)
        records += int(str(result.message).split(": ")[1].split(" baru")[0])
    import_s = time.perf_counter() - start
    lines = [line for path in packages for line in plain_records(prov, path)]
    base_s, _ = timed(baseline_import, work / "baseline-import.sqlite3", lines)
    print(f"province import of {len(packages)} packages of {size} staff: {import_s:6.2f} s, {records:,} records "
          f"(goal <= 30 s) | baseline executemany {base_s:5.2f} s | ratio {import_s / base_s:4.2f}")
    prov.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,7000,70000")
    parser.add_argument("--districts", type=int, default=10)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--import-ten", type=int, help=argparse.SUPPRESS)
    parser.add_argument("packages", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kinerja-bench-sync-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.one:
        one_size(work, args.one)
        return
    if args.import_ten:
        import_packages(work, args.import_ten, args.packages)
        return
    print(f"work folder: {work}", flush=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    for size in sizes:
        subprocess.run([sys.executable, __file__, "--work", str(work), "--one", str(size)], check=True)
    import_ten(work, args.districts, max([s for s in sizes if s < 70_000] or [7000]))


if __name__ == "__main__":
    main()
