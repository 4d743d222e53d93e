"""Read a roster file (CSV or XLSX) into its header and raw rows, keeping cell types.

The cell type matters: an NIP that a spreadsheet stored as a number has lost its last digits
(doubles hold 15-17 significant digits), so the importer must see that it was numeric.
"""

import csv
import io
import zipfile
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


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError("Berkas '{name}' tidak dapat dibaca sebagai teks; simpan ulang sebagai CSV UTF-8.", name=name)


def _read_csv(path: Path) -> RawTable:
    text = _decode(path.read_bytes(), path.name)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = next(reader)
    except StopIteration:
        raise UserError("Berkas '{name}' kosong.", name=path.name) from None
    rows = ((n, list(cells)) for n, cells in enumerate(reader, start=2) if any(c.strip() for c in cells))
    return RawTable(path.name, list(headers), rows)


def _read_xlsx(path: Path) -> RawTable:
    from openpyxl import load_workbook  # heavy: only when a workbook is read

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError("Berkas '{name}' bukan buku kerja Excel (.xlsx) yang utuh: {exc}. Buka dan simpan ulang di Excel, atau ekspor sebagai CSV.", name=path.name, exc=exc) from None
    sheet = workbook.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    headers = list(next(values, None) or [])
    if not headers:
        workbook.close()
        raise UserError("Berkas '{name}': lembar pertama kosong.", name=path.name)
    return RawTable(path.name, headers, _xlsx_rows(values, workbook))


def _xlsx_rows(values, workbook) -> Iterator[tuple[int, list[object]]]:
    try:
        for n, cells in enumerate(values, start=2):
            if any(c not in (None, "") for c in cells):
                yield n, list(cells)
    finally:
        workbook.close()
