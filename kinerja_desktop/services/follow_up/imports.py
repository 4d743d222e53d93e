"""Records that come from elsewhere, each file all or nothing: training done (diklat), potensi from
an assessment, the monthly attendance recap, the register of disciplinary sanctions. A file read
twice changes nothing the second time: a row is matched to what it already wrote."""

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from ...domain.dates import BULAN
from ...domain.follow_up import potensi_of
from ...errors import Text, UserError
from ...store import audit
from ...store.db import Database
from ...store.bulk import bulk_insert
from ...store.models import Attendance, DisciplineSanction, Potensi, TrainingRecord, new_uuid
from ..access import require_operator
from ..context import Actor
from .sheets import Column, SheetRow, refuse_if, choice_cell, date_cell, employees_by_nip, int_cell, nip_cell, read_sheet, text_cell


@dataclass(frozen=True)
class Imported:
    source: str
    added: int
    updated: int


def _row_of(problem) -> int:
    return problem.fields.get("row", 0) if hasattr(problem, "fields") else 0


def _apply(db: Database, actor: Actor, path: Path, columns, *, model, key: tuple[str, ...], fields, label: str,
           action: str, check=lambda r: []) -> Imported:
    """The shared shape of every import: read and check the whole file, refuse it with every
    problem, else insert new rows and update those it wrote before (matched on the employee and
    ``key`` fields), in one transaction."""
    require_operator(actor)
    source, rows, problems = read_sheet(path, columns, check=check)
    with db.transaction() as s:
        people, unknown = employees_by_nip(s, rows)
        problems += unknown
        wanted = [(people.get(r.values["NIP"]), fields(r)) for r in rows]
        seen = {}
        for r, (employee_id, values) in zip(rows, wanted, strict=True):
            k = (r.values["NIP"], *(str(values[f]).lower() for f in key))
            if k in seen:
                problems.append(Text("baris {row}: {label} sama dengan baris {other}", row=r.row, label=label,
                                     other=seen[k]))
            seen.setdefault(k, r.row)
        refuse_if(source, sorted(problems, key=_row_of))
        ids, existing = sorted(set(people.values())), {}
        for start in range(0, len(ids), 5000):
            for found in s.scalars(select(model).where(model.employee_id.in_(ids[start:start + 5000]))):
                existing[(found.employee_id, *(str(getattr(found, f)).lower() for f in key))] = found
        new, updated = [], 0
        for employee_id, values in wanted:
            found = existing.get((employee_id, *(str(values[f]).lower() for f in key)))
            if found is None:
                new.append({"employee_id": employee_id, "uuid": new_uuid(), "version": 1, **values})
            elif any(getattr(found, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(found, k, v)
                found.bump()
                updated += 1
        s.flush()
        bulk_insert(s.connection(), model.__table__, new)
        audit.record(s, actor=actor.username, action=action, entity=model.__tablename__,
                     after={"file": source, "added": len(new), "updated": updated})
    return Imported(source, len(new), updated)


def import_training(db: Database, actor: Actor, path: Path) -> Imported:
    """`pengembangan diklat impor`: NIP, NAMA PELATIHAN, JP, TANGGAL MULAI, TANGGAL SELESAI."""
    columns = (Column("NIP", nip_cell), Column("NAMA PELATIHAN", text_cell(200)), Column("JP", int_cell(1, 2000)),
               Column("TANGGAL MULAI", date_cell), Column("TANGGAL SELESAI", date_cell))

    def check(r: SheetRow) -> list:
        if r.values["TANGGAL SELESAI"] < r.values["TANGGAL MULAI"]:
            return [Text("kolom TANGGAL SELESAI: sebelum TANGGAL MULAI")]
        return []

    return _apply(db, actor, path, columns, model=TrainingRecord, check=check, label="pelatihan dan tanggal mulainya",
                  action="diklat.import",
                  key=("name", "start"),
                  fields=lambda r: {"name": r.values["NAMA PELATIHAN"], "jp": r.values["JP"],
                                    "start": r.values["TANGGAL MULAI"], "end": r.values["TANGGAL SELESAI"]})


def import_potensi(db: Database, actor: Actor, path: Path, *, year: int) -> Imported:
    """`talenta potensi impor`: NIP, POTENSI (rendah, menengah, tinggi), SUMBER; for ``year``."""
    columns = (Column("NIP", nip_cell), Column("POTENSI", choice_cell(potensi_of)), Column("SUMBER", text_cell(200)))
    return _apply(db, actor, path, columns, model=Potensi, label="NIP", action="potensi.import",
                  key=("year",),
                  fields=lambda r: {"year": year, "level": r.values["POTENSI"].value, "source": r.values["SUMBER"]})


_MONTH = re.compile(r"^(\d{4})[-/](\d{1,2})$|^(\d{1,2})[-/](\d{4})$")


def month_cell(cell: object) -> tuple[int, int]:
    """The month of a recap: 2026-03, 03/2026, Maret 2026, or a date in that month."""
    if isinstance(cell, (datetime, date)):
        return cell.year, cell.month
    raw = " ".join(str(cell).split())
    match = _MONTH.match(raw)
    if match:
        year, month = (int(match[1]), int(match[2])) if match[1] else (int(match[4]), int(match[3]))
    else:
        words = raw.lower().split()
        names = [b.lower() for b in BULAN]
        if len(words) != 2 or words[0] not in names or not words[1].isdigit():
            raise UserError("'{cell}' bukan bulan; tulis 2026-03, 03/2026 atau Maret 2026", cell=raw)
        year, month = int(words[1]), names.index(words[0]) + 1
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise UserError("'{cell}' bukan bulan; tulis 2026-03, 03/2026 atau Maret 2026", cell=raw)
    return year, month


def import_attendance(db: Database, actor: Actor, path: Path) -> Imported:
    """`presensi impor`: the monthly recap: NIP, BULAN, HARI KERJA, HADIR, TERLAMBAT, TANPA KETERANGAN."""
    columns = (Column("NIP", nip_cell), Column("BULAN", month_cell), Column("HARI KERJA", int_cell(0, 31)),
               Column("HADIR", int_cell(0, 31)), Column("TERLAMBAT", int_cell(0, 31)),
               Column("TANPA KETERANGAN", int_cell(0, 31)))

    def check(r: SheetRow) -> list:
        v = r.values
        problems = []
        if v["HADIR"] > v["HARI KERJA"]:
            problems.append(Text("kolom HADIR: {hadir} lebih dari HARI KERJA {days}", hadir=v["HADIR"], days=v["HARI KERJA"]))
        if v["TERLAMBAT"] > v["HADIR"]:
            problems.append(Text("kolom TERLAMBAT: {late} lebih dari HADIR {hadir}", late=v["TERLAMBAT"], hadir=v["HADIR"]))
        if v["TANPA KETERANGAN"] > v["HARI KERJA"] - v["HADIR"]:
            problems.append(Text("kolom TANPA KETERANGAN: {absent} lebih dari hari tidak hadir ({away})",
                                 absent=v["TANPA KETERANGAN"], away=v["HARI KERJA"] - v["HADIR"]))
        return problems

    return _apply(db, actor, path, columns, model=Attendance, check=check, label="NIP dan BULAN", action="presensi.import",
                  key=("year", "month"),
                  fields=lambda r: {"year": r.values["BULAN"][0], "month": r.values["BULAN"][1],
                                    "hari_kerja": r.values["HARI KERJA"], "hadir": r.values["HADIR"],
                                    "terlambat": r.values["TERLAMBAT"], "tanpa_keterangan": r.values["TANPA KETERANGAN"]})


def import_sanctions(db: Database, actor: Actor, path: Path) -> Imported:
    """`disiplin impor`: NIP, JENIS HUKUMAN, NOMOR SK, TMT, SAMPAI (empty: no end)."""
    columns = (Column("NIP", nip_cell), Column("JENIS HUKUMAN", text_cell(200)), Column("NOMOR SK", text_cell(120)),
               Column("TMT", date_cell), Column("SAMPAI", date_cell, required=False))

    def check(r: SheetRow) -> list:
        if r.values["SAMPAI"] is not None and r.values["SAMPAI"] < r.values["TMT"]:
            return [Text("kolom SAMPAI: sebelum TMT")]
        return []

    return _apply(db, actor, path, columns, model=DisciplineSanction, check=check, label="NIP dan NOMOR SK",
                  action="disiplin.import", key=("nomor_sk",),
                  fields=lambda r: {"jenis": r.values["JENIS HUKUMAN"], "nomor_sk": r.values["NOMOR SK"],
                                    "tmt": r.values["TMT"], "sampai": r.values["SAMPAI"]})
