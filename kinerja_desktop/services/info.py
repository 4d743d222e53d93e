"""Counts for `kinerja info`."""

from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from ..store.db import Database
from ..store.migrate import current_revision
from ..store.models import AuditEntry, Employee, Evaluation, Office, OrgPerformance, Rhk, Skp, Unit


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

    def as_dict(self) -> dict:
        return asdict(self)


def database_info(db: Database) -> Info:
    count = lambda s, model, *where: s.scalar(select(func.count()).select_from(model).where(*where))  # noqa: E731
    with db.read() as s:
        return Info(
            database=db.engine.url.render_as_string(hide_password=True),
            schema=current_revision(db.engine) or "",
            offices=count(s, Office), units=count(s, Unit),
            employees=count(s, Employee, Employee.active.is_(True)),
            skps=count(s, Skp), rhk=count(s, Rhk), evaluations=count(s, Evaluation),
            evaluations_final=count(s, Evaluation, Evaluation.status == "Final"),
            org_predikat=count(s, OrgPerformance), audit_entries=count(s, AuditEntry),
        )
