"""`kinerja roster import`: bring a district's staff in from CSV or XLSX, all or nothing."""

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ...errors import Text, UserError
from ...store import audit
from ...store.bulk import bulk_insert, bulk_update
from ...store.db import Database
from ...store.models import Employee, new_uuid
from ..context import Actor
from ..office import home_office
from .columns import map_headers
from .reader import read_table
from .units import UnitIndex
from .validate import RosterRow, RowProblem, check_row

FIELDS = ("nama", "gelar_depan", "gelar_belakang", "jenis_pegawai", "golongan", "jabatan",
          "jenis_jabatan", "unit_id", "birth_date", "sex")


@dataclass(frozen=True)
class RosterImportResult:
    source: str
    created: int
    updated: int
    unchanged: int
    units_created: int
    rejected: tuple[RowProblem, ...]


class _Rollback(Exception):
    def __init__(self, result: RosterImportResult):
        super().__init__()
        self.result = result


def import_roster(db: Database, actor: Actor, path: Path, *, skip_invalid: bool = False,
                  report: Path | None = None, today: date | None = None,
                  preview: bool = False) -> RosterImportResult:
    """Check every row first; write nothing if any row is bad, unless ``skip_invalid``, in which
    case the good rows are imported and the rejected ones returned (and written to ``report``).
    People are matched by NIP: an update keeps their SKPs and evaluations. ``preview`` runs the
    whole import and rolls it back, returning what it would do (rejected rows included)."""
    table = read_table(Path(path))
    columns = map_headers(table.headers, source=table.source)
    rows, problems = _check_rows(table.rows, columns, today or date.today())
    try:
        with db.transaction() as session:
            known = dict(session.execute(select(Employee.nip, Employee.id)).all())
            rows, problems = _check_atasan(rows, problems, known)
            rows, problems = _check_cycles(session, rows, problems)
            if report is not None:
                write_report(report, problems)
            if problems and not (skip_invalid or preview):
                raise _refusal(table.source, problems, report)
            result = _apply(session, actor, table.source, rows, problems,
                            manage_atasan="nip_atasan" in columns)
            if preview:
                raise _Rollback(result)
            return result
    except _Rollback as done:
        return done.result


def _check_rows(raw, columns, today) -> tuple[list[RosterRow], list[RowProblem]]:
    rows: list[RosterRow] = []
    problems: list[RowProblem] = []
    first_row_of: dict[str, int] = {}
    for number, cells in raw:
        try:
            row = check_row(number, cells, columns, today)
        except UserError as exc:
            nip, nama = (str(cells[columns[f]] or "") if columns[f] < len(cells) else "" for f in ("nip", "nama"))
            problems.append(RowProblem(number, nip, nama, exc))
            continue
        if row.nip in first_row_of:
            problems.append(RowProblem(number, row.nip, row.nama, Text(
                "NIP sama dengan baris {row}: setiap pegawai hanya satu baris.", row=first_row_of[row.nip])))
            continue
        first_row_of[row.nip] = number
        rows.append(row)
    return rows, problems


def _check_cycles(session, rows, problems) -> tuple[list[RosterRow], list[RowProblem]]:
    """A chain of superiors must end at the top: A reporting to B and B to A (through this file,
    the database or both) would make each the other's penilai. Every row on such a loop is
    refused, naming the loop."""
    atasan = aliased(Employee)
    chain = dict(session.execute(select(Employee.nip, atasan.nip).join(atasan, Employee.atasan_id == atasan.id)).all())
    chain.update({r.nip: r.nip_atasan for r in rows})
    looped: dict[str, list[str]] = {}
    for start in (r.nip for r in rows if r.nip_atasan):
        path, nip = [start], chain.get(start)
        while nip and nip not in path and len(path) <= len(chain):
            path.append(nip)
            nip = chain.get(nip)
        if nip == start:
            looped[start] = path + [start]
    if not looped:
        return rows, problems
    for r in rows:
        if r.nip in looped:
            problems.append(RowProblem(r.row, r.nip, r.nama, Text(
                "NIP ATASAN membentuk lingkaran ({loop}): setiap pegawai harus berujung pada pimpinan tertinggi; "
                "perbaiki NIP ATASAN salah satunya.", loop=" → ".join(looped[r.nip]))))
    return [r for r in rows if r.nip not in looped], sorted(problems, key=lambda p: p.row)


def _check_atasan(rows, problems, known) -> tuple[list[RosterRow], list[RowProblem]]:
    """Every NIP ATASAN must be a good row of the file or someone already in the database;
    rejecting a row can orphan its subordinates, so repeat until nothing changes."""
    while True:
        present = {r.nip for r in rows} | set(known)
        bad = [r for r in rows if r.nip_atasan and (r.nip_atasan == r.nip or r.nip_atasan not in present)]
        if not bad:
            return rows, sorted(problems, key=lambda p: p.row)
        for r in bad:
            reason = (Text("NIP ATASAN sama dengan NIP pegawai sendiri.") if r.nip_atasan == r.nip else
                      Text("NIP ATASAN {nip} tidak ada di berkas ini maupun di basis data: masukkan atasannya "
                           "juga, atau kosongkan kolom ini.", nip=r.nip_atasan))
            problems.append(RowProblem(r.row, r.nip, r.nama, reason))
        bad_ids = {id(r) for r in bad}
        rows = [r for r in rows if id(r) not in bad_ids]


