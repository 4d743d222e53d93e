"""A kabupaten's database as the hub of its sub-office installs (issue 16), as the BKPSDM and a
school run it: real `kinerja` processes, empty installs, files carried between them."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.sync import package, records
from kinerja_desktop.sync.kinds import RECORD_KINDS

PASS = {"KINERJA_PASSPHRASE": "rahasia-hub-123"}
SCHOOL = "SMP Negeri 1 Sukamaju"


def kinerja(*args, db, ok=True):
    cmd = [sys.executable, "-m", "kinerja_desktop", "--db", str(db), *map(str, args)]
    result = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **PASS}, timeout=300)
    assert "Traceback" not in result.stderr + result.stdout
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def refused(result, *fragments):
    assert result.returncode == 1, result.stdout
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


@pytest.fixture(scope="module")
def hub_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("hub")
    kinerja("demo", "--employees", "60", "--seed", "3", db=root / "kab.sqlite3")
    kinerja("keys", "init", "--office", "1201", db=root / "kab.sqlite3")
    return root / "kab.sqlite3"


@pytest.fixture
def world(hub_template, tmp_path):
    """A hub (the demo kabupaten, with keys) and an empty school install that has made its keys."""
    hub, school, usb = tmp_path / "kab.sqlite3", tmp_path / "sekolah" / "sekolah.sqlite3", tmp_path / "usb"
    usb.mkdir()
    school.parent.mkdir()
    with sqlite3.connect(hub_template) as src, sqlite3.connect(hub) as dst:
        src.backup(dst)
    kinerja("keys", "init", "--office", "1201.01", db=school)
    kinerja("keys", "public", "-o", usb / "sekolah.pub", db=school)
    return hub, school, usb


def dump(path: Path) -> dict[str, dict[str, dict]]:
    db = open_database(str(path))
    try:
        with db.read() as s:
            return {k.name: {u: d for chunk in records.chunks(s, k.name) for u, d in chunk} for k in RECORD_KINDS}
    finally:
        db.close()


def to_province(hub: Path, folder: Path, usb: Path) -> Path:
    """A province that enrols the hub as district 1201 and imports the hub's package; its database."""
    folder.mkdir()
    province = folder / "prov.sqlite3"
    kinerja("province", "init", "--province", "12", db=province)
    kinerja("province", "publish", "-o", usb / "provinsi.kinerja", db=province)
    kinerja("sync", "trust", usb / "provinsi.kinerja", db=hub)
    kinerja("keys", "public", "-o", usb / "1201.pub", db=hub)
    kinerja("province", "enrol", usb / "1201.pub", "--office", "1201", db=province)
    package_file = Path(kinerja("sync", "export", "-o", usb, db=hub).stdout.strip())
    kinerja("sync", "import", package_file, "--receipt-out", usb, db=province)
    return province


def enrolled_and_sliced(hub: Path, school: Path, usb: Path) -> Path:
    kinerja("hub", "enrol", usb / "sekolah.pub", "--office", "1201.01", "--unit", SCHOOL, db=hub)
    kinerja("hub", "publish", "-o", usb / "hub.kinerja", db=hub)
    trusted = kinerja("sync", "trust", usb / "hub.kinerja", db=school)
    assert "Hub 1201" in trusted.stdout and "BKPSDM" in trusted.stdout
    return Path(kinerja("hub", "slice", "--office", "1201.01", "-o", usb, db=hub).stdout.splitlines()[0])


