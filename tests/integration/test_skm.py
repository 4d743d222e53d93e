"""Survei Kepuasan Masyarakat from the command line: a sheet in, the PermenPANRB 14/2017 figures
out; a bad sheet refused by row and column with nothing written."""

import json
import sqlite3
import subprocess

from openpyxl import Workbook

from .conftest import write
from .test_cli import assert_clean_failure, kinerja

HEADER = "U1;U2;U3;U4;U5;U6;U7;U8;U9;KOMENTAR"


def test_import_and_result_as_the_regulation_computes(staffed, db_path, tmp_path):
    rows = ["4;4;4;4;4;4;4;4;4;Petugas ramah", "3;4;4;4;4;4;4;4;4;", "3;3;3;3;3;3;3;3;3;Antrian lama",
            "2;3;3;3;3;3;3;3;3;"]
    sheet = write(tmp_path / "skm.csv", "\n".join([HEADER, *rows]) + "\n")
    done = kinerja("skm", "impor", str(sheet), "--unit", "Dinas Pendidikan", "--year", "2026", db=db_path)
    assert done.returncode == 0 and "4 jawaban SKM Dinas Pendidikan 2026" in done.stdout, done.stderr
    result = json.loads(kinerja("skm", "hasil", "--unit", "Dinas Pendidikan", "--year", "2026", "--json",
                                db=db_path).stdout)
    # U1: (4+3+3+2)/4 = 3; others (4+4+3+3)/4 = 3,5; IKM = (3 + 8 x 3,5) / 9 x 25 = 86,11 (B)
    assert result["responden"] == 4 and result["nrr"]["U1"] == 3.0 and result["nrr"]["U9"] == 3.5
    assert result["ikm"] == 86.11 and result["mutu"] == "B" and set(result["nrr"]) == {f"U{n}" for n in range(1, 10)}
    text = kinerja("skm", "hasil", "--unit", "Dinas Pendidikan", "--year", "2026", db=db_path).stdout
    assert "IKM 86,11  mutu B (Baik)" in text and "NRR 3,0000" in text
    pdf = tmp_path / "skm.pdf"
    assert kinerja("skm", "hasil", "--unit", "Dinas Pendidikan", "--year", "2026", "-o", str(pdf), db=db_path).returncode == 0
    report = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    for expected in ("LAPORAN SURVEI KEPUASAN MASYARAKAT", "4 RESPONDEN", "86,11", "B (Baik)", "Petugas ramah",
                     "U8 Penanganan pengaduan"):
        assert expected in report, expected


def test_an_xlsx_sheet_with_numbers_as_spreadsheets_store_them(staffed, db_path, tmp_path):
    book = Workbook()
    book.active.append(HEADER.split(";"))
    book.active.append([4.0] * 9 + [None])
    book.active.append([3] * 9 + ["baik"])
    book.save(tmp_path / "skm.xlsx")
    assert kinerja("skm", "impor", str(tmp_path / "skm.xlsx"), "--unit", "Dinas Pendidikan", "--year", "2026",
                   db=db_path).returncode == 0


def test_a_bad_sheet_names_each_cell_and_writes_nothing(staffed, db_path, tmp_path):
    sheet = write(tmp_path / "skm.csv", "\n".join([HEADER, "4;4;4;4;4;4;4;4;4;", "4;5;4;4;4;4;4;4;;", "x;4;4;4;4;4;4;4;4;"]))
    refused = kinerja("skm", "impor", str(sheet), "--unit", "Dinas Pendidikan", "--year", "2026", db=db_path)
    assert_clean_failure(refused, "skm.csv", "tidak ada jawaban yang disimpan", "baris 3, kolom U2: '5' bukan 1-4",
                         "baris 3, kolom U9: kosong", "baris 4, kolom U1: 'x' bukan 1-4")
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM skm_response").fetchone() == (0,)
    no_column = write(tmp_path / "kurang.csv", "U1;U2\n4;4\n")
    assert_clean_failure(kinerja("skm", "impor", str(no_column), "--unit", "Dinas Pendidikan", "--year", "2026",
                                 db=db_path), "kolom U3, U4")
    assert_clean_failure(kinerja("skm", "hasil", "--unit", "Dinas Entah", "--year", "2026", db=db_path), "Dinas Entah")
