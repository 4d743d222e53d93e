"""Spreadsheets of the follow-up (training records, potensi, attendance, sanctions, status periods,
the catalogue): CSV or XLSX, read whole and checked before anything is written, every bad cell
named by row and column, the file refused as a whole like the roster."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ...domain.dates import parse_date
from ...errors import Text, UserError
from ...store.models import Employee
from ..answers import refusal
from ..roster.reader import read_table
from ..roster.validate import read_nip, text

Parse = Callable[[object], object]  # a cell -> its value, or UserError naming what is wrong


@dataclass(frozen=True)
class Column:
    name: str  # as the header reads, upper case
    parse: Parse
    required: bool = True  # a column the file must have, and a cell it must fill


def nip_cell(cell: object) -> str:
    digits = read_nip(cell)
    if len(digits) != 18:
        raise UserError("'{cell}' bukan NIP 18 angka", cell=text(cell))
    return digits


def text_cell(limit: int = 200) -> Parse:
    def parse(cell: object) -> str:
        value = " ".join(text(cell).split())
        if len(value) > limit:
            raise UserError("lebih dari {limit} karakter", limit=limit)
        return value
    return parse


def int_cell(low: int, high: int) -> Parse:
    def parse(cell: object) -> int:
        if isinstance(cell, bool):
            raise UserError("'{cell}' bukan bilangan bulat", cell=cell)
        if isinstance(cell, (int, float)) and float(cell).is_integer():
            value = int(cell)
        else:
            raw = text(cell)
            if not re.fullmatch(r"-?\d+", raw):
                raise UserError("'{cell}' bukan bilangan bulat", cell=raw)
            value = int(raw)
        if not low <= value <= high:
            raise UserError("{value} di luar {low} sampai {high}", value=value, low=low, high=high)
        return value
    return parse


def date_cell(cell: object) -> date:
    return parse_date(cell)


def choice_cell(read: Callable[[str], object]) -> Parse:
    return lambda cell: read(text(cell))


@dataclass(frozen=True)
class SheetRow:
    row: int  # as the user sees it in the file
    values: dict[str, object]  # column name -> parsed value (None: an optional column left empty)


def read_sheet(path: Path, columns: tuple[Column, ...], *, check: Callable[[SheetRow], list] = lambda r: []
               ) -> tuple[str, list[SheetRow], list]:
    """The file's good rows, parsed, and the problems of the others (each naming its row and
    column); ``check`` adds problems a row has as a whole (end before start). The caller adds
    what only the database knows, then refuses the file if anything is wrong."""
    table = read_table(Path(path))
    headers = [" ".join(str(h or "").replace("_", " ").split()).upper() for h in table.headers]
    missing = [c.name for c in columns if c.required and c.name not in headers]
    if missing:
        raise UserError("{source}: kolom {missing} tidak ada. Baris pertama harus memuat kolom {wanted}.",
                        source=table.source, missing=", ".join(missing),
                        wanted=", ".join(c.name for c in columns if c.required))
    at = {c.name: headers.index(c.name) for c in columns if c.name in headers}
    rows, problems = [], []
    for number, cells in table.rows:
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        values, bad = {}, []
        for column in columns:
            index = at.get(column.name)
            raw = cells[index] if index is not None and index < len(cells) else None
            if raw is None or str(raw).strip() == "":
                values[column.name] = None
                if column.required:
                    bad.append(Text("kolom {column}: kosong", column=column.name))
                continue
            try:
                values[column.name] = column.parse(raw)
            except UserError as exc:
                bad.append(Text("kolom {column}: {problem}", column=column.name, problem=exc))
        sheet_row = SheetRow(number, values)
        if not bad:
            bad = check(sheet_row)
        if bad:
            problems += [Text("baris {row}, {problem}", row=number, problem=b) for b in bad]
        else:
            rows.append(sheet_row)
    if not rows and not problems:
        raise UserError("{source}: tidak ada baris data di bawah baris judul.", source=table.source)
    return table.source, rows, problems


def refuse_if(source: str, problems: list) -> None:
    if problems:
        raise refusal(source, problems, answers=False)


def employees_by_nip(s, rows: list[SheetRow], column: str = "NIP") -> tuple[dict[str, int], list]:
    """The employee id of each NIP the rows name, and a problem for each NIP this office does not have."""
    nips = sorted({r.values[column] for r in rows})
    known: dict[str, int] = {}
    for start in range(0, len(nips), 5000):
        known.update(s.execute(select(Employee.nip, Employee.id).where(Employee.nip.in_(nips[start:start + 5000]))).all())
    problems = [Text("baris {row}, kolom {column}: NIP {nip} tidak ada di data pegawai; impor daftar pegawai dahulu",
                     row=r.row, column=column, nip=r.values[column]) for r in rows if r.values[column] not in known]
    return known, problems


def table_bytes(rows: list[list], suffix: str, title: str) -> bytes:
    """A table as CSV (';' and BOM, as Excel in Indonesia reads it; a cell that would start a
    formula is kept as text) or XLSX (text as text, numbers as numbers)."""
    import csv
    import io

    from ..roster.exporter import csv_safe

    if suffix == ".csv":
        text = io.StringIO()
        csv.writer(text, delimiter=";", lineterminator="\n").writerows(
            [csv_safe(v) if isinstance(v, str) else v for v in row] for row in rows)
        return text.getvalue().encode("utf-8-sig")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type, cell.number_format = "s", "@"
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
