"""District and province exchange packages and receipts through files alone (issue 5)."""

import json
import subprocess

import pytest
from sqlalchemy import func, select

from kinerja_desktop.errors import UserError
from kinerja_desktop.services import info as info_service
from kinerja_desktop.services.evaluation import attach_evidence
from kinerja_desktop.services.units import update_unit
from kinerja_desktop.store.models import Evaluation, ProvConflict, ProvRecord, SyncOutbox, Unit
from kinerja_desktop.sync import district, inbox, province

from .sync_world import ACTOR, OFFICE, PASS


def first_unit(db):
    with db.read() as s:
        unit = s.scalars(select(Unit).where(Unit.parent_id.is_not(None)).order_by(Unit.id)).first()
        return unit.id, unit.name, unit.parent_id


def test_round_trip_district_province_receipt_district(world):
    first = world.export()
    imported = world.import_(first)
    assert imported.status == "Diterapkan"
    applied = inbox.import_from_province(world.district, ACTOR, world.receipt_file(imported).read_bytes(),
                                            file_name="receipt")
    assert applied.changed and "tersinkron" in applied.message
    assert [r.status for r in district.outbox(world.district)] == ["Diterima"]
    assert not (district.outbox_dir(world.district) / first.name).exists()  # settled: no longer kept
    info = info_service.database_info(world.province)
    local = info_service.database_info(world.district)
    assert (info.employees, info.skps, info.evaluations) == (local.employees, local.skps, local.evaluations)

    unit_id, name, parent = first_unit(world.district)
    update_unit(world.district, ACTOR, unit_id, name=name + " (baru)", parent_id=parent)
    second = world.export()
    result = world.import_(second)
    assert "0 baru, 1 diperbarui" in result.message
    with world.province.read() as s:
        assert "(baru)" in s.scalar(select(ProvRecord.data).where(ProvRecord.kind == "unit",
                                                                  ProvRecord.data.like("%(baru)%")))


def test_lost_stick_heals_itself(world):
    lost = world.export()  # the stick with package 1 never reaches the province
    lost_bytes = lost.read_bytes()
    lost.unlink()
    again = district.export_package(world.district, ACTOR, passphrase=PASS, out_dir=world.root / "usb")
    assert [p.name for p in again.pending_copies] == [lost.name]  # package 1 travels again
    held = world.import_(again.path)
    assert held.status == "Ditahan" and "nomor 1 sampai 1" in held.message
    assert province.districts(world.province)[0].held == (2,)
    from kinerja_desktop.sync.consolidate import held_dir

    waiting = list(held_dir(world.province).iterdir())  # kept as a file, not whole in the database
    assert [p.read_bytes() for p in waiting] == [again.path.read_bytes()]
    done = world.import_(again.pending_copies[0])
    assert done.status == "Diterapkan" and len(done.receipts) == 2  # the held one followed
    assert list(held_dir(world.province).iterdir()) == []  # applied: its file is gone
    assert again.pending_copies[0].read_bytes() == lost_bytes
    row = province.districts(world.province)[0]
    assert (row.last_sequence, row.held) == (2, ())
    # The receipt for 2 alone settles 1 as well.
    inbox.import_from_province(world.district, ACTOR, done.receipts[1][1], file_name="r2")
    assert {r.status for r in district.outbox(world.district)} == {"Diterima"}


def test_same_package_twice_is_a_no_op_with_the_same_receipt(world):
    path = world.export()
    first = world.import_(path)
    before = world.state()
    second = world.import_(path)
    assert second.status == "Sudah diimpor" and second.receipts == first.receipts
    assert world.state() == before
    receipt = world.receipt_file(first).read_bytes()
    inbox.import_from_province(world.district, ACTOR, receipt, file_name="r")
    again = inbox.import_from_province(world.district, ACTOR, receipt, file_name="r")
    assert not again.changed


def test_unacknowledged_changes_are_included_until_the_receipt(world):
    world.export()
    second = district.export_package(world.district, ACTOR, passphrase=PASS, out_dir=world.root / "usb")
    assert sum(second.counts.values()) > 0  # no receipt yet: everything again
    world.import_(world.root / "usb" / f"{OFFICE}-000001.kinerja")
    r2 = world.import_(second.path)
    assert "0 baru" in r2.message and "0 diperbarui" in r2.message  # same content: no-op per record
    inbox.import_from_province(world.district, ACTOR, r2.receipts[0][1], file_name="r2")
    third = district.export_package(world.district, ACTOR, passphrase=PASS, out_dir=world.root / "usb")
    assert third.counts == {}


def test_full_export_resends_everything(world):
    world.import_(world.export())
    full = district.export_package(world.district, ACTOR, passphrase=PASS, out_dir=world.root / "usb", full=True)
    assert "0 baru, 0 diperbarui" in world.import_(full.path).message
    assert full.counts["employee"] > 0


def test_evidence_travels_with_its_evaluation(world, tmp_path):
    with world.district.read() as s:
        ev = s.scalars(select(Evaluation).where(Evaluation.status == "Draft")).first()
    proof = tmp_path / "laporan.pdf"
    proof.write_bytes(b"%PDF-1.4 bukti dukung")
    attach_evidence(world.district, ACTOR, evaluation_id=ev.id, file=proof)
    world.import_(world.export())
    import hashlib

    from kinerja_desktop.services.evidence_store import evidence_path

    sha = hashlib.sha256(proof.read_bytes()).hexdigest()
    assert evidence_path(world.province.evidence_dir, sha).read_bytes() == proof.read_bytes()


