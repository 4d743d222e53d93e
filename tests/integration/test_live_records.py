"""Records written back into a database's own tables (sync/live.py): what a sub-office does with
its hub's slice and a hub with its sub-offices' packages. Real SQLite files, the demo district's
records as the export reads them."""

import copy
import uuid

import pytest
from sqlalchemy import func, select

from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.store.models import Indicator, Rhk, Skp, User
from kinerja_desktop.sync import live, records
from kinerja_desktop.sync.kinds import RECORD_KINDS, TOMBSTONE
from kinerja_desktop.sync.package import PackageRefused


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("asal") / "asal.sqlite3"
    db = open_database(str(path))
    generate_demo(db, Actor(username="demo"), employees=40, seed=3)
    out = dump(db)
    db.close()
    return out


def dump(db) -> dict[str, dict[str, dict]]:
    with db.read() as s:
        return {k.name: {u: d for chunk in records.chunks(s, k.name) for u, d in chunk} for k in RECORD_KINDS}


def write(db, batch: dict[str, dict], *, chunk: int = 2000, version: int = 1) -> None:
    """``batch``: kind -> uuid -> data (or TOMBSTONE), written in kind order in one transaction."""
    with db.transaction() as s:
        writer = live.Writer(s, office_settings=True)
        for kind in (k.name for k in RECORD_KINDS):
            items = sorted(batch.get(kind, {}).items())
            for start in range(0, len(items), chunk):
                writer.write(kind, [(u, version, d) for u, d in items[start:start + chunk]])
        writer.finish()


def same_apart_from_office(a: dict, b: dict) -> None:
    for kind in a:
        if kind == "office":  # the office row stays this database's own (its code and uuid)
            (mine,), (theirs,) = b[kind].values(), a[kind].values()
            assert {k: mine[k] for k in live.OFFICE_SETTINGS} == {k: theirs[k] for k in live.OFFICE_SETTINGS}
            continue
        assert b[kind] == a[kind], kind


def test_every_kind_comes_back_as_it_was_and_again_changes_nothing(demo, tmp_path):
    db = open_database(str(tmp_path / "baru.sqlite3"))
    # chunks of 7: an atasan, a parent unit and an RHK's parent often come in a later chunk
    write(db, demo, chunk=7)
    back = dump(db)
    assert all(back[k] for k in demo if k not in ("discipline_sanction",)), "the demo has every kind"
    same_apart_from_office(demo, back)
    write(db, demo, version=2)
    assert dump(db) == back
    db.close()


def _without_last_rhk(demo: dict) -> tuple[str, dict, dict]:
    """An SKP whose last RHK is removed, and its evaluations without what named that RHK."""
    skp_uuid = next(u for u, d in sorted(demo["skp"].items()) if len(d["rhk"]) > 1 and
                    any(e["skp"] == u for e in demo["evaluation"].values()))
    skp = copy.deepcopy(demo["skp"][skp_uuid])
    removed = skp["rhk"].pop()
    gone = {i["uuid"] for i in removed["indicators"]}
    evaluations = {}
    for uid, data in demo["evaluation"].items():
        if data["skp"] == skp_uuid:
            data = copy.deepcopy(data)
            data["realisations"] = [r for r in data["realisations"] if r["indicator"] not in gone]
            data["rhk_feedback"] = [r for r in data["rhk_feedback"] if r["rhk"] != removed["uuid"]]
            evaluations[uid] = data
    return skp_uuid, {skp_uuid: skp}, evaluations