def _refusal(source: str, problems: list[RowProblem], report: Path | None) -> UserError:
    hint = Text(" Daftar lengkap ditulis ke {report}.", report=report) if report else ""
    return UserError(
        "{source}: {count} baris bermasalah, tidak ada data yang disimpan. Perbaiki baris di bawah ini lalu impor "
        "ulang, atau gunakan --skip-invalid untuk mengimpor baris yang benar saja.{hint}",
        source=source, count=len(problems), hint=hint,
        details=[Text("baris {row} (NIP {nip}): {reason}", row=p.row, nip=p.nip, reason=p.reason) if p.nip else
                 Text("baris {row}: {reason}", row=p.row, reason=p.reason) for p in problems],
    )


def write_report(path: Path, problems: list[RowProblem]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["BARIS", "NIP", "NAMA", "ALASAN"])
        out.writerows([p.row, p.nip, p.nama, p.reason] for p in problems)


def _values(row: RosterRow, unit_id: int) -> dict:
    return dict(nama=row.nama, gelar_depan=row.gelar_depan, gelar_belakang=row.gelar_belakang,
                jenis_pegawai=row.jenis_pegawai, golongan=row.golongan, jabatan=row.jabatan,
                jenis_jabatan=row.jenis_jabatan, unit_id=unit_id, birth_date=row.birth_date, sex=row.sex)


@dataclass
class _Plan:
    inserts: list[dict]
    updates: list[dict]
    atasan: dict[str, str]  # nip -> nip of the new atasan ("" clears), where it changes
    log: list[dict]


def _apply(session: Session, actor: Actor, source: str, rows: list[RosterRow],
           problems: list[RowProblem], *, manage_atasan: bool) -> RosterImportResult:
    office = home_office(session)
    units = UnitIndex(session, office.id)
    plan = _plan(session, office.id, units, rows, manage_atasan)
    conn = session.connection()
    bulk_insert(conn, Employee.__table__, plan.inserts)
    bulk_update(conn, Employee.__table__, plan.updates)
    _link_atasan(session, plan.atasan)
    plan.log.append(dict(action="roster.import", entity="roster", after=dict(
        source=source, created=len(plan.inserts), updated=len(plan.updates),
        rejected=len(problems), units_created=len(units.created))))
    audit.record_many(session, plan.log, actor=actor.username)
    unchanged = len(rows) - len(plan.inserts) - len(plan.updates)
    return RosterImportResult(source, len(plan.inserts), len(plan.updates), unchanged,
                              len(units.created), tuple(problems))


def _plan(session: Session, office_id: int, units: UnitIndex, rows: list[RosterRow],
          manage_atasan: bool) -> _Plan:
    existing = {e.nip: e for e in session.execute(select(*_EMPLOYEE_COLS)).all()}
    nip_of = {e.id: e.nip for e in existing.values()}
    plan = _Plan([], [], {}, [])
    units.ensure({row.unit_path: row.unit_code for row in rows})
    for row in rows:
        values = _values(row, units.resolve(row.unit_path))
        old = existing.get(row.nip)
        old_atasan = nip_of.get(old.atasan_id, "") if old else ""
        new_atasan = row.nip_atasan if manage_atasan else old_atasan
        if old is None:
            uuid = new_uuid()
            plan.inserts.append(dict(values, nip=row.nip, office_id=office_id, uuid=uuid, version=1))
            plan.log.append(_log("employee.create", row.nip, uuid, None, values, new_atasan, units))
        elif new_atasan != old_atasan or any(getattr(old, f) != values[f] for f in FIELDS):
            plan.updates.append(dict(values, id=old.id, version=old.version + 1))
            before = {f: getattr(old, f) for f in FIELDS}
            plan.log.append(_log("employee.update", row.nip, old.uuid, before, values, new_atasan, units, old_atasan))
        else:
            continue
        if new_atasan != old_atasan:
            plan.atasan[row.nip] = new_atasan
    return plan


_EMPLOYEE_COLS = (Employee.id, Employee.nip, Employee.uuid, Employee.version, Employee.atasan_id,
                  *(getattr(Employee, f) for f in FIELDS))


def _log(action, nip, uuid, before, after, atasan, units, old_atasan=""):
    def show(values, nip_atasan):
        if values is None:
            return None
        shown = {k: v for k, v in values.items() if k != "unit_id"}
        return {**shown, "nip": nip, "unit": units.text(values["unit_id"]), "nip_atasan": nip_atasan}
    return dict(action=action, entity="employee", entity_uuid=uuid,
                before=show(before, old_atasan), after=show(after, atasan))


def _link_atasan(session: Session, changes: dict[str, str]) -> None:
    if not changes:
        return
    ids = dict(session.execute(select(Employee.nip, Employee.id)).all())
    bulk_update(session.connection(), Employee.__table__,
                [{"id": ids[nip], "atasan_id": ids.get(atasan)} for nip, atasan in changes.items()])
