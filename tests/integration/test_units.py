"""The operator keeps the unit tree: add, rename, move, close; each audited, bad input refused."""

import pytest

from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.errors import NotAllowed, UserError
from kinerja_desktop.services import units
from kinerja_desktop.services.maintenance import verify_audit

from .conftest import KABID, penilai_actor


def by_name(db, name):
    return next(u for u in units.list_unit_details(db, cli_actor()) if u.name == name)


def test_tree_lists_units_depth_first_with_their_staff(staffed):
    rows = units.list_unit_details(staffed, cli_actor())
    assert [(u.name, u.depth, u.employees) for u in rows] == [
        ("Dinas Pendidikan", 0, 1), ("Bidang Pembinaan SD", 1, 3)]


def test_add_rename_move_and_close_a_unit(staffed, operator):
    dinas = by_name(staffed, "Dinas Pendidikan")
    added = units.create_unit(staffed, operator, name="  UPTD  Pendidikan Kec. Cibadak ", parent_id=dinas.id,
                              kind="uptd")
    assert (added.name, added.depth, added.kind) == ("UPTD Pendidikan Kec. Cibadak", 1, "uptd")
    bidang = by_name(staffed, "Bidang Pembinaan SD")
    moved = units.update_unit(staffed, operator, added.id, name="UPTD Cibadak", parent_id=bidang.id, kind="uptd",
                              code="A1B2")
    assert (moved.name, moved.parent_id, moved.depth, moved.code) == ("UPTD Cibadak", bidang.id, 2, "A1B2")
    units.close_unit(staffed, operator, added.id)
    assert "UPTD Cibadak" not in [u.name for u in units.list_unit_details(staffed, cli_actor())]
    report = verify_audit(staffed)
    assert report.chain_ok and not report.problems


def test_refusals_leave_the_tree_as_it_was(staffed, operator):
    dinas, bidang = by_name(staffed, "Dinas Pendidikan"), by_name(staffed, "Bidang Pembinaan SD")
    before = units.list_unit_details(staffed, cli_actor())
    with pytest.raises(UserError, match="wajib diisi"):
        units.create_unit(staffed, operator, name="  ", parent_id=None)
    with pytest.raises(UserError, match="sudah ada"):
        units.create_unit(staffed, operator, name="bidang pembinaan sd", parent_id=dinas.id)
    with pytest.raises(UserError, match="sub-unitnya"):
        units.update_unit(staffed, operator, dinas.id, name=dinas.name, parent_id=bidang.id)
    with pytest.raises(UserError, match="3 pegawai aktif"):
        units.close_unit(staffed, operator, bidang.id)
    empty = units.create_unit(staffed, operator, name="Kosong", parent_id=None)
    units.create_unit(staffed, operator, name="Anak", parent_id=empty.id)
    with pytest.raises(UserError, match="sub-unit aktif"):
        units.close_unit(staffed, operator, empty.id)
    with pytest.raises(UserError, match="Jenis unit"):
        units.create_unit(staffed, operator, name="X", parent_id=None, kind="kerajaan")
    assert [u for u in units.list_unit_details(staffed, cli_actor()) if u.name not in ("Kosong", "Anak")] == before


def test_only_the_operator_changes_units(staffed):
    penilai = penilai_actor(staffed, KABID)
    with pytest.raises(NotAllowed, match="bukan operator"):
        units.create_unit(staffed, penilai, name="Bidang Baru", parent_id=None)