def test_a_school_starts_from_an_empty_install_with_its_slice_and_works_offline(world):
    hub, school, usb = world
    assert "penerima-age age1" in (usb / "sekolah.pub").read_text()  # the key file introduces its recipient
    path = enrolled_and_sliced(hub, school, usb)
    opened = package.open_bytes(path.read_bytes())
    assert opened.manifest["type"] == "slice" and opened.manifest["office"] == "1201.01"
    assert opened.manifest["encrypted"] and list(opened.members) == ["payload.age"]
    applied = kinerja("sync", "import", path, db=school)
    assert "Irisan data nomor 1 dari hub 1201 diterapkan" in applied.stdout

    at_hub, at_school = dump(hub), dump(school)
    with sqlite3.connect(hub) as conn:
        (root,) = conn.execute("select id from unit where name = ?", (SCHOOL,)).fetchone()
        staff = {u for (u,) in conn.execute("select uuid from employee where unit_id = ?", (root,))}
        superiors = {u for (u,) in conn.execute(
            "select a.uuid from employee e join employee a on a.id = e.atasan_id where e.unit_id = ? "
            "and a.unit_id != ?", (root, root))}
    assert staff and superiors  # the school's head reports to someone at the dinas
    assert set(at_school["employee"]) >= staff | superiors
    for kind in at_school:  # everything the school holds is exactly what the hub holds
        if kind != "office":
            assert all(at_school[kind][u] == at_hub[kind][u] for u in at_school[kind]), kind
    own_skps = {u for u, d in at_hub["skp"].items() if d["employee"] in staff}
    assert own_skps <= set(at_school["skp"])
    assert {u for u, d in at_hub["evaluation"].items() if d["skp"] in own_skps} == set(at_school["evaluation"])
    assert not {u for u, d in at_hub["attendance"].items() if d["employee"] not in staff} & set(at_school["attendance"])
    (office,) = at_school["office"].values()
    (hub_office,) = at_hub["office"].values()
    assert office["code"] == "1201.01" and office["name"] == hub_office["name"]

    again = kinerja("sync", "import", path, db=school)  # the same slice again
    assert "sudah diterapkan" in again.stdout and dump(school) == at_school

    # the school's first package carries what it wrote itself, not the slice back again
    exported = Path(kinerja("sync", "export", "-o", usb, db=school).stdout.strip())
    counts = package.open_bytes(exported.read_bytes()).manifest["counts"]
    assert set(counts) <= {"office", "evaluation"} and counts.get("office") == 1
    assert package.open_bytes(exported.read_bytes()).manifest["province"] == "1201"
    # the standard tool checks it against the key file that also introduced the recipient
    subprocess.run(["unzip", "-q", "-o", exported, "manifest.json", "manifest.json.minisig", "-d", usb / "x"], check=True)
    checked = subprocess.run(["minisign", "-V", "-p", usb / "sekolah.pub", "-m", usb / "x" / "manifest.json"],
                             capture_output=True, text=True)
    assert checked.returncode == 0 and "kinerja package office:1201.01" in checked.stdout

    status = json.loads(kinerja("hub", "status", "--json", db=hub).stdout)
    assert status == [{**status[0], "office": "1201.01", "unit": SCHOOL, "slices": 1, "ready": True,
                       "staff": len(staff), "revoked": False}]


