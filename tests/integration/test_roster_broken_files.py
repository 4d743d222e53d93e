"""Broken roster files are refused by name (file, row, reason), exit 1, never the unexpected-
error message, and nothing is written."""

import zipfile

import pytest
from openpyxl import Workbook

from .test_cli import assert_clean_failure, kinerja

HEADER = ["NIP", "NAMA", "GOLONGAN", "JABATAN", "JENIS JABATAN", "UNIT KERJA"]
ROW = ["197001011995031002", "Ahmad Yani", "IV/c", "Kepala Dinas", "JPT Pratama", "Dinas Pendidikan"]


def good_xlsx(path):
    workbook = Workbook()
    workbook.active.append(HEADER)
    for _ in range(200):
        workbook.active.append(ROW)
    workbook.save(path)
    return path


def rewrite(source, target, change):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info, data)
    return target


def broken(kind: str, folder):
    good = good_xlsx(folder / "baik.xlsx")
    data = good.read_bytes()
    sheet = "xl/worksheets/sheet1.xml"
    if kind == "missing sheet":
        return rewrite(good, folder / "x.xlsx", lambda n, d: None if n == sheet else d)
    if kind == "corrupt deflate":
        at = data.find(sheet.encode()) + 80
        path = folder / "x.xlsx"
        path.write_bytes(data[:at] + b"\x00" * 40 + data[at + 40:])
        return path
    if kind == "sheet is not XML":
        return rewrite(good, folder / "x.xlsx", lambda n, d: b"<worksheet><sheetData><row>" if n == sheet else d)
    if kind == "truncated workbook":
        path = folder / "x.xlsx"
        path.write_bytes(data[: len(data) // 2])
        return path
    if kind == "cell over the CSV limit":
        path = folder / "x.csv"
        path.write_text(";".join(HEADER) + "\n" + ";".join([ROW[0], "A" * 140_000, *ROW[2:]]) + "\n")
        return path
    if kind == "unclosed quote":
        path = folder / "x.csv"
        path.write_text(";".join(HEADER) + "\n" + ROW[0] + ';"Ahmad\n' + "x;" * 70_000 + "\n")
        return path
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["missing sheet", "corrupt deflate", "sheet is not XML", "truncated workbook",
                                  "cell over the CSV limit", "unclosed quote"])
def test_a_broken_roster_file_is_refused_by_name(tmp_path, kind):
    path = broken(kind, tmp_path)
    db = tmp_path / "k.sqlite3"
    result = kinerja("roster", "import", str(path), db=db)
    assert_clean_failure(result, path.name)
    assert "tak terduga" not in result.stderr
