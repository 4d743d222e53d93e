"""A kabupaten hub and its sub-offices (issue 16, point 7): slices for every sub-office written
within a minute; a round of sub-office packages consolidated within the province's import budget.
Prints figures and ratios against a baseline measured in the same run; asserts nothing.

    python bench/hub.py [--staff 7000] [--offices 30] [--work DIR]

The hub is the demo kabupaten of ``--staff`` employees with its key (cached in --work, about 20 s
to build at 7,000). Its ``--offices`` largest disjoint unit subtrees are enrolled as sub-offices,
each an empty install with its own key that trusts the hub. Timed:
- ``hub slice`` for every sub-office, and applying each slice at its install;
- a round: every sub-office edits the note of every evaluation it owns and exports; the hub
  imports the round (what it owns written into the hub's tables, the rest kept as conflicts).
Baseline: the province importing the hub's own full package of the same staff (the import the
scale issue budgets), in the same run.
"""

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.sync import consolidate, district, hub, inbox, province, slices

ACTOR, PASS = Actor(username="bench"), "bench-passphrase"


def timed(fn, *args, **kw):
    start = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - start, result


def hub_database(work: Path, staff: int) -> Path:
    pristine = work / f"hub-pristine-{staff}.sqlite3"
    if not pristine.exists():
        db = open_database(str(pristine))
        generate_demo(db, ACTOR, employees=staff, seed=16)
        district.init_keys(db, ACTOR, office_code="1201", passphrase=PASS)
        db.close()
        with sqlite3.connect(pristine) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    run = work / "run"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    return Path(shutil.copy(pristine, run / "hub.sqlite3"))


def subtrees(path: Path, count: int) -> list[tuple[str, int]]:
    """The ``count`` largest unit subtrees none of which holds another: (unit name, staff)."""
    with sqlite3.connect(path) as conn:
        parent = dict(conn.execute("select id, parent_id from unit"))
        names = dict(conn.execute("select id, name from unit"))
        direct = dict(conn.execute("select unit_id, count(*) from employee group by unit_id"))
    children = defaultdict(list)
    for unit, up in parent.items():
        children[up].append(unit)

    def size(unit):
        return direct.get(unit, 0) + sum(size(c) for c in children[unit])

    chosen, frontier = [], list(children[None])
    while frontier and len(chosen) + len(frontier) < count:  # split the biggest until there are enough
        frontier.sort(key=size)
        biggest = frontier.pop()
        if children[biggest]:
            frontier += children[biggest]
        else:
            chosen.append(biggest)
    chosen += sorted(frontier, key=size, reverse=True)[:count - len(chosen)]
    return [(names[u], size(u)) for u in chosen if size(u)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=7000)
    parser.add_argument("--offices", type=int, default=30)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kinerja-bench-hub-"))
    work.mkdir(parents=True, exist_ok=True)
    path = hub_database(work, args.staff)
    kab = open_database(str(path))
    usb = work / "run" / "usb"
    usb.mkdir()
    (usb / "hub.kinerja").write_bytes(hub.publish(kab, passphrase=PASS))
    offices = []
    for n, (unit, staff) in enumerate(subtrees(path, args.offices), 1):
        code = f"1201.{n:02d}"
        sub = open_database(str(work / "run" / f"{code}.sqlite3"))
        district.init_keys(sub, ACTOR, office_code=code, passphrase=PASS)
        district.trust_province(sub, ACTOR, (usb / "hub.kinerja").read_bytes(), file_name="hub.kinerja")
        hub.enrol(kab, ACTOR, district.key_info(sub).public_text, office=code, unit=unit)
        offices.append((code, unit, staff, sub))
    print(f"hub of {args.staff:,} staff, {len(offices)} sub-offices holding {sum(o[2] for o in offices):,} staff "
          f"(largest {max(o[2] for o in offices)}, smallest {min(o[2] for o in offices)})", flush=True)

    written, slice_s, apply_s = {}, 0.0, 0.0
    for code, _unit, _staff, sub in offices:
        seconds, result = timed(slices.write_slice, kab, ACTOR, office=code, passphrase=PASS, out_dir=usb)
        slice_s += seconds
        written[code] = result
        seconds, _ = timed(inbox.import_files, sub, ACTOR, [result.path], passphrase=PASS)
        apply_s += seconds
    records = sum(sum(r.counts.values()) for r in written.values())
    print(f"slices for all {len(offices)}: {slice_s:6.2f} s to write ({records:,} records; goal 60 s), "
          f"{apply_s:6.2f} s to apply at the installs", flush=True)

    packages = []
    for code, unit, _staff, sub in offices:  # every evaluation a penilai of the office appraises
        with sqlite3.connect(sub.sqlite_path) as conn:
            conn.execute("update evaluation set catatan = 'Dibahas dalam rapat dinas' where skp_id in "
                         "(select k.id from skp k join employee p on p.id = k.penilai_id join unit u on u.id = p.unit_id)"
                         " and status != 'Final'")
        packages.append(district.export_package(sub, ACTOR, passphrase=PASS, out_dir=usb).path)
    from kinerja_desktop.sync import package

    sent = sum(sum(package.open_bytes(p.read_bytes()).manifest["counts"].values()) for p in packages)
    seconds, results = timed(inbox.import_files, kab, ACTOR, packages, passphrase=PASS)
    print(f"a round of {len(packages)} packages ({sent:,} records) consolidated at the hub: {seconds:6.2f} s "
          f"(`sync import` of the {len(packages)} files)", flush=True)

    prov = open_database(str(work / "run" / "provinsi.sqlite3"))
    province.init_province(prov, ACTOR, code="12", name="Provinsi Bench", passphrase=PASS)
    district.trust_province(kab, ACTOR, province.publish(prov, passphrase=PASS), file_name="provinsi.kinerja")
    province.enrol(prov, ACTOR, district.key_info(kab).public_text, office="1201")
    full = district.export_package(kab, ACTOR, passphrase=PASS, out_dir=usb, full=True).path
    base_s, _ = timed(consolidate.import_package, prov, ACTOR, full, passphrase=PASS, file_name=full.name)
    print(f"baseline: the province imports the hub's full package of {args.staff:,} staff: {base_s:6.2f} s; "
          f"the round took {seconds / base_s:4.2f} x that", flush=True)
    for _code, _unit, _staff, sub in offices:
        sub.close()
    kab.close()
    prov.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