def test_a_slice_reaches_only_its_own_office_unaltered_and_in_order(world, tmp_path):
    hub, school, usb = world
    first = enrolled_and_sliced(hub, school, usb)
    second = Path(kinerja("hub", "slice", "--office", "1201.01", "-o", usb, db=hub).stdout.splitlines()[0])
    assert second.name == "1201.01-irisan-0002.kinerja"

    altered = tmp_path / "altered.kinerja"
    data = bytearray(first.read_bytes())
    data[len(data) // 2] ^= 0x01
    altered.write_bytes(bytes(data))
    refused(kinerja("sync", "import", altered, db=school, ok=False), "ditolak")

    other = tmp_path / "lain" / "lain.sqlite3"  # another school, also a sub-office of this hub
    other.parent.mkdir()
    kinerja("keys", "init", "--office", "1201.02", db=other)
    kinerja("sync", "trust", usb / "hub.kinerja", db=other)
    refused(kinerja("sync", "import", first, db=other, ok=False), "untuk instansi 1201.01")

    kinerja("sync", "import", second, db=school)
    after = dump(school)
    older = kinerja("sync", "import", first, db=school)  # an older slice changes nothing
    assert "sudah diterapkan (terakhir: nomor 2)" in older.stdout and dump(school) == after


def test_a_district_that_reports_to_its_province_takes_no_slice(world, tmp_path):
    hub, school, usb = world
    path = enrolled_and_sliced(hub, school, usb)
    district = tmp_path / "lain.sqlite3"
    kinerja("keys", "init", "--office", "1201.01", db=district)
    kinerja("province", "init", "--province", "12", db=tmp_path / "prov.sqlite3")
    kinerja("province", "publish", "-o", tmp_path / "prov.kinerja", db=tmp_path / "prov.sqlite3")
    kinerja("sync", "trust", tmp_path / "prov.kinerja", db=district)
    refused(kinerja("sync", "import", path, db=district, ok=False), "irisan data datang dari hub")


def test_enrolment_refuses_overlaps_bad_codes_and_a_swapped_recipient(world, tmp_path):
    hub, school, usb = world
    kinerja("hub", "enrol", usb / "sekolah.pub", "--office", "1201.01", "--unit", SCHOOL, db=hub)
    other = tmp_path / "dinas.sqlite3"
    kinerja("keys", "init", "--office", "1201.02", db=other)
    kinerja("keys", "public", "-o", tmp_path / "dinas.pub", db=other)
    refused(kinerja("hub", "enrol", tmp_path / "dinas.pub", "--office", "1201.02", "--unit", "Dinas Pendidikan",
                    db=hub, ok=False), "sudah (sebagian) menjadi wilayah sub-instansi 1201.01")
    refused(kinerja("hub", "enrol", tmp_path / "dinas.pub", "--office", "1301.02", "--unit", "Dinas Kesehatan",
                    db=hub, ok=False), "Kode sub-instansi '1301.02' tidak sah", "1201.01")
    refused(kinerja("hub", "enrol", tmp_path / "dinas.pub", "--office", "1201.02", "--unit", "Dinas Tidak Ada",
                    db=hub, ok=False), "Unit 'Dinas Tidak Ada' tidak ada")
    text = (tmp_path / "dinas.pub").read_text()
    stranger = (usb / "sekolah.pub").read_text().split("penerima-age ")[1].split(" ")[0]
    mine = text.split("penerima-age ")[1].split(" ")[0]
    (tmp_path / "swapped.pub").write_text(text.replace(mine, stranger))
    refused(kinerja("hub", "enrol", tmp_path / "swapped.pub", "--office", "1201.02", "--unit", "Dinas Kesehatan",
                    db=hub, ok=False), "penerima age di dalam berkas kunci tidak ditandatangani kunci ini")
    kinerja("hub", "enrol", tmp_path / "dinas.pub", "--office", "1201.02", "--unit", "Dinas Kesehatan", db=hub)
    assert [r["office"] for r in json.loads(kinerja("hub", "status", "--json", db=hub).stdout)] == ["1201.01", "1201.02"]


def test_the_hub_applies_what_the_school_owns_keeps_the_rest_as_conflicts_and_the_province_sees_one_district(
        world, tmp_path):
    hub, school, usb = world
    kinerja("sync", "import", enrolled_and_sliced(hub, school, usb), db=school)
    with sqlite3.connect(school) as conn:  # what a penilai at the school and a clerk there wrote
        (evaluation,) = conn.execute(
            "select e.uuid from evaluation e join skp k on k.id = e.skp_id join employee p on p.id = k.penilai_id "
            "join unit u on u.id = p.unit_id where u.name = ? and e.status != 'Final' order by e.uuid limit 1",
            (SCHOOL,)).fetchone()
        conn.execute("update evaluation set catatan = 'Catatan dari sekolah' where uuid = ?", (evaluation,))
        (employee,) = conn.execute("select e.uuid from employee e join unit u on u.id = e.unit_id where u.name = ? "
                                   "order by e.uuid limit 1", (SCHOOL,)).fetchone()
        conn.execute("update employee set nama = 'Nama Koreksi Sekolah' where uuid = ?", (employee,))
    package_file = Path(kinerja("sync", "export", "-o", usb, db=school).stdout.strip())
    assert package.open_bytes(package_file.read_bytes()).manifest["counts"] == {"employee": 1, "evaluation": 1,
                                                                                 "office": 1}

    applied = kinerja("sync", "import", package_file, "--receipt-out", usb, db=hub)
    assert "diterapkan: 0 baru, 1 diperbarui, 1 bentrok" in applied.stdout
    with sqlite3.connect(hub) as conn:
        assert conn.execute("select catatan from evaluation where uuid = ?", (evaluation,)).fetchone() == (
            "Catatan dari sekolah",)
        assert conn.execute("select nama from employee where uuid = ?", (employee,)).fetchone() != (
            "Nama Koreksi Sekolah",)  # the roster is the hub's: a proposal, kept for the hub to decide
        assert conn.execute("select office, kind, uuid, status from prov_conflict").fetchall() == [
            ("1201.01", "employee", employee, "Terbuka")]
    (state,) = json.loads(kinerja("hub", "status", "--json", db=hub).stdout)
    assert (state["last_sequence"], state["conflicts"], state["days_since_last"]) == (1, 1, 0)
    again = kinerja("sync", "import", package_file, "--receipt-out", usb, db=hub)
    assert "sudah diimpor sebelumnya" in again.stdout
    (conflict,) = json.loads(kinerja("hub", "conflicts", "--json", db=hub).stdout)
    refused(kinerja("hub", "decide", conflict["id"], "--ambil", "--alasan", "ya", db=hub, ok=False), "alasan")
    kinerja("hub", "decide", conflict["id"], "--ambil", "--alasan", "Nama sesuai SK terbaru dari sekolah", db=hub)
    with sqlite3.connect(hub) as conn:  # the hub took the school's correction into its roster
        assert conn.execute("select nama from employee where uuid = ?", (employee,)).fetchone() == (
            "Nama Koreksi Sekolah",)
    refused(kinerja("hub", "decide", conflict["id"], "--pertahankan", "--alasan", "berubah pikiran lagi", db=hub,
                    ok=False), "sudah diputuskan")
    assert json.loads(kinerja("hub", "status", "--json", db=hub).stdout)[0]["conflicts"] == 0
    receipt = usb / "1201.01-000001.tanda-terima.kinerja"
    taken = kinerja("sync", "import", receipt, db=school)
    assert "1 rekaman bentrok ditahan hub untuk diputuskan" in taken.stdout
    assert "Diterima" in kinerja("sync", "outbox", db=school).stdout

    altered = tmp_path / "altered.kinerja"
    data = bytearray(package_file.read_bytes())
    data[len(data) // 2] ^= 0x01
    altered.write_bytes(bytes(data))
    refused(kinerja("sync", "import", altered, db=hub, ok=False), "ditolak", "Tidak ada yang diubah")

    # the hub's own package to the province carries what the school wrote, as the district's
    province = to_province(hub, tmp_path / "provinsi", usb)
    with sqlite3.connect(province) as conn:
        offices = {o for (o,) in conn.execute("select distinct office from prov_record")}
        (data,) = conn.execute("select data from prov_record where uuid = ?", (evaluation,)).fetchone()
    assert offices == {"1201"} and json.loads(data)["catatan"] == "Catatan dari sekolah"


def test_the_hub_refuses_gaps_forks_and_strangers_and_changes_nothing(world, tmp_path):
    from kinerja_desktop.errors import UserError
    from kinerja_desktop.services.context import cli_actor
    from kinerja_desktop.sync import district, inbox

    hub_path, school_path, usb = world
    kinerja("sync", "import", enrolled_and_sliced(hub_path, school_path, usb), db=school_path)
    with sqlite3.connect(school_path) as conn:
        conn.execute("pragma wal_checkpoint(TRUNCATE)")
    shutil.copy(school_path, tmp_path / "cadangan.sqlite3")  # the school's backup, before any package
    actor, passphrase = cli_actor(), PASS["KINERJA_PASSPHRASE"]
    school = open_database(str(school_path))
    packages = []
    for note in ("pertama", "kedua"):
        with school.transaction() as s:
            s.connection().exec_driver_sql(f"update evaluation set catatan = '{note}' where status != 'Final'")
        packages.append(district.export_package(school, actor, passphrase=passphrase, out_dir=usb).path)
    school.close()
    hub = open_database(str(hub_path))
    before = dump(hub_path)
    with pytest.raises(UserError, match="datang sebelum nomor 1"):
        inbox.import_files(hub, actor, [packages[1]], passphrase=passphrase)
    assert dump(hub_path) == before
    inbox.import_files(hub, actor, [packages[0]], passphrase=passphrase)

    restored = open_database(str(tmp_path / "cadangan.sqlite3"))  # a fork: sequence 1 again, other content
    forked = district.export_package(restored, actor, passphrase=passphrase, out_dir=tmp_path).path
    restored.close()
    after_first = dump(hub_path)
    with pytest.raises(UserError, match="percabangan"):
        inbox.import_files(hub, actor, [forked], passphrase=passphrase)

    stranger_path = tmp_path / "asing.sqlite3"  # a sub-office this hub never enrolled
    kinerja("keys", "init", "--office", "1201.09", db=stranger_path)
    kinerja("sync", "trust", usb / "hub.kinerja", db=stranger_path)
    stranger = open_database(str(stranger_path))
    alien = district.export_package(stranger, actor, passphrase=passphrase, out_dir=tmp_path).path
    stranger.close()
    with pytest.raises(UserError, match="'1201.09' belum terdaftar di hub ini"):
        inbox.import_files(hub, actor, [alien], passphrase=passphrase)
    assert dump(hub_path) == after_first
    inbox.import_files(hub, actor, [packages[1]], passphrase=passphrase)  # in order, it applies
    assert "kedua" in {d["catatan"] for d in dump(hub_path)["evaluation"].values()}
    hub.close()


def test_each_skp_is_written_where_its_penilai_sits_and_only_read_elsewhere(world):
    from kinerja_desktop.errors import NotAllowed
    from kinerja_desktop.services.context import cli_actor
    from kinerja_desktop.services.evaluation.recording import record_feedback

    hub_path, school_path, usb = world
    kinerja("sync", "import", enrolled_and_sliced(hub_path, school_path, usb), db=school_path)
    with sqlite3.connect(school_path) as conn:
        open_evaluations = conn.execute(
            "select e.id, pu.name = ? from evaluation e join skp k on k.id = e.skp_id "
            "join employee p on p.id = k.penilai_id join unit pu on pu.id = p.unit_id "
            "where e.status = 'Draft' order by e.id", (SCHOOL,)).fetchall()
    ours = next(e for e, here in open_evaluations if here)  # a teacher, appraised by the principal
    theirs = next(e for e, here in open_evaluations if not here)  # the principal, appraised at the dinas
    school = open_database(str(school_path))
    record_feedback(school, cli_actor(), evaluation_id=ours, text="Pertahankan kerja sama tim.", value_number=1)
    with pytest.raises(NotAllowed, match="penilai di luar sub-instansi ini"):
        record_feedback(school, cli_actor(), evaluation_id=theirs, text="Umpan balik dari sekolah.", value_number=1)
    school.close()
    # at the hub, the other way round: what the principal appraises is written at the school
    with sqlite3.connect(hub_path) as conn:
        at_hub = dict(conn.execute(
            "select pu.name = ?, min(e.id) from evaluation e join skp k on k.id = e.skp_id join employee p on "
            "p.id = k.penilai_id join unit pu on pu.id = p.unit_id where e.status = 'Draft' group by 1",
            (SCHOOL,)).fetchall())
    hub = open_database(str(hub_path))
    record_feedback(hub, cli_actor(), evaluation_id=at_hub[0], text="Umpan balik dari BKPSDM.", value_number=1)
    with pytest.raises(NotAllowed, match="penilai di sub-instansi 1201.01"):
        record_feedback(hub, cli_actor(), evaluation_id=at_hub[1], text="Umpan balik dari BKPSDM.", value_number=1)
    hub.close()


def test_a_transfer_is_refused_whole_or_made_whole_and_the_school_lets_go_of_who_left(world):
    """`hub transfer` to the hub's own Sekretariat: refusals change nothing and write no file; the
    move gives the teacher a new unit, atasan and SKP segment, and the school a slice that drops
    what it no longer holds, but not what it wrote itself and the hub has not seen."""
    hub, school, usb = world
    kinerja("sync", "import", enrolled_and_sliced(hub, school, usb), db=school)
    with sqlite3.connect(hub) as conn:
        (mover,) = conn.execute(
            "select e.nip from employee e join unit u on u.id = e.unit_id join skp k on k.employee_id = e.id and "
            "k.year = 2026 where u.name = ? and e.atasan_id is not null and exists (select 1 from employee a where "
            "a.id = e.atasan_id and a.unit_id = e.unit_id) and not exists (select 1 from evaluation v where "
            "v.skp_id = k.id and (v.period_number = 4 or v.period_kind = 'tahunan')) order by e.nip limit 1",
            (SCHOOL,)).fetchone()
        (plan_uuid,) = conn.execute("select p.uuid from development_plan p join employee e on "
                                            "e.id = p.employee_id where e.nip = ?", (mover,)).fetchone()
        (head,) = conn.execute("select a.nip from employee e join employee a on a.id = e.atasan_id where e.nip = ?",
                               (mover,)).fetchone()
    before = dump(hub)
    for args, fragment in [
            (("--to", "1201.09"), "belum terdaftar"),
            (("--to", "1201.01"), "sudah berada di wilayah 1201.01"),
            (("--to", "1201"), "Sebut unit tujuan"),
            (("--to", "1201", "--unit", "Sekretariat"), "Ada 2 unit bernama"),
            (("--to", "1201", "--unit", SCHOOL), "termasuk wilayah 1201.01"),
            (("--to", "1201", "--unit", "DEMO-00002", "--atasan", mover), "atasan dirinya sendiri"),
            (("--to", "1201", "--unit", "DEMO-00002", "--atasan", head), "ada di wilayah 1201.01, bukan 1201"),
            (("--to", "1201", "--unit", "DEMO-00002", "--tanggal", "2026-13-01"), "Tanggal '2026-13-01' tidak sah")]:
        refused(kinerja("hub", "transfer", "--nip", mover, *args, "-o", usb, db=hub, ok=False), fragment)
    assert dump(hub) == before and sorted(p.name for p in usb.glob("1201.01-irisan-*")) == [
        "1201.01-irisan-0001.kinerja"]

    with sqlite3.connect(school) as conn:  # a clerk adds a training need to the teacher's plan, not sent yet
        (local_plan,) = conn.execute("select id from development_plan where uuid = ?", (plan_uuid,)).fetchone()
        conn.execute("insert into development_item (plan_id, position, reason_kind, reason, training, jp, uuid, "
                     "version) values (?, 9, 'kompetensi', 'Ditulis sekolah', 'Diklat kurikulum', 20, "
                     "'0b0b0b0b-0000-4000-8000-000000000001', 1)", (local_plan,))
        # and revises the teacher's 2026 SKP, whose segment the hub is about to end
        (skp_uuid,) = conn.execute("select k.uuid from skp k join employee e on e.id = k.employee_id where e.nip = ? "
                                   "and k.year = 2026", (mover,)).fetchone()
        conn.execute("update rhk set text = text || ' (revisi)' where skp_id = (select id from skp where uuid = ?)",
                     (skp_uuid,))
    moved = kinerja("hub", "transfer", "--nip", mover, "--to", "1201", "--unit", "DEMO-00002", "--tanggal",
                    "2026-10-01", "-o", usb, db=hub)
    assert "pindah dari 1201.01 ke 1201 mulai 2026-10-01" in moved.stdout and "atasan Sri Harahap" in moved.stdout
    (file,) = [Path(line) for line in moved.stdout.splitlines() if line.endswith(".kinerja")]  # none for the hub
    said = kinerja("sync", "import", file, db=school).stdout
    assert "bukan lagi milik instansi ini dilepas" in said and "Pindah:" in said
    with sqlite3.connect(school) as conn:
        assert conn.execute("select count(*) from attendance a join employee e on e.id = a.employee_id where "
                            "e.nip = ?", (mover,)).fetchone() == (0,)
        assert conn.execute("select count(*) from development_plan where uuid = ?", (plan_uuid,)).fetchone() == (1,)
        assert conn.execute("select training from development_item where plan_id = ? and position = 9",
                            (local_plan,)).fetchone() == ("Diklat kurikulum",)
        assert conn.execute("select u.code from employee e join unit u on u.id = e.unit_id where e.nip = ?",
                            (mover,)).fetchone() == ("DEMO-00002",)
        # the SKP it revised stays as revised here (it is on its way), marked as kept over the hub's
        assert conn.execute("select k.ends_on, r.diverged from skp k join sync_record r on r.uuid = k.uuid where "
                            "k.uuid = ?", (skp_uuid,)).fetchone() == (None, 1)
    with sqlite3.connect(hub) as conn:
        assert conn.execute("select k.segment, k.ends_on, p.nama from skp k join employee e on e.id = k.employee_id "
                            "join employee p on p.id = k.penilai_id where e.nip = ? and k.year = 2026 order by "
                            "k.segment", (mover,)).fetchall()[1:] == [(2, None, "Sri Harahap")]
    # what the school wrote about someone it no longer holds, and the SKP the hub changed meanwhile,
    # reach the hub as conflicts: neither overwrites the hub's
    package_file = Path(kinerja("sync", "export", "-o", usb, db=school).stdout.strip())
    manifest = package.open_bytes(package_file.read_bytes()).manifest
    assert (manifest["slice"], manifest["diverged"]) == (2, [skp_uuid])
    applied = kinerja("sync", "import", package_file, "--receipt-out", usb, db=hub).stdout
    assert "2 bentrok" in applied
    found = json.loads(kinerja("hub", "conflicts", "--json", db=hub).stdout)
    assert sorted((c["kind"], c["uuid"]) for c in found) == [
        ("development_item", "0b0b0b0b-0000-4000-8000-000000000001"), ("skp", skp_uuid)]
    with sqlite3.connect(hub) as conn:
        assert conn.execute("select ends_on from skp where uuid = ?", (skp_uuid,)).fetchone() == ("2026-09-30",)


def test_a_revoked_school_sends_nothing_more_and_its_units_are_written_at_the_hub(world):
    """A school's laptop is lost: `hub revoke` refuses its packages and slices, and what its
    penilai appraised is written at the hub until a new key is enrolled."""
    from kinerja_desktop.services.context import cli_actor
    from kinerja_desktop.services.evaluation.recording import record_feedback

    hub_path, school, usb = world
    kinerja("sync", "import", enrolled_and_sliced(hub_path, school, usb), db=school)
    package_file = Path(kinerja("sync", "export", "-o", usb, db=school).stdout.strip())
    refused(kinerja("hub", "revoke", "--office", "1201.09", db=hub_path, ok=False), "belum terdaftar")
    assert "dicabut" in kinerja("hub", "revoke", "--office", "1201.01", db=hub_path).stdout
    refused(kinerja("sync", "import", package_file, db=hub_path, ok=False), "kunci sub-instansi '1201.01' sudah dicabut")
    refused(kinerja("hub", "slice", "--office", "1201.01", "-o", usb, db=hub_path, ok=False), "sudah dicabut")
    (state,) = json.loads(kinerja("hub", "status", "--json", db=hub_path).stdout)
    assert state["revoked"] and state["last_sequence"] == 0
    with sqlite3.connect(hub_path) as conn:
        (draft,) = conn.execute(
            "select min(e.id) from evaluation e join skp k on k.id = e.skp_id join employee p on p.id = k.penilai_id "
            "join unit pu on pu.id = p.unit_id where e.status = 'Draft' and pu.name = ?", (SCHOOL,)).fetchone()
    hub = open_database(str(hub_path))
    record_feedback(hub, cli_actor(), evaluation_id=draft, text="Ditulis di BKPSDM.", value_number=1)
    hub.close()
    # a new key for the school enrols it again, with its package stream started afresh
    kinerja("keys", "init", "--office", "1201.01", db=usb / "baru.sqlite3")
    kinerja("keys", "public", "-o", usb / "baru.pub", db=usb / "baru.sqlite3")
    kinerja("hub", "enrol", usb / "baru.pub", "--office", "1201.01", "--unit", SCHOOL, db=hub_path)
    (state,) = json.loads(kinerja("hub", "status", "--json", db=hub_path).stdout)
    assert not state["revoked"]
