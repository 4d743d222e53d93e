"""Issue 15, point 7: the province decides each conflict (keep its copy, take the district's) with
a reason, once; the decision is audited and reaches the district in its next reference file,
whose next change then applies instead of conflicting again."""

import json

import pytest
from sqlalchemy import select

from kinerja_desktop.cli import main
from kinerja_desktop.errors import UserError
from kinerja_desktop.errors import NotAllowed
from kinerja_desktop.services.context import Actor, Role
from kinerja_desktop.services.units import update_unit
from kinerja_desktop.store.models import AuditEntry, ProvRecord, SyncRecord, Unit
from kinerja_desktop.sync import conflicts, consolidate, inbox, reference

from .sync_world import ACTOR, OFFICE, PASS


def _conflict(world) -> tuple[str, dict]:
    """The province holds the district's units; a package then sends one of them again, same
    version, other content: what a district that restored an old backup and edited would send."""
    world.import_(world.export())
    with world.province.read() as s:
        uuid, data, last = s.execute(select(ProvRecord.uuid, ProvRecord.data, ProvRecord.package_id)
                                     .where(ProvRecord.kind == "unit")).first()
        from kinerja_desktop.store.models import ProvDistrict

        previous = s.scalar(select(ProvDistrict.last_manifest_sha256).where(ProvDistrict.office == OFFICE))
    changed = {**json.loads(data), "name": "Nama dari cadangan lama"}
    forged = world.forge([{"kind": "unit", "uuid": uuid, "version": 1, "owner": OFFICE, "data": changed}],
                         sequence=2, previous=previous)
    path = world.root / "cabang.kinerja"
    path.write_bytes(forged)
    assert "1 bentrok" in str(world.import_(path).message)
    return uuid, changed


def test_keep_the_provinces_copy_and_tell_the_district(world):
    uuid, changed = _conflict(world)
    [row] = conflicts.conflicts(world.province, ACTOR, office=OFFICE)
    shown = conflicts.detail(world.province, ACTOR, row.id)
    assert shown.incoming["name"] == changed["name"] and shown.stored["name"] != changed["name"]
    with pytest.raises(UserError, match="alasan"):
        conflicts.decide(world.province, ACTOR, row.id, take=False, note="ok")
    with pytest.raises(NotAllowed):
        conflicts.decide(world.province, Actor(username="lihat", role=Role.VIEWER), row.id, take=False,
                         note="salinan provinsi benar")
    decided = conflicts.decide(world.province, ACTOR, row.id, take=False, note="Nama unit sudah dikoreksi BKD")
    assert decided.status == "Dipertahankan" and conflicts.conflicts(world.province, ACTOR) == []
    with pytest.raises(UserError, match="sudah diputuskan"):
        conflicts.decide(world.province, ACTOR, row.id, take=True, note="berubah pikiran sekarang")
    with world.province.read() as s:
        assert json.loads(s.scalar(select(ProvRecord.data).where(ProvRecord.uuid == uuid)))["name"] != changed["name"]
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "province.conflict")) is not None

    # the district restored an old backup: its version of the unit went back, and it takes up
    # the province's chain again from the province's last receipt (`province receipt`)
    with world.district.transaction() as s:
        s.get(SyncRecord, ("unit", uuid)).version = 0
    receipt_name, receipt = consolidate.latest_receipt(world.province, office=OFFICE)
    inbox.import_from_province(world.district, ACTOR, receipt, file_name=receipt_name)
    name, data = reference.build(world.province, ACTOR, office=OFFICE, passphrase=PASS, roster=None, org=None)
    with pytest.raises(UserError, match="tidak ada keputusan bentrok"):  # reported once
        reference.build(world.province, ACTOR, office=OFFICE, passphrase=PASS, roster=None, org=None)
    applied = inbox.import_from_province(world.district, ACTOR, data, file_name=name, passphrase=PASS)
    assert applied.changed
    with world.district.read() as s:
        assert s.get(SyncRecord, ("unit", uuid)).version == 1  # past the province's copy
        note = s.scalar(select(AuditEntry).where(AuditEntry.action == "sync.conflict"))
        assert "dikoreksi BKD" in note.after
        unit = s.scalar(select(Unit).where(Unit.uuid == uuid))
        unit_id, parent_id = unit.id, unit.parent_id
    update_unit(world.district, ACTOR, unit_id, name="Nama yang benar sesudah keputusan", parent_id=parent_id)
    result = world.import_(world.export())
    assert result.message.fields["conflicts"] == 0 and result.message.fields["updated"] >= 1
    with world.province.read() as s:
        assert json.loads(s.scalar(select(ProvRecord.data).where(ProvRecord.uuid == uuid)))["name"] == \
            "Nama yang benar sesudah keputusan"


def test_take_the_districts_record(world):
    uuid, changed = _conflict(world)
    [row] = conflicts.conflicts(world.province, ACTOR)
    conflicts.decide(world.province, ACTOR, row.id, take=True, note="Kabupaten mengirim nama yang benar")
    with world.province.read() as s:
        held = s.scalar(select(ProvRecord).where(ProvRecord.uuid == uuid))
        assert json.loads(held.data) == changed and held.version == 1
    [decided] = conflicts.conflicts(world.province, ACTOR, open_only=False)
    assert decided.status == "Diambil" and decided.decided_by == ACTOR.username


def test_conflicts_on_the_command_line(world, capsys, monkeypatch):
    _conflict(world)
    db = str(world.files["province"])
    assert main(["--db", db, "province", "conflicts", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["status"] == "Terbuka"
    assert main(["--db", db, "province", "decide", str(row["id"]), "--pertahankan", "--alasan", "x"]) == 1
    assert "alasan" in capsys.readouterr().err
    assert main(["--db", db, "province", "decide", "999", "--ambil", "--alasan", "alasan yang cukup"]) == 1
    assert "tidak ada" in capsys.readouterr().err
    assert main(["--db", db, "province", "decide", str(row["id"]), "--ambil", "--alasan", "alasan yang cukup"]) == 0
    assert "Diambil" in capsys.readouterr().out
    assert main(["--db", db, "province", "conflicts", "--semua"]) == 0
    assert "Diambil oleh" in capsys.readouterr().out
