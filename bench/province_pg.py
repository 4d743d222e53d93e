"""A province of 360,000 staff consolidating on PostgreSQL (issue 15, point 3: within 15 minutes),
simulated: one real 7,000-staff demo district's package, re-keyed into --districts packages, each
with its own office code, signing key, uuids and NIPs, each signed and encrypted to the province
as `sync export` writes them. Then every package is imported, one after another, into a fresh
province on PostgreSQL (COPY) and, for comparison, on SQLite. Prints figures; asserts nothing.

    python bench/province_pg.py --pg postgresql+psycopg://kinerja:kinerja@localhost/kinerja_bench \\
        [--districts 51] [--sqlite-districts 10] [--work DIR]

51 districts of 7,000 staff are 357,000 staff: North Sumatra and East Java each have about that
many regional civil servants. The database named by --pg is emptied first.
"""

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
import uuid as uuid_mod
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from sync import ACTOR, PASS, make_district, new_province  # noqa: E402

from kinerja_desktop.store.migrate import open_database  # noqa: E402
from kinerja_desktop.crypto import minisign  # noqa: E402
from kinerja_desktop.services import keys  # noqa: E402
from kinerja_desktop.sync import consolidate, district, package, payload, province  # noqa: E402
from kinerja_desktop.sync.kinds import KIND_ORDER  # noqa: E402

UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
NIP = re.compile(rb'"nip":"\d{2}')
TAIL = re.compile(rb'"kind":"([a-z_]+)","owner":"[^"]*","uuid":"([^"]+)"')


def template_lines(work: Path) -> tuple[list[bytes], dict]:
    """The record lines and counts of a full, unencrypted package of the 7,000-staff demo."""
    make_district(work, 7000, 99, new_province(work, "province-template")[1])[0].close()  # builds the demo once
    path = work / "template" / "district.sqlite3"
    shutil.rmtree(path.parent, ignore_errors=True)
    path.parent.mkdir(parents=True)
    shutil.copy(work / "pristine-7000-99.sqlite3", path)
    db = open_database(str(path))  # trusts no province: the package is plain
    out = path.parent / "usb"
    out.mkdir()
    result = district.export_package(db, ACTOR, passphrase=PASS, out_dir=out, full=True)
    db.close()
    with open(result.path, "rb") as f:
        opened = package.open_file(f)
        return opened.read("records.jsonl").splitlines(), result.counts


def rekeyed(lines: list[bytes], number: int, office: str) -> list[bytes]:
    """The same records as another district's: new uuids (uuid5 of the old in a namespace per
    district), NIPs starting with the district's number, its office as owner; re-sorted into
    package order (kinds, then uuids)."""
    space, cache = uuid_mod.uuid5(uuid_mod.NAMESPACE_OID, office), {}

    def swap(match) -> bytes:
        old = match.group(0)
        new = cache.get(old)
        if new is None:
            new = cache[old] = str(uuid_mod.uuid5(space, old.decode())).encode()
        return new

    prefix = b'"nip":"%02d' % (number % 100)
    owner = b'"owner":"%s"' % office.encode()
    out = [NIP.sub(prefix, UUID.sub(swap, line)).replace(b'"owner":"D99"', owner) for line in lines]

    def order(line: bytes):
        kind, uid = TAIL.findall(line)[-1]
        return KIND_ORDER[kind.decode()], uid
    return sorted(out, key=order)


def build(folder: Path, lines: list[bytes], counts: dict, office: str, recipient: str) -> tuple[Path, str]:
    """A signed package of ``lines`` encrypted to the province; returns it and its public key."""
    seed, public = minisign.new_key()
    package_id = str(uuid_mod.uuid4())
    work = folder / f"{office}.work"
    work.mkdir(parents=True)
    writer = payload.BodyWriter(work, header={"office": office, "id": package_id, "type": "package"}, to=recipient)
    for line in lines:
        writer.add(line)
    body = writer.finish({})
    manifest = {"type": "package", "id": package_id, "office": office, "province": "12", "sequence": 1,
                "previous": "", "full": True, "changes": {"from": 0, "to": len(lines)}, "app": "bench",
                "schema": "bench", "created_at": "2026-12-02T10:00:00+07:00", "reply_to": "",
                "counts": counts, "encrypted": True, "sizes": {"records": writer.size, "evidence": 0}}
    path = folder / f"{office}-000001.kinerja"
    with open(path, "wb") as f:
        package.build_to(f, manifest, body, package.Signer(seed, public))
    shutil.rmtree(work)
    return path, public.text()


def consolidate_all(prov, packages: list[tuple[Path, str, str]], label: str) -> None:
    for path, office, public in packages:
        province.enrol(prov, ACTOR, public, office=office)
    os.sync()  # the packages just written are not the import's to write out
    start, records, times = time.perf_counter(), 0, []
    for path, _office, _public in packages:
        began = time.perf_counter()
        result = consolidate.import_package(prov, ACTOR, path, passphrase=PASS, file_name=path.name)
        times.append(time.perf_counter() - began)
        records += result.message.fields["inserted"]
    total = time.perf_counter() - start
    print(f"{label}: {len(packages)} packages, {records:,} records in {total / 60:5.1f} min "
          f"({total:7.1f} s; first package {times[0]:5.1f} s, last {times[-1]:5.1f} s, "
          f"mean {total / len(packages):5.1f} s)", flush=True)


def pg_province(url: str):
    db = open_database(url)
    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    db.close()
    prov = open_database(url)
    province.init_province(prov, ACTOR, code="12", name="Provinsi Bench", passphrase=PASS)
    return prov


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", required=True)
    parser.add_argument("--districts", type=int, default=51)
    parser.add_argument("--sqlite-districts", type=int, default=10)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kinerja-bench-pg-"))
    work.mkdir(parents=True, exist_ok=True)
    lines, counts = template_lines(work)
    print(f"template: {len(lines):,} records of a 7,000-staff district", flush=True)
    pg = pg_province(args.pg)
    with pg.read() as s:
        recipient = keys.active(s, keys.PROVINCE_AGE).public
    folder = work / "packages"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    began, packages = time.perf_counter(), []
    for number in range(1, args.districts + 1):
        office = f"K{number:02d}"
        path, public = build(folder, rekeyed(lines, number, office), counts, office, recipient)
        packages.append((path, office, public))
    print(f"{args.districts} packages re-keyed, signed and encrypted in {time.perf_counter() - began:5.1f} s "
          f"({args.districts * 7000:,} staff)", flush=True)
    consolidate_all(pg, packages, "PostgreSQL (COPY)")
    pg.close()
    # SQLite, for comparison: the same packages, encrypted to the PostgreSQL province's key, are
    # re-encrypted by building them again for a SQLite province.
    prov, _ = new_province(work, "province-sqlite")
    with prov.read() as s:
        recipient = keys.active(s, keys.PROVINCE_AGE).public
    shutil.rmtree(folder)
    folder.mkdir()
    again = []
    for number in range(1, args.sqlite_districts + 1):
        office = f"K{number:02d}"
        path, public = build(folder, rekeyed(lines, number, office), counts, office, recipient)
        again.append((path, office, public))
    consolidate_all(prov, again, "SQLite (executemany)")
    prov.close()


if __name__ == "__main__":
    main()
