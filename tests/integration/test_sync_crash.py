"""A crash during an export never forks the district: at whichever step the export dies, what a
province can receive and what the district recorded agree, the next export carries on, and the
province ends with every change (issue: a package written before its sequence was committed)."""


import pytest
from sqlalchemy import func, select

from kinerja_desktop.services.office import update_office
from kinerja_desktop.store.models import ProvRecord
from kinerja_desktop.sync import district, inbox

from .sync_world import ACTOR, PASS


class PowerCut(BaseException):
    """Stands for the process dying: nothing after it runs (not even an except Exception)."""


def cut_at(monkeypatch, target, name: str, *, after: bool = False):
    original = getattr(target, name)

    def dying(*args, **kwargs):
        if after:
            original(*args, **kwargs)
        raise PowerCut(name)
    monkeypatch.setattr(target, name, dying)


STAGES = {  # where the export dies
    "while reading the records": lambda mp: cut_at(mp, district, "track"),
    "after staging, before the commit": lambda mp: cut_at(mp, district.audit, "record", after=True),
    "after the commit, before the rename": lambda mp: cut_at(mp, district, "finish_staged", after=False),
    "while copying to the stick": lambda mp: cut_at(mp, district, "copy_verified"),
    "the moment the package is on the stick": lambda mp: cut_at(mp, district, "copy_verified", after=True),
}


@pytest.mark.parametrize("stage", STAGES)
def test_an_export_killed_at_any_step_heals(world, tmp_path, monkeypatch, stage):
    usb = tmp_path / "usb"
    usb.mkdir()
    first = world.export()
    world.import_(first)  # the province holds package 1
    update_office(world.district, ACTOR, place="Perubahan sebelum mati listrik")
    with monkeypatch.context() as mp:
        STAGES[stage](mp)
        with pytest.raises(PowerCut):
            district.export_package(world.district, ACTOR, passphrase=PASS, out_dir=usb)
    # Whatever reached the stick is a package the district has recorded.
    recorded = {row.file_name for row in district.outbox(world.district)}
    assert {p.name for p in usb.glob("*.kinerja")} <= recorded
    update_office(world.district, ACTOR, name="PEMERINTAH KABUPATEN SETELAH PULIH")
    result = district.export_package(world.district, ACTOR, passphrase=PASS, out_dir=usb)
    for path in sorted(usb.glob("*.kinerja")):  # the province takes every package on the stick, in order
        imported = world.import_(path)
        assert imported.status in ("Diterapkan", "Sudah diimpor"), (path.name, imported.message)
        receipt = world.receipt_file(imported)
        inbox.import_from_province(world.district, ACTOR, receipt.read_bytes(), file_name=str(receipt))
    assert [row.status for row in district.outbox(world.district)] == ["Diterima"] * result.sequence
    with world.province.read() as s:  # the province ends with the district's data
        office = s.scalar(select(ProvRecord.data).where(ProvRecord.kind == "office"))
        assert "SETELAH PULIH" in office and "mati listrik" in office
        assert s.scalar(select(func.count()).select_from(ProvRecord)) > 100
    assert not list((world.district.sqlite_path.parent / "outbox").glob("*.part"))


def test_a_district_restored_from_an_older_backup_rejoins_the_provinces_chain(world, tmp_path):
    """A week-old backup restored: its next package is refused as a fork (the province already
    has later ones), the province's last receipt puts it back on the chain, and the next package,
    carrying every record, is accepted; the province keeps the newer data it had."""
    import shutil

    from kinerja_desktop.store.migrate import open_database
    from kinerja_desktop.sync import consolidate

    from .test_sync_refusals import refused

    world.import_(world.export())  # package 1
    world.district.close()
    backup = shutil.copy(world.files["district"], tmp_path / "seminggu-lalu.sqlite3")
    world.district = open_database(str(world.files["district"]))
    update_office(world.district, ACTOR, place="Perubahan yang hanya ada di provinsi")
    for _ in range(2):
        imported = world.import_(world.export())  # packages 2 and 3 reach the province
        receipt = world.receipt_file(imported)
        inbox.import_from_province(world.district, ACTOR, receipt.read_bytes(), file_name=str(receipt))
    world.district.close()
    shutil.copy(backup, world.files["district"])  # the week-old backup is restored
    world.district = open_database(str(world.files["district"]))
    update_office(world.district, ACTOR, name="PEMERINTAH KABUPATEN SESUDAH DIPULIHKAN")
    fork = world.export()
    refused(world, fork.read_bytes(), "sudah dipakai paket lain")
    name, data = consolidate.latest_receipt(world.province, office="1201")
    applied = inbox.import_from_province(world.district, ACTOR, data, file_name=name)
    assert "Urutan paket provinsi dipakai" in applied.message
    rejoined = world.export()
    assert "000004" in rejoined.name
    imported = world.import_(rejoined)
    assert imported.status == "Diterapkan", imported.message
    with world.province.read() as s:
        office = s.scalar(select(ProvRecord.data).where(ProvRecord.kind == "office"))
    # The province keeps what only it had; the restored office's own change to the same record
    # is held as a conflict for review, not lost and not silently overwriting.
    assert "hanya ada di provinsi" in office and imported.message.fields["conflicts"] == 1
    receipt = world.receipt_file(imported)
    inbox.import_from_province(world.district, ACTOR, receipt.read_bytes(), file_name=str(receipt))
    assert district.outbox(world.district)[0].status == "Diterima"
    assert world.import_(world.export()).status == "Diterapkan"  # and the chain goes on


def test_a_body_left_decrypted_by_a_killed_import_stays_private_and_is_removed(world):
    """The process dies mid-import (os._exit: no cleanup runs): the decrypted body it leaves is
    in the province's own private folder, not the system's temporary one, and the next import
    removes it once it is an hour old; one younger (an import running beside) is left alone."""
    import os
    import subprocess
    import sys
    import time

    from kinerja_desktop.sync import consolidate, reader

    path = world.export()
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from kinerja_desktop.store.migrate import open_database\n"
        "from kinerja_desktop.sync import consolidate, consolidated\n"
        "from kinerja_desktop.services.context import cli_actor\n"
        "consolidated.Apply.chunk = lambda *a: os._exit(9)\n"
        f"db = open_database({str(world.province.sqlite_path)!r})\n"
        f"consolidate.import_package(db, cli_actor(), Path({str(path)!r}), passphrase={PASS!r}, file_name='p')\n")
    assert subprocess.run([sys.executable, "-c", code], timeout=120).returncode == 9
    folder = consolidate.unpacked_dir(world.province)
    (left,) = folder.glob(reader.WORK_PREFIX + "*")
    assert (left / "inner.zip").stat().st_size > 0
    if os.name == "posix":
        assert folder.stat().st_mode & 0o077 == 0 and left.stat().st_mode & 0o077 == 0
    world.import_(path)  # the import beside it: an hour has not passed
    assert left.exists()
    hour_ago = time.time() - reader.STALE_SECONDS - 60
    os.utime(left, (hour_ago, hour_ago))
    world.import_(world.export())
    assert not left.exists() and list(folder.iterdir()) == []
