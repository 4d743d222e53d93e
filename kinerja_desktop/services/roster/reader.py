"""Read a roster file (CSV or XLSX) into its header and raw rows, keeping cell types.

The cell type matters: an NIP that a spreadsheet stored as a number has lost its last digits
(doubles hold 15-17 significant digits), so the importer must see that it was numeric.
"""

import codecs
import csv
import zipfile
import zlib
from xml.etree.ElementTree import ParseError
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...errors import UserError


@dataclass
class RawTable:
    source: str
    headers: list[object]
    rows: Iterator[tuple[int, list[object]]]  # (row number as the user sees it, cells)


def read_table(path: Path) -> RawTable:
    if not path.is_file():
        raise UserError("Berkas '{path}' tidak ditemukan.", path=path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    if not suffix:
        raise UserError("Berkas '{name}' tidak berakhiran .xlsx atau .csv; simpan sebagai salah satunya.", name=path.name)
    raise UserError("Berkas '{name}': jenis berkas {suffix} tidak didukung; simpan sebagai .xlsx atau .csv.",
                    name=path.name, suffix=suffix)


# What a damaged workbook or text file raises while it is read: a corrupt deflate stream, a
# sheet missing from the archive, a cell longer than the CSV reader allows.
BROKEN = (zipfile.BadZipFile, zlib.error, KeyError, IndexError, ValueError, OSError, EOFError, csv.Error,
          UnicodeDecodeError, TypeError, AttributeError, ParseError)


def _guarded(rows: Iterator[tuple[int, list[object]]], name: str) -> Iterator[tuple[int, list[object]]]:
    """The rows, with a failure of the file itself named (file, row, reason) instead of ending in
    the unexpected-error message."""
    last = 1
    try:
        for last, cells in rows:
            yield last, cells
    except BROKEN as exc:
        if isinstance(exc, csv.Error) and "field larger" in str(exc):
            raise UserError("Berkas '{name}', sesudah baris {row}: sebuah sel lebih panjang dari {limit} karakter. "
                            "Periksa isi sel itu (tanda kutip yang tidak ditutup?) lalu simpan ulang.",
                            name=name, row=last, limit=csv.field_size_limit()) from None
        raise UserError("Berkas '{name}' rusak sesudah baris {row} ({exc}). Buka dan simpan ulang di Excel, atau "
                        "ekspor sebagai CSV.", name=name, row=last, exc=exc) from None


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) if the whole file decodes as such, else Windows-1252, as
    Excel in Indonesia writes CSV. Checked a megabyte at a time, so a large file is not held."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    with path.open("rb") as f:
        try:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            return "cp1252"


def _read_csv(path: Path) -> RawTable:
    encoding = _encoding(path)
    f = path.open(encoding=encoding, errors="strict", newline="")
    try:
        first = f.readline()
        f.seek(0)
        reader = csv.reader(f, delimiter=";" if first.count(";") > first.count(",") else ",")
        headers = next(reader)
    except StopIteration:
        f.close()
        raise UserError("Berkas '{name}' kosong.", name=path.name) from None
    except BROKEN as exc:
        f.close()
        raise UserError("Berkas '{name}' rusak di baris 1 ({exc}). Buka dan simpan ulang di Excel, atau ekspor "
                        "sebagai CSV.", name=path.name, exc=exc) from None

    def rows() -> Iterator[tuple[int, list[object]]]:
        with f:
            for n, cells in enumerate(reader, start=2):
                if any(c.strip() for c in cells):
                    yield n, cells
    return RawTable(path.name, list(headers), _guarded(rows(), path.name))


def _read_xlsx(path: Path) -> RawTable:
    """The first sheet through python-calamine (Rust): several times faster than openpyxl, which
    stays for writing. Numbers that are whole come back as int, as openpyxl gave them."""
    from python_calamine import CalamineError, CalamineWorkbook  # only when a workbook is read

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        values = iter(sheet.iter_rows())
        headers = [_cell(c) for c in next(values, None) or []]
    except (*BROKEN, CalamineError) as exc:
        raise UserError("Berkas '{name}' bukan buku kerja Excel (.xlsx) yang utuh: {exc}. Buka dan simpan ulang di Excel, atau ekspor sebagai CSV.", name=path.name, exc=exc) from None
    if not any(h not in (None, "") for h in headers):
        workbook.close()
        raise UserError("Berkas '{name}': lembar pertama kosong.", name=path.name)
    first = sheet.start[0] + 2 if sheet.start else 2  # the row number the user sees under the header
    return RawTable(path.name, headers, _guarded(_xlsx_rows(values, workbook, first), path.name))


def _cell(value: object) -> object:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)  # 31 for golongan 31; a 15-digit-or-longer number stays a float (a broken NIP)
    return None if value == "" else value


def _xlsx_rows(values, workbook, first: int) -> Iterator[tuple[int, list[object]]]:
    from python_calamine import CalamineError

    try:
        for n, cells in enumerate(values, start=first):
            row = [_cell(c) for c in cells]
            if any(c is not None for c in row):
                yield n, row
    except CalamineError as exc:
        raise ValueError(str(exc)) from None  # named by _guarded with the last good row
    finally:
        workbook.close()
