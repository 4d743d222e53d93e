"""Sync export and province import against plain baselines in the same run (design.md section 6:
export of the 7,000-staff district <= 5 s; province import of ten such packages <= 60 s; cost
linear in records). Prints figures and ratios; asserts nothing.

    python bench/sync.py [--sizes 1000,7000] [--districts 10] [--work DIR]

Baselines: for export, every synced table read with the bare sqlite3 driver and each row written
as a JSON line; for import, the same number of records inserted with one executemany. Demo
districts are cached in --work (building a 7,000-staff demo takes about 15 s).
"""

import argparse
import json
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.sync import consolidate, district, province
from kinerja_desktop.sync.records import FLAT_KINDS

ACTOR, PASS = Actor(username="bench"), "bench-passphrase"
TABLES = ("office", "unit", "employee", "skp", "rhk", "indicator", "behaviour_expectation", "lampiran_item",
          "evaluation", "realisation", "rhk_feedback", "value_feedback", "evidence_link", "feedback_input",
          "objection", "org_performance",
          *(k.model.__tablename__ for k in FLAT_KINDS))  # masukan, skm and the follow-up kinds (issues 13, 14)


def timed(fn, *args, **kw):
    start = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - start, result


def baseline_export(path: Path, out: Path) -> int:
    """Read every synced table with the bare driver and write each row as a JSON line."""
    conn, rows = sqlite3.connect(path), 0
    with out.open("w", encoding="utf-8") as f:
        for table in TABLES:
            for row in conn.execute(f"SELECT * FROM {table}"):
                f.write(json.dumps(row, default=str))
                f.write("\n")
                rows += 1
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

    from kinerja_desktop.sync import container, keys

    with prov.read() as s:
        identity = pyrage.x25519.Identity.from_str(keys.identity(s, keys.PROVINCE_AGE, PASS))
    body = dict(container.read(path.read_bytes()))["payload.age"]
    inner = zipfile.ZipFile(io.BytesIO(pyrage.decrypt(body, [identity])))
    return inner.read("records.jsonl").splitlines()


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


def export_size(work: Path, size: int, trust: bytes) -> tuple[float, Path]:
    db, path = make_district(work, size, 99, trust)
    out = path.parent / "usb"
    out.mkdir()
    base_s, rows = timed(baseline_export, path, work / "baseline.jsonl")
    full_s, result = timed(district.export_package, db, ACTOR, passphrase=PASS, out_dir=out, full=True)
    records = sum(result.counts.values())
    print(f"{size:>6} staff: export {full_s:6.2f} s, {records:,} records, {result.path.stat().st_size / 1e6:5.1f} MB "
          f"| baseline read+JSON {base_s:5.2f} s ({rows:,} rows) | ratio {full_s / base_s:4.2f} "
          f"| {full_s / records * 1e6:5.1f} µs/record")
    db.close()
    return full_s, result.path


def import_ten(work: Path, districts: int, size: int, prov, trust: bytes) -> None:
    packages = []
    for number in range(1, districts + 1):
        db, path = make_district(work, size, number, trust)
        out = path.parent / "usb"
        out.mkdir()
        packages.append(district.export_package(db, ACTOR, passphrase=PASS, out_dir=out).path)
        province.enrol(prov, ACTOR, district.key_info(db).public_text, office=f"D{number:02d}")
        db.close()
    start, records = time.perf_counter(), 0
    for path in packages:
        result = consolidate.import_package(prov, ACTOR, path, passphrase=PASS, file_name=path.name)
        records += int(str(result.message).split(": ")[1].split(" baru")[0])
    import_s = time.perf_counter() - start
    print(f"province import of {districts} packages of {size} staff: {import_s:6.2f} s, {records:,} records", flush=True)
    lines = [line for path in packages for line in plain_records(prov, path)]
    base_s, _ = timed(baseline_import, work / "baseline-import.sqlite3", lines)
    print(f"province import of {districts} packages of {size} staff: {import_s:6.2f} s, {records:,} records "
          f"(goal <= 60 s) | baseline executemany {base_s:5.2f} s | ratio {import_s / base_s:4.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,7000")
    parser.add_argument("--districts", type=int, default=10)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kinerja-bench-sync-"))
    work.mkdir(parents=True, exist_ok=True)
    for stale in work.glob("province*.sqlite3*"):
        os.unlink(stale)
    prov = open_database(str(work / "province.sqlite3"))
    province.init_province(prov, ACTOR, code="12", name="Provinsi Bench", passphrase=PASS)
    trust = province.publish(prov, passphrase=PASS)
    print(f"work folder: {work}")
    for size in (int(s) for s in args.sizes.split(",")):
        export_size(work, size, trust)
    import_ten(work, args.districts, max(int(s) for s in args.sizes.split(",")), prov, trust)
    prov.close()


if __name__ == "__main__":
    main()
