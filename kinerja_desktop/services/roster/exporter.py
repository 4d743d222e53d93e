"""`kinerja roster export`: the roster with the column names the import reads."""

import csv
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ...errors import UserError
from ...store.db import Database
from ...store.models import Employee
from ..access import require_operator
from ..context import Actor
from ..office import home_office
from .columns import EXPORT_HEADERS, EXPORTED
from .units import UnitIndex


def export_roster(db: Database, actor: Actor, path: Path) -> int:
    """Write active employees to ``path`` (.csv with ';' and BOM, as Excel in Indonesia reads it,
    or .xlsx with NIP cells stored as text); returns how many rows were written. The whole roster:
    the operator's."""
    require_operator(actor)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError("Berkas keluaran '{name}' harus berakhiran .csv atau .xlsx.", name=path.name)
    with db.read() as session:
        rows = list(_rows(session))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    (_write_xlsx if suffix == ".xlsx" else _write_csv)(tmp, rows)
    tmp.replace(path)
    return len(rows)


def _rows(session):
    units = UnitIndex(session, home_office(session).id)
    atasan = aliased(Employee)
    query = (select(Employee, atasan.nip).outerjoin(atasan, Employee.atasan_id == atasan.id)
             .where(Employee.active.is_(True)).order_by(Employee.unit_id, Employee.nip))
    for e, nip_atasan in session.execute(query):
        yield [e.nip, e.nama, e.gelar_depan, e.gelar_belakang, e.jenis_pegawai, e.golongan, e.jabatan,
               e.jenis_jabatan, units.text(e.unit_id), units.code_of[e.unit_id], nip_atasan or "", e.siasn_id or ""]


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet would run as a formula


def csv_safe(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs: one that would start a formula gets a
    leading apostrophe (the import removes it again)."""
    return "'" + value if value and value.startswith(FORMULA_START) else value


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(EXPORT_HEADERS[f] for f in EXPORTED)
        out.writerows([csv_safe(v or "") for v in row] for row in rows)


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Pegawai")
    sheet.append([EXPORT_HEADERS[f] for f in EXPORTED])
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # a string cell: '=HYPERLINK(...)' in a name is text, never a formula
            cell.number_format = "@"  # text: NIPs must never become numbers
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