def test_deleted_records_travel_as_tombstones(world):
    from kinerja_desktop.store.models import OrgPerformance

    world.import_(world.export())
    with world.district.transaction() as s:  # a delete by any path: found by comparing content
        row = s.scalars(select(OrgPerformance)).first()
        uuid = row.uuid
        s.delete(row)
    world.import_(world.export())
    with world.province.read() as s:
        assert json.loads(s.scalar(select(ProvRecord.data).where(ProvRecord.uuid == uuid))) == {"deleted": True}


def test_passphrase_is_checked(world):
    with pytest.raises(UserError, match="Frasa sandi salah"):
        district.export_package(world.district, ACTOR, passphrase="salah-salah", out_dir=world.root)
    assert district.outbox(world.district) == []
    path = world.export()
    before = world.state()
    from kinerja_desktop.sync import consolidate

    with pytest.raises(UserError, match="Frasa sandi salah"):
        consolidate.import_package(world.province, ACTOR, path.read_bytes(), passphrase="salah-salah", file_name="p")
    assert world.state() == before


def test_export_to_a_missing_folder_changes_nothing(world):
    with pytest.raises(UserError, match="tidak ada"):
        district.export_package(world.district, ACTOR, passphrase=PASS, out_dir=world.root / "tidak-ada")
    with world.district.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0


def test_conflicting_version_is_kept_for_review(world):
    world.import_(world.export())
    with world.province.read() as s:
        uuid, data = s.execute(select(ProvRecord.uuid, ProvRecord.data).where(ProvRecord.kind == "unit")).first()
    changed = {**json.loads(data), "name": "Versi dari cabang lain"}
    forged = world.forge([{"kind": "unit", "uuid": uuid, "version": 1, "owner": OFFICE, "data": changed}],
                         sequence=2, previous=_last_sha(world))
    result = world.import_(_write(world, forged))
    assert "1 bentrok" in result.message
    with world.province.read() as s:
        conflict = s.scalars(select(ProvConflict)).one()
        assert conflict.uuid == uuid and "tidak lebih baru" in conflict.reason
        assert json.loads(s.scalar(select(ProvRecord.data).where(ProvRecord.uuid == uuid))) != changed
    assert province.districts(world.province)[0].open_conflicts == 1


def _last_sha(world) -> str:
    with world.province.read() as s:
        from kinerja_desktop.store.models import ProvDistrict

        return s.scalar(select(ProvDistrict.last_manifest_sha256).where(ProvDistrict.office == OFFICE))


def _write(world, data: bytes, name: str = "forged.kinerja"):
    path = world.root / name
    path.write_bytes(data)
    return path


def test_the_province_checks_a_package_with_standard_tools(world, tmp_path):
    """minisign verifies the manifest, sha256sum the members, age decrypts with the escrowed identity."""
    path = world.export()
    unpacked = tmp_path / "unpacked"
    subprocess.run(["unzip", "-q", str(path), "-d", str(unpacked)], check=True)
    run = subprocess.run(["minisign", "-V", "-p", str(world.files["pub"]), "-m", "manifest.json",
                          "-x", "manifest.json.minisig"], cwd=unpacked, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert f"office:{OFFICE} sequence:1" in run.stdout
    manifest = json.loads((unpacked / "manifest.json").read_text())
    sums = subprocess.run(["sha256sum", *[m["name"] for m in manifest["members"]]], cwd=unpacked,
                          capture_output=True, text=True, check=True).stdout.split()
    assert sums[0::2] == [m["sha256"] for m in manifest["members"]]
    identity = province.escrow(world.province, ACTOR, passphrase=PASS, output=tmp_path / "escrow.txt")
    inner = tmp_path / "payload.zip"
    subprocess.run(["age", "-d", "-i", str(identity), "-o", str(inner), str(unpacked / "payload.age")], check=True)
    subprocess.run(["unzip", "-q", str(inner), "-d", str(tmp_path / "inner")], check=True)
    lines = (tmp_path / "inner" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == sum(manifest["counts"].values())
    assert json.loads((tmp_path / "inner" / "header.json").read_text())["id"] == manifest["id"]
    # And minisign itself notices one changed byte.
    (unpacked / "manifest.json").write_text((unpacked / "manifest.json").read_text().replace('"sequence":1', '"sequence":9'))
    run = subprocess.run(["minisign", "-V", "-p", str(world.files["pub"]), "-m", "manifest.json",
                          "-x", "manifest.json.minisig"], cwd=unpacked, capture_output=True, text=True)
    assert run.returncode != 0


def test_receipts_are_checkable_with_minisign(world, tmp_path):
    receipt = world.receipt_file(world.import_(world.export()))
    pub = tmp_path / "province.pub"
    pub.write_text(province.key_info(world.province).public_text)
    subprocess.run(["unzip", "-q", str(receipt), "-d", str(tmp_path / "r")], check=True)
    run = subprocess.run(["minisign", "-V", "-p", str(pub), "-m", "manifest.json", "-x", "manifest.json.minisig"],
                         cwd=tmp_path / "r", capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_cancelled_export_changes_nothing(world):
    class Stop(Exception):
        pass

    seen = []

    def progress(done, total):
        seen.append((done, total))
        raise Stop()

    with pytest.raises(Stop):
        district.export_package(world.district, ACTOR, passphrase=PASS, out_dir=world.root, progress=progress)
    assert seen and seen[0][1] >= seen[0][0]
    assert district.outbox(world.district) == [] and not list(world.root.glob("*.kinerja"))
    assert world.export().name.endswith("000001.kinerja")  # the sequence was not used up
