"""What follows a result, from the command line on a demo district: angka kredit, the talent box,
training records and needs, development plans, who is missing what, attendance and sanctions.
Each import is all or nothing, and every new record kind reaches the province."""

import csv
import json
import sqlite3
import subprocess
from decimal import Decimal

import pytest

from .conftest import write
from .test_cli import assert_clean_failure, kinerja

YEAR = 2025


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("follow-up") / "demo.sqlite3"
    assert kinerja("demo", "--employees", "120", "--seed", "5", db=path).returncode == 0
    return path


@pytest.fixture
def district(demo_db, tmp_path):
    """A private copy of the demo for a test that writes."""
    import shutil

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db, path)
    return path


def rows(db, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(db) as raw:
        return raw.execute(sql, args).fetchall()


def run_json(db, *args):
    done = kinerja(*args, "--json", db=db)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_angka_kredit_is_coefficient_times_percentage_times_months(district, tmp_path):
    credit = run_json(district, "angka-kredit", "--year", str(YEAR))
    counted = [c for c in credit if c["angka_kredit"] is not None]
    assert counted and all(set(c) >= {"nip", "jenjang", "koefisien", "predikat", "persen", "bulan", "angka_kredit"}
                           for c in credit)
    fungsional = {n for (n,) in rows(district, "SELECT nip FROM employee WHERE jenis_jabatan = 'Fungsional'")}
    assert {c["nip"] for c in credit} == fungsional
    percent = {"Sangat Baik": 150, "Baik": 100, "Butuh Perbaikan": 75, "Kurang/Misconduct": 50, "Sangat Kurang": 25}
    for c in counted:
        assert c["persen"] == percent[c["predikat"]]
        expected = Decimal(str(c["koefisien"])) * c["persen"] / 100 * c["bulan"] / 12
        assert Decimal(str(c["angka_kredit"])) == expected.quantize(Decimal("0.001"))
    one = counted[0]
    # six months of tugas belajar: half a year's credit
    done = kinerja("status", "tambah", "--nip", one["nip"], "--status", "tugas belajar", "--mulai", f"{YEAR}-07-01",
                   "--selesai", f"{YEAR + 1}-06-30", db=district)
    assert done.returncode == 0, done.stderr
    again = {c["nip"]: c for c in run_json(district, "angka-kredit", "--year", str(YEAR))}[one["nip"]]
    assert again["bulan"] == 6 and Decimal(str(again["angka_kredit"])) * 2 == Decimal(str(one["angka_kredit"]))
    sheet = tmp_path / "ak.csv"
    assert kinerja("angka-kredit", "--year", str(YEAR), "-o", str(sheet), db=district).returncode == 0
    with open(sheet, encoding="utf-8-sig") as f:
        table = list(csv.DictReader(f, delimiter=";"))
    assert len(table) == len(credit) and table[0]["ANGKA KREDIT"].count(",") <= 1
    pdf = tmp_path / "ak.pdf"
    assert kinerja("angka-kredit", "--year", str(YEAR), "-o", str(pdf), db=district).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert text.count("KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT") == len(counted)


def test_talent_box_places_predikat_against_potensi(district, tmp_path):
    finals = rows(district, "SELECT e.nip, v.predikat FROM employee e JOIN skp k ON k.employee_id = e.id AND k.year = ? "
                            "JOIN evaluation v ON v.skp_id = k.id AND v.period_kind = 'tahunan' AND v.status = 'Final' "
                            "ORDER BY e.nip LIMIT 3", YEAR)
    sheet = write(tmp_path / "potensi.csv", "NIP;POTENSI;SUMBER\n" + "\n".join(
        f"{nip};{level};Asesmen {YEAR}" for (nip, _), level in zip(finals, ("tinggi", "Menengah", "rendah"))) + "\n")
    done = kinerja("talenta", "potensi", "impor", str(sheet), "--year", str(YEAR), db=district)
    assert done.returncode == 0 and "3 diperbarui" in done.stdout or "baru" in done.stdout, done.stderr
    placed = {p["nip"]: p for p in run_json(district, "talenta", "kotak", "--year", str(YEAR))}
    boxes = {("di bawah ekspektasi", "rendah"): 1, ("di bawah ekspektasi", "menengah"): 2,
             ("sesuai ekspektasi", "rendah"): 3, ("di bawah ekspektasi", "tinggi"): 4,
             ("sesuai ekspektasi", "menengah"): 5, ("di atas ekspektasi", "rendah"): 6,
             ("sesuai ekspektasi", "tinggi"): 7, ("di atas ekspektasi", "menengah"): 8,
             ("di atas ekspektasi", "tinggi"): 9}
    kinerja_of = {"Sangat Baik": "di atas ekspektasi", "Baik": "sesuai ekspektasi"}
    for (nip, predikat), level in zip(finals, ("tinggi", "menengah", "rendah")):
        expected = kinerja_of.get(predikat, "di bawah ekspektasi")
        assert placed[nip] == {"nip": nip, "kinerja": expected, "potensi": level, "kotak": boxes[(expected, level)]}
    bad = write(tmp_path / "bad.csv", f"NIP;POTENSI;SUMBER\n{finals[0][0]};luar biasa;x\n199001012019032099;tinggi;x\n")
    assert_clean_failure(kinerja("talenta", "potensi", "impor", str(bad), db=district),
                         "baris 2, kolom POTENSI", "baris 3, kolom NIP")
    pdf = tmp_path / "kotak.pdf"
    assert kinerja("talenta", "kotak", "--year", str(YEAR), "-o", str(pdf), db=district).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "PEMETAAN KOTAK TALENTA" in text and "KOTAK 9" in text and "DAFTAR PEGAWAI PER KOTAK" in text


def test_training_records_all_or_nothing_and_the_needs_recap(district, tmp_path):
    nip = rows(district, "SELECT e.nip FROM employee e WHERE e.id NOT IN (SELECT employee_id FROM training_record "
                         "WHERE start >= ?) ORDER BY e.nip LIMIT 1", f"{YEAR}-01-01")
    nip = nip[0][0] if nip else rows(district, "SELECT nip FROM employee ORDER BY nip LIMIT 1")[0][0]
    before = rows(district, "SELECT count(*) FROM training_record")[0][0]
    header = "NIP;NAMA PELATIHAN;JP;TANGGAL MULAI;TANGGAL SELESAI\n"
    bad = write(tmp_path / "bad.csv", header + f"{nip};Pelatihan A;24;2026-03-10;2026-03-01\n"
                                               f"{nip};Pelatihan B;dua;2026-03-10;2026-03-12\n"
                                               f"{nip};Pelatihan C;8;10/03/2026;12/03/2026\n"
                                               f"{nip};Pelatihan C;8;2026-03-10;2026-03-12\n")
    assert_clean_failure(kinerja("pengembangan", "diklat", "impor", str(bad), db=district),
                         "baris 2, kolom TANGGAL SELESAI", "baris 3, kolom JP", "baris 5: ", "baris 4")
    assert rows(district, "SELECT count(*) FROM training_record")[0][0] == before
    good = write(tmp_path / "good.csv", header + f"{nip};Pelatihan Literasi Digital ASN;20;2025-03-10;2025-03-12\n")
    assert "1 baru" in kinerja("pengembangan", "diklat", "impor", str(good), db=district).stdout
    assert "0 baru, 0 diperbarui" in kinerja("pengembangan", "diklat", "impor", str(good), db=district).stdout
    recap = tmp_path / "kebutuhan.csv"
    done = kinerja("pengembangan", "kebutuhan", "--year", str(YEAR), "-o", str(recap), db=district)
    assert done.returncode == 0, done.stderr
    with open(recap, encoding="utf-8-sig") as f:
        table = list(csv.reader(f, delimiter=";"))
    short = {r[2] for r in table if r[0].startswith("kurang")}
    planned = [r for r in table if r[0] == "rencana"]
    assert nip not in short and short and planned  # the demo has people under 20 JP, and last year's plans
    done_jp = dict(rows(district, "SELECT e.nip, sum(t.jp) FROM training_record t JOIN employee e ON e.id = t.employee_id "
                                  "WHERE t.start BETWEEN ? AND ? GROUP BY e.nip", f"{YEAR}-01-01", f"{YEAR}-12-31"))
    assert all(done_jp.get(n, 0) < 20 for n in short)
    for suffix in ("xlsx", "pdf"):
        out = tmp_path / f"kebutuhan.{suffix}"
        assert kinerja("pengembangan", "kebutuhan", "--year", str(YEAR), "-o", str(out), db=district).returncode == 0
    from kinerja_desktop.services.roster.reader import read_table

    sheet = read_table(tmp_path / "kebutuhan.xlsx")
    assert [str(c) for c in sheet.headers] == table[0] and len(list(sheet.rows)) == len(table) - 1


def test_a_plan_is_proposed_edited_by_the_penilai_and_printed(district, tmp_path):
    from kinerja_desktop.errors import NotAllowed, UserError
    from kinerja_desktop.services.context import Actor, Role, cli_actor
    from kinerja_desktop.services.follow_up.plans import Item, plan_for, save_plan
    from kinerja_desktop.store.migrate import open_database

    (nip, atasan, employee_id), = rows(
        district, "SELECT e.nip, e.atasan_id, e.id FROM employee e JOIN skp k ON k.employee_id = e.id AND k.year = ? "
                  "JOIN evaluation v ON v.skp_id = k.id AND v.period_kind = 'tahunan' AND v.status = 'Final' "
                  "WHERE v.predikat = 'Butuh Perbaikan' AND e.atasan_id IS NOT NULL LIMIT 1", YEAR)
    db = open_database(str(district))
    plan = plan_for(db, cli_actor(), nip=nip, year=YEAR)
    assert plan.pembinaan and plan.review_on and plan.items[0].reason_kind == "pembinaan"
    stranger = Actor("lain", Role.PENILAI, rows(district, "SELECT id FROM employee WHERE id NOT IN (?, ?) LIMIT 1",
                                                atasan, employee_id)[0][0])
    with pytest.raises(NotAllowed):
        save_plan(db, stranger, nip=nip, year=YEAR, items=list(plan.items))
    with pytest.raises(NotAllowed):
        save_plan(db, Actor("sendiri", Role.PENILAI, employee_id), nip=nip, year=YEAR, items=list(plan.items))
    penilai = Actor("atasan", Role.PENILAI, atasan)
    with pytest.raises(UserError, match="tidak ada di katalog"):
        save_plan(db, penilai, nip=nip, year=YEAR, items=[Item("lain", "keinginan sendiri", "Kursus Menyelam", 40)])
    chosen = [*plan.items, Item("lain", "Permintaan pegawai", "Pelatihan Literasi Digital ASN", 1)]
    saved = save_plan(db, penilai, nip=nip, year=YEAR, items=chosen, note="Disepakati bersama", confirm=True)
    assert saved.status == "disetujui" and saved.items[-1].jp == 20  # the catalogue's JP, not what was typed
    assert rows(district, "SELECT count(*) FROM audit_entry WHERE action = 'pengembangan.plan'")[0][0] == 1
    db.close()
    pdf = tmp_path / "rencana.pdf"
    assert kinerja("pengembangan", "rencana", "--nip", nip, "--year", str(YEAR), "-o", str(pdf), db=district).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "RENCANA PENGEMBANGAN KOMPETENSI" in text and "DISETUJUI" in text and "Rencana pembinaan kinerja" in text
    assert "Pelatihan Literasi Digital ASN" in text and "Disepakati bersama" in text
    assert subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.count("Pages:") == 1


def test_kepatuhan_leaves_out_those_away_and_lists_each_penilai(district, tmp_path):
    report = run_json(district, "kepatuhan", "--year", "2026", "--period", "TW3")
    assert report["periode"] == "TW3" and report["tenggat"] == "2026-10-15"
    unit = next(u for u in report["unit"] if u["tanpa_skp"]["jumlah"] or u["tanpa_final"]["jumlah"])
    missing = (unit["tanpa_skp"]["nip"] + unit["tanpa_evaluasi"]["nip"] + unit["tanpa_final"]["nip"])[0]
    assert kinerja("status", "tambah", "--nip", missing, "--status", "cltn", "--mulai", "2026-01-01", "--selesai",
                   "2026-12-31", db=district).returncode == 0
    again = run_json(district, "kepatuhan", "--year", "2026", "--period", "TW3")
    after = next(u for u in again["unit"] if u["unit"] == unit["unit"])
    assert after["dikecualikan"] == unit["dikecualikan"] + 1 and after["pegawai"] == unit["pegawai"] - 1
    assert missing not in after["tanpa_skp"]["nip"] + after["tanpa_evaluasi"]["nip"] + after["tanpa_final"]["nip"]
    owed = sum(p["pegawai"] - p["lengkap"] for p in again["penilai"])
    assert owed == sum(u["pegawai"] - u["lengkap"] for u in again["unit"])
    out = tmp_path / "pengingat.pdf"
    done = kinerja("kepatuhan", "--year", "2026", "--period", "TW3", "--pengingat", str(out), db=district)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert text.count("PENGINGAT EVALUASI KINERJA") == sum(1 for p in again["penilai"] if p["pegawai"] > p["lengkap"])
    assert_clean_failure(kinerja("status", "tambah", "--nip", missing, "--status", "cltn", "--mulai", "2026-05-01",
                                 "--selesai", "2026-04-01", db=district), "sebelum tanggal mulai")


def test_attendance_and_sanctions_are_checked_whole(district, tmp_path):
    nip = rows(district, "SELECT nip FROM employee ORDER BY nip LIMIT 1")[0][0]
    head = "NIP;BULAN;HARI KERJA;HADIR;TERLAMBAT;TANPA KETERANGAN\n"
    bad = write(tmp_path / "presensi.csv", head + f"{nip};2026-13;21;20;0;0\n{nip};Maret 2026;21;22;0;0\n"
                                                  f"{nip};04/2026;21;20;3;2\n")
    assert_clean_failure(kinerja("presensi", "impor", str(bad), db=district),
                         "baris 2, kolom BULAN", "baris 3, kolom HADIR", "baris 4, kolom TANPA KETERANGAN")
    good = write(tmp_path / "presensi-ok.csv", head + f"{nip};Maret 2025;21;20;1;1\n{nip};2025-04;20;20;0;0\n")
    assert "2 baru" in kinerja("presensi", "impor", str(good), db=district).stdout
    assert rows(district, "SELECT hadir FROM attendance a JOIN employee e ON e.id = a.employee_id "
                          "WHERE e.nip = ? AND a.year = 2025 ORDER BY month", nip) == [(20,), (20,)]
    sanctions = write(tmp_path / "disiplin.csv", "NIP;JENIS HUKUMAN;NOMOR SK;TMT;SAMPAI\n"
                                                 f"{nip};Teguran tertulis;800/1/2025;2025-02-01;\n")
    assert "1 baru" in kinerja("disiplin", "impor", str(sanctions), db=district).stdout


def test_every_follow_up_kind_reaches_the_province(world):
    from sqlalchemy import func, select

    from kinerja_desktop.store.models import ProvRecord
    from kinerja_desktop.sync.kinds import FLAT_KINDS

    world.import_(world.export())
    with world.district.read() as s:
        local = {k.name: s.scalar(select(func.count()).select_from(k.model)) for k in FLAT_KINDS}
    with world.province.read() as s:
        held = dict(s.execute(select(ProvRecord.kind, func.count()).group_by(ProvRecord.kind)).all())
    assert all(held.get(kind, 0) == count for kind, count in local.items()), (local, held)
    assert local["training_record"] and local["development_plan"] and local["attendance"]


def test_the_roster_brings_siasn_ids_and_status_periods(db, db_path, tmp_path):
    from .conftest import GURU, KABID, ROSTER, STAF

    lines = ROSTER.strip().splitlines()
    extra = {GURU: ";A1B2C3;tugas belajar;01/07/2026;30/06/2028", STAF: ";D4E5F6;aktif;;",
             KABID: ";G7H8I9;;;"}
    with_columns = [lines[0] + ";ID SIASN;STATUS;STATUS MULAI;STATUS SELESAI"]
    with_columns += [line + extra.get(line.split(";")[0], ";;;;") for line in lines[1:]]
    roster = write(tmp_path / "pegawai.csv", "\n".join(with_columns) + "\n")
    for _ in range(2):  # read twice: the same period is not recorded twice
        done = kinerja("roster", "import", str(roster), db=db_path)
        assert done.returncode == 0, done.stderr
    assert dict(rows(db_path, "SELECT nip, siasn_id FROM employee WHERE siasn_id IS NOT NULL")) == {
        GURU: "A1B2C3", STAF: "D4E5F6", KABID: "G7H8I9"}
    assert rows(db_path, "SELECT e.nip, s.kind, s.start, s.end FROM status_period s JOIN employee e ON "
                         "e.id = s.employee_id") == [(GURU, "tugas belajar", "2026-07-01", "2028-06-30")]
    plain = write(tmp_path / "tanpa-id.csv", ROSTER)  # a file without the column keeps the ids
    assert kinerja("roster", "import", str(plain), db=db_path).returncode == 0
    assert len(rows(db_path, "SELECT 1 FROM employee WHERE siasn_id IS NOT NULL")) == 3
    bad = [with_columns[0], with_columns[1], with_columns[2].rsplit(";", 4)[0] + ";X;libur panjang;2026-01-01;",
           with_columns[3].rsplit(";", 4)[0] + ";Y;cltn;;"]
    refused = kinerja("roster", "import", str(write(tmp_path / "salah.csv", "\n".join(bad) + "\n")), db=db_path)
    assert_clean_failure(refused, "libur panjang", "tanpa STATUS MULAI")
    export = tmp_path / "keluar.csv"
    assert kinerja("roster", "export", "-o", str(export), db=db_path).returncode == 0
    assert "ID SIASN" in export.read_text(encoding="utf-8-sig").splitlines()[0]


def test_siasn_files_carry_the_final_results_and_say_what_was_not_sent(district, tmp_path):
    annual_keys = {"tahun", "pnsDinilaiOrang", "hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai",
                   "penilaiNipNrp", "penilaiNama", "penilaiJabatan", "penilaiGolongan", "penilaiUnorNama",
                   "statusPenilai"}
    (nip, siasn_id), = rows(district, "SELECT e.nip, e.siasn_id FROM employee e JOIN skp k ON k.employee_id = e.id "
                                      "AND k.year = ? JOIN evaluation v ON v.skp_id = k.id AND v.period_kind = 'tahunan' "
                                      "AND v.status = 'Final' AND v.predikat = 'Sangat Baik' "
                                      "WHERE e.siasn_id IS NOT NULL LIMIT 1", YEAR)
    with sqlite3.connect(district) as raw:  # one person whose roster row had no SIASN id
        gone, = raw.execute("SELECT nip FROM employee WHERE siasn_id IS NOT NULL AND nip != ? LIMIT 1", (nip,)).fetchone()
        raw.execute("UPDATE employee SET siasn_id = NULL WHERE nip = ?", (gone,))
    assert kinerja("siasn", "kode", "--set", "kuadran", "Sangat Baik", "9", db=district).returncode == 0
    done = kinerja("siasn", "ekspor", "--year", str(YEAR), "-o", str(tmp_path / "siasn"), db=district)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in (tmp_path / "siasn" / "skp22.jsonl").read_text("utf-8").splitlines()]
    assert lines and all(set(line) == annual_keys for line in lines)
    mine = next(line for line in lines if line["pnsDinilaiOrang"] == siasn_id)
    assert mine["tahun"] == YEAR and mine["kuadranKinerjaNilai"] == 9 and mine["statusPenilai"] in ("ASN", "NON ASN")
    with open(tmp_path / "siasn" / "skp22-tidak-terkirim.csv", encoding="utf-8-sig") as f:
        unsent = {r["NIP"]: r["ALASAN"] for r in csv.DictReader(f, delimiter=";")}
    assert "ID SIASN" in unsent[gone]
    staff = rows(district, "SELECT count(*) FROM employee WHERE active = 1")[0][0]
    assert len(lines) + len(unsent) == staff
    with open(tmp_path / "siasn" / "skp22.csv", encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f, delimiter=";"))) == len(lines)
    periodic = kinerja("siasn", "ekspor", "--year", "2026", "--period", "TW1", "-o", str(tmp_path / "p"), db=district)
    assert periodic.returncode == 0, periodic.stderr
    first = json.loads((tmp_path / "p" / "kinerjaperiodik.jsonl").read_text("utf-8").splitlines()[0])
    assert set(first) == annual_keys | {"periodikId", "bulanMulaiPenilaian", "bulanSelesaiPenilaian",
                                        "tahunMulaiPenilaian", "tahunSelesaiPenilaian", "koefisienId"}
    assert (first["bulanMulaiPenilaian"], first["bulanSelesaiPenilaian"]) == (1, 3)
    assert_clean_failure(kinerja("siasn", "kode", "--set", "warna", "x", "1", db=district), "Kategori 'warna'")


