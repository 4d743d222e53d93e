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
