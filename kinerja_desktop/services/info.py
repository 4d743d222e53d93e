"""Counts for `kinerja info`."""

from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from ..domain.workflow import TOMBSTONE_KEY
from ..store.db import Database
from ..store.migrate import current_revision
from ..settings import PROVINCE_CODE
from ..store.models import (
    AuditEntry, Employee, Evaluation, Office, OrgPerformance, ProvDistrict, ProvRecord, Rhk, Skp, Unit,
)



@dataclass(frozen=True)
class Info:
    database: str
    schema: str
    offices: int
    units: int
    employees: int
    skps: int
    rhk: int
    evaluations: int
    evaluations_final: int
    org_predikat: int
    audit_entries: int
    mode: str = "kabupaten/kota"
    districts: int = 0  # province: enrolled districts; its counts are consolidated over them

    def as_dict(self) -> dict:
        return asdict(self)


def _count(s, model, *where) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where))


def _province_info(db: Database, s) -> Info:
    """Consolidated counts over every district's records (tombstones left out)."""
    live = lambda kind, *where: _count(s, ProvRecord, ProvRecord.kind == kind,  # noqa: E731
                                       ProvRecord.key != TOMBSTONE_KEY, *where)
    marker = '"indicators":'  # once per RHK in a consolidated SKP
    rhk = s.scalar(select(func.coalesce(func.sum(
        (func.length(ProvRecord.data) - func.length(func.replace(ProvRecord.data, marker, ""))) / len(marker)), 0))
        .where(ProvRecord.kind == "skp"))
    return Info(
        database=db.engine.url.render_as_string(hide_password=True), schema=current_revision(db.engine) or "",
        offices=live("office"), units=live("unit"),
        employees=live("employee", ProvRecord.data.like('%"active":true%')),
        skps=live("skp"), rhk=int(rhk), evaluations=live("evaluation"),
        evaluations_final=live("evaluation", ProvRecord.key == "Final"), org_predikat=live("org_performance"),
        audit_entries=_count(s, AuditEntry), mode="provinsi", districts=_count(s, ProvDistrict))


def database_info(db: Database) -> Info:
    count = _count
    with db.read() as s:
        if PROVINCE_CODE.get(s):
            return _province_info(db, s)
        return Info(
            database=db.engine.url.render_as_string(hide_password=True),
            schema=current_revision(db.engine) or "",
            offices=count(s, Office), units=count(s, Unit),
            employees=count(s, Employee, Employee.active.is_(True)),
            skps=count(s, Skp), rhk=count(s, Rhk), evaluations=count(s, Evaluation),
            evaluations_final=count(s, Evaluation, Evaluation.status == "Final"),
            org_predikat=count(s, OrgPerformance), audit_entries=count(s, AuditEntry),
        )


def has_employees(db: Database) -> bool:
    """Whether any employee is on the roster (an empty database opens on the welcome panel)."""
    with db.read() as s:
        return s.scalar(select(Employee.id).limit(1)) is not None
