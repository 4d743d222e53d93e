"""The office (instansi) this database belongs to, and its settings."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import audit
from ..store.db import Database
from ..store.models import Office
from .context import Actor

DEFAULT_CODE = "INSTANSI"


@dataclass(frozen=True)
class OfficeRow:
    id: int
    code: str
    name: str
    kabupaten: str
    place: str
    province: str
    period_kind: str
    paper: str


def _row(o: Office) -> OfficeRow:
    return OfficeRow(o.id, o.code, o.name, o.kabupaten, o.place, o.province, o.period_kind, o.paper)


def home_office(session: Session) -> Office:
    """The district office of this database, created with placeholder names on first use."""
    office = session.scalar(select(Office).order_by(Office.id).limit(1))
    if office is None:
        office = Office(code=DEFAULT_CODE, name="INSTANSI (BELUM DIATUR)", place="")
        session.add(office)
        session.flush()
    return office


def get_office(db: Database) -> OfficeRow:
    with db.transaction() as s:
        return _row(home_office(s))


_FIELDS = ("code", "name", "kabupaten", "place", "province", "period_kind", "paper")


def update_office(db: Database, actor: Actor, **changes: str) -> OfficeRow:
    """Change the office's names, seat, evaluation frequency or paper size (audited)."""
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown office fields: {sorted(unknown)}")
    with db.transaction() as s:
        office = home_office(s)
        before = _row(office).__dict__
        for key, value in changes.items():
            setattr(office, key, value)
        office.bump()
        s.flush()
        audit.record(s, actor=actor.username, action="office.update", entity="office",
                     entity_uuid=office.uuid, before=before, after=_row(office).__dict__)
        return _row(office)