def test_a_changed_record_replaces_its_lists_and_a_tombstone_removes_what_it_carries(demo, tmp_path):
    db = open_database(str(tmp_path / "baru.sqlite3"))
    write(db, demo)
    skp_uuid, skps, evaluations = _without_last_rhk(demo)
    skps[skp_uuid]["rhk"][0]["text"] = "Terwujudnya layanan yang lebih cepat"
    skps[skp_uuid]["rhk"].append({"uuid": str(uuid.uuid4()), "parent": None, "intervensi_text": "", "jenis": "tambahan",
                                  "position": 9, "text": "RHK baru", "indicators": [
                                      {"uuid": str(uuid.uuid4()), "position": 0, "aspek": "Kuantitas", "perspektif": "",
                                       "text": "Jumlah laporan", "target_min": 4, "target_max": 4, "satuan": "laporan",
                                       "target_text": "", "source": ""}]})
    employee = sorted(demo["employee"])[3]
    renamed = {**demo["employee"][employee], "nama": "Nama Baru"}
    other_skp = next(u for u in sorted(demo["skp"]) if u != skp_uuid)
    dropped = {u: TOMBSTONE for u, d in demo["evaluation"].items() if d["skp"] == other_skp}
    write(db, {"employee": {employee: renamed}, "skp": {**skps, other_skp: TOMBSTONE},
               "evaluation": {**evaluations, **dropped}}, version=2)
    back = dump(db)
    assert back["employee"][employee]["nama"] == "Nama Baru"
    assert back["skp"][skp_uuid] == skps[skp_uuid]
    assert all(back["evaluation"][u] == d for u, d in evaluations.items())
    assert other_skp not in back["skp"] and not dropped.keys() & back["evaluation"].keys()
    with db.read() as s:  # nothing left behind under the removed SKP or the removed RHK
        skp_ids = set(s.scalars(select(Skp.id)))
        assert set(s.scalars(select(Rhk.skp_id))) <= skp_ids
        assert set(s.scalars(select(Indicator.rhk_id))) <= set(s.scalars(select(Rhk.id)))
        assert s.scalar(select(func.count()).select_from(Rhk)) == sum(len(d["rhk"]) for d in back["skp"].values())
    db.close()


def _hostile(demo: dict) -> dict[str, tuple[dict, str]]:
    employee = sorted(demo["employee"])[0]
    base = demo["employee"][employee]

    def changed(**fields):
        return {"employee": {employee: {**base, **fields}}}

    return {
        "unknown field": (changed(gaji=1), "medan tak dikenal 'gaji'"),
        "text as a number": (changed(nama=5), "medan nama harus teks"),
        "too long": (changed(nip="1" * 19), "medan nip lebih dari 18 karakter"),
        "not a date": (changed(birth_date="1990-13-01"), "medan birth_date harus tanggal ISO 8601"),
        "not a flag": (changed(active="ya"), "medan active harus true atau false"),
        "empty where required": (changed(nama=None), "medan nama tidak boleh kosong"),
        "names a unit not here": (changed(unit=str(uuid.uuid4())), "medan unit menunjuk unit"),
        "same NIP, other uuid": ({"employee": {str(uuid.uuid4()): base}}, "bentrok"),
        "an RHK list that is not a list": ({"skp": {next(iter(sorted(demo["skp"]))): {
            **demo["skp"][next(iter(sorted(demo["skp"])))], "rhk": "x"}}}, "medan rhk harus daftar objek"),
    }


@pytest.mark.parametrize("case", ["unknown field", "text as a number", "too long", "not a date", "not a flag",
                                  "empty where required", "names a unit not here", "same NIP, other uuid",
                                  "an RHK list that is not a list"])
def test_a_bad_record_is_refused_by_name_and_nothing_changes(demo, tmp_path, case):
    db = open_database(str(tmp_path / "baru.sqlite3"))
    write(db, demo)
    before = dump(db)
    batch, words = _hostile(demo)[case]
    with pytest.raises(PackageRefused) as refused:
        write(db, batch, version=2)
    assert words in str(refused.value)
    assert dump(db) == before
    db.close()


def test_a_record_still_used_here_is_not_removed_by_a_tombstone(demo, tmp_path):
    from kinerja_desktop.store.models import Employee

    db = open_database(str(tmp_path / "baru.sqlite3"))
    write(db, demo)
    newcomer = str(uuid.uuid4())
    write(db, {"employee": {newcomer: {**demo["employee"][sorted(demo["employee"])[0]], "nip": "199001012015031001",
                                       "atasan": None}}}, version=1)
    with db.transaction() as s:  # an account here for that person
        s.add(User(username="penilai1", role="penilai", password_hash="x",
                   employee_id=s.scalar(select(Employee.id).where(Employee.uuid == newcomer))))
    before = dump(db)
    with pytest.raises(PackageRefused) as refused:
        write(db, {"employee": {newcomer: TOMBSTONE}}, version=2)
    assert f"rekaman employee {newcomer} dihapus oleh pengirim" in str(refused.value)
    assert dump(db) == before
    with db.transaction() as s:
        s.execute(User.__table__.delete())
    write(db, {"employee": {newcomer: TOMBSTONE}}, version=2)
    assert newcomer not in dump(db)["employee"]
    db.close()


def test_kinds_out_of_package_order_are_refused(demo, tmp_path):
    db = open_database(str(tmp_path / "baru.sqlite3"))
    with pytest.raises(PackageRefused, match="tidak dalam urutan"):
        with db.transaction() as s:
            writer = live.Writer(s, office_settings=True)
            writer.write("employee", [])
            writer.write("unit", [])
    db.close()