def test_an_attendance_bound_indicator_is_filled_from_the_recap_where_empty(district):
    from kinerja_desktop.domain.periods import parse_period
    from kinerja_desktop.errors import UserError
    from kinerja_desktop.services.context import cli_actor
    from kinerja_desktop.services.follow_up.evidence import fill_from_attendance, objective_data
    from kinerja_desktop.services.skp import add_indicator
    from kinerja_desktop.store.migrate import open_database

    (evaluation_id, indicator_id, employee_id), = rows(
        district, "SELECT v.id, i.id, k.employee_id FROM evaluation v JOIN skp k ON k.id = v.skp_id "
                  "JOIN rhk r ON r.skp_id = k.id JOIN indicator i ON i.rhk_id = r.id "
                  "WHERE v.status = 'Draft' AND k.year = 2026 AND v.period_kind = 'triwulan' AND v.period_number = 4 "
                  "AND k.employee_id IN (SELECT employee_id FROM attendance WHERE year = 2026 AND month = 10) LIMIT 1")
    with sqlite3.connect(district) as raw:
        raw.execute("UPDATE indicator SET source = 'presensi', satuan = '%' WHERE id = ?", (indicator_id,))
        raw.execute("DELETE FROM realisation WHERE evaluation_id = ? AND indicator_id = ?", (evaluation_id, indicator_id))
        hadir, hari = raw.execute("SELECT sum(hadir), sum(hari_kerja) FROM attendance WHERE employee_id = ? AND "
                                  "year = 2026 AND month BETWEEN 10 AND 12", (employee_id,)).fetchone()
    db = open_database(str(district))
    data = objective_data(db, cli_actor(), employee_id=employee_id, period=parse_period("TW4", 2026))
    assert (data.hadir, data.hari_kerja) == (hadir, hari)
    assert fill_from_attendance(db, cli_actor(), evaluation_id=evaluation_id) == 1
    assert fill_from_attendance(db, cli_actor(), evaluation_id=evaluation_id) == 0  # filled ones stay as they are
    db.close()
    (value, text), = rows(district, "SELECT value, text FROM realisation WHERE evaluation_id = ? AND indicator_id = ?",
                          evaluation_id, indicator_id)
    assert value == round(100 * hadir / hari, 2) and f"hadir {hadir} dari {hari}" in text
    rhk_id = rows(district, "SELECT rhk_id FROM indicator WHERE id = ?", indicator_id)[0][0]
    db = open_database(str(district))
    with pytest.raises(UserError, match="bersatuan %"):
        add_indicator(db, cli_actor(), rhk_id=rhk_id, text="Kehadiran", aspek="Kuantitas", target_min=95,
                      satuan="hari", source="presensi")
    db.close()


def test_the_office_sets_the_evaluation_deadline(district):
    assert kinerja("init", "--tenggat", "30", db=district).returncode == 0
    assert run_json(district, "kepatuhan", "--year", "2026", "--period", "TW2")["tenggat"] == "2026-07-30"
    assert_clean_failure(kinerja("init", "--tenggat", "400", db=district), "Tenggat evaluasi 400 hari")
