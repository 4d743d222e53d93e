"""Power cuts at the hub and at a sub-office (issue 16, point 5): the command killed at random
moments, run again, ends exactly where an uninterrupted run ends, with the database intact."""

import json
import shutil
import sqlite3

import pytest

from .test_crash_kill import PASS, info, kill_and_rerun, run

SCHOOL = "SMP Negeri 1 Sukamaju"


@pytest.fixture(scope="module")
def hub_world(tmp_path_factory):
    """A hub (demo of 40 staff) with a school enrolled; the school's slice; the school after it
    applied the slice, with one evaluation noted; that note's package."""
    from kinerja_desktop.services.context import cli_actor
    from kinerja_desktop.services.demo import generate_demo
    from kinerja_desktop.store.migrate import open_database
    from kinerja_desktop.sync import district, hub, inbox, slices

    root, actor = tmp_path_factory.mktemp("hub-kill"), cli_actor()
    usb = root / "usb"
    usb.mkdir()
    kab = open_database(str(root / "kab.sqlite3"))
    generate_demo(kab, actor, employees=40, seed=3)
    district.init_keys(kab, actor, office_code="1201", passphrase=PASS)
    school = open_database(str(root / "sekolah.sqlite3"))
    district.init_keys(school, actor, office_code="1201.01", passphrase=PASS)
    district.trust_province(school, actor, hub.publish(kab, passphrase=PASS), file_name="hub.kinerja")
    hub.enrol(kab, actor, district.key_info(school).public_text, office="1201.01", unit=SCHOOL)
    slice_file = slices.write_slice(kab, actor, office="1201.01", passphrase=PASS, out_dir=usb).path
    for db in (kab, school):
        db.close()
    for name in ("kab", "sekolah"):
        with sqlite3.connect(root / f"{name}.sqlite3") as conn:  # everything in the file itself
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(root / f"{name}.sqlite3", root / f"{name}-before.sqlite3")
    school = open_database(str(root / "sekolah.sqlite3"))
    inbox.import_files(school, actor, [slice_file], passphrase=PASS)
    with school.transaction() as s:
        s.connection().exec_driver_sql("update evaluation set catatan = 'Catatan sekolah' where status != 'Final'")
    package = district.export_package(school, actor, passphrase=PASS, out_dir=usb).path
    school.close()
    return {"root": root, "slice": slice_file, "package": package}


def test_a_slice_import_killed_at_the_school_heals(tmp_path, hub_world):
    db = tmp_path / "kinerja.sqlite3"

    def prepare():
        for leftover in tmp_path.glob("kinerja.sqlite3*"):
            leftover.unlink()
        shutil.copy(hub_world["root"] / "sekolah-before.sqlite3", db)

    def check():
        with sqlite3.connect(db) as conn:
            held = conn.execute("select count(*) from sync_record").fetchone()
        return info(db, tmp_path / "home"), held

    kill_and_rerun(tmp_path, "slice", lambda: ("sync", "import", str(hub_world["slice"])), prepare=prepare,
                   check=check)


def test_a_package_import_killed_at_the_hub_heals(tmp_path, hub_world):
    db, receipts = tmp_path / "kinerja.sqlite3", tmp_path / "tanda-terima"

    def prepare():
        shutil.rmtree(receipts, ignore_errors=True)
        receipts.mkdir()
        for leftover in tmp_path.glob("kinerja.sqlite3*"):
            leftover.unlink()
        shutil.copy(hub_world["root"] / "kab-before.sqlite3", db)

    def check():
        status = run(db, "hub", "status", "--json", home=tmp_path / "home")
        assert status.returncode == 0, status.stderr
        with sqlite3.connect(db) as conn:
            noted = conn.execute("select count(*) from evaluation where catatan = 'Catatan sekolah'").fetchone()
        return [(r["office"], r["last_sequence"], r["conflicts"]) for r in json.loads(status.stdout)], noted, \
            sorted(p.name for p in receipts.iterdir())

    kill_and_rerun(tmp_path, "hub-import", lambda: ("sync", "import", str(hub_world["package"]), "--receipt-out",
                                                    str(receipts)), prepare=prepare, check=check)


def test_a_transfer_killed_at_the_hub_is_whole_or_not_at_all(tmp_path, hub_world):
    """`hub transfer` is one transaction: killed, the teacher has moved with the new segment or
    not at all; run again, it either moves them or says they are there already (and how to write
    the slices again)."""
    db, usb = tmp_path / "kinerja.sqlite3", tmp_path / "usb"
    with sqlite3.connect(hub_world["root"] / "kab-before.sqlite3") as conn:
        (mover,) = conn.execute(
            "select e.nip from employee e join unit u on u.id = e.unit_id join skp k on k.employee_id = e.id and "
            "k.year = 2026 where u.name = ? and not exists (select 1 from evaluation v where v.skp_id = k.id and "
            "v.period_kind = 'tahunan') and exists (select 1 from employee a where a.id = e.atasan_id and "
            "a.unit_id = e.unit_id) order by e.nip limit 1", (SCHOOL,)).fetchone()

    def prepare():
        shutil.rmtree(usb, ignore_errors=True)
        usb.mkdir()
        for leftover in tmp_path.glob("kinerja.sqlite3*"):
            leftover.unlink()
        shutil.copy(hub_world["root"] / "kab-before.sqlite3", db)

    def check():
        with sqlite3.connect(db) as conn:
            return (conn.execute("select u.code, a.nip from employee e join unit u on u.id = e.unit_id join employee a "
                                 "on a.id = e.atasan_id where e.nip = ?", (mover,)).fetchone(),
                    conn.execute("select k.segment, k.starts_on, k.ends_on from skp k join employee e on "
                                 "e.id = k.employee_id where e.nip = ? order by k.year, k.segment", (mover,)).fetchall(),
                    conn.execute("select office, slice_sequence from prov_district").fetchall(),
                    conn.execute("select count(*) from audit_entry where action = 'hub.transfer'").fetchone())

    kill_and_rerun(tmp_path, "hub-transfer", lambda: ("hub", "transfer", "--nip", mover, "--to", "1201", "--unit",
                                                      "DEMO-00002", "--tanggal", "2026-12-01", "-o", str(usb)),
                   prepare=prepare, check=check, ok_again=(0, 1))
    again = run(db, "hub", "transfer", "--nip", mover, "--to", "1201", "--unit", "DEMO-00002", "--tanggal",
                "2026-12-01", "-o", str(usb), home=tmp_path / "home")
    assert again.returncode == 1 and "sudah berada di wilayah 1201" in again.stderr and "hub slice --office" in again.stderr
