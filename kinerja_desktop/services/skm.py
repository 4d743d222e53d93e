"""The Survei Kepuasan Masyarakat of a service unit: answers in, the PermenPANRB 14/2017 figures out."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ..domain.skm import ELEMENTS, SkmResult, from_sums
from ..domain.limits import check_length
from ..errors import UserError
from ..store import audit
from ..store.bulk import bulk_insert
from ..store.db import Database
from ..store.models import SkmResponse, new_uuid, utcnow
from .access import require_writer
from .answers import read_answers
from .context import Actor
from .organisation import subtree
from .units import find_unit

COLUMNS = tuple(ELEMENTS)  # U1..U9


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise UserError("Tahun {year} tidak masuk akal untuk survei; tulis tahun empat angka, mis. 2026.", year=year)


@dataclass(frozen=True)
class SkmImported:
    unit: str
    year: int
    added: int
    total: int


def import_skm(db: Database, actor: Actor, path: Path, *, unit: str | int, year: int) -> SkmImported:
    """`skm impor`: every row of the sheet (U1..U9 answered 1-4, KOMENTAR optional) is checked
    first; one bad cell refuses the file and nothing is written. Audited as one entry."""
    require_writer(actor)
    _check_year(year)
    answers = read_answers(Path(path), scale=COLUMNS)
    with db.transaction() as s:
        target = find_unit(s, unit)
        now = utcnow()
        rows = [dict(uuid=new_uuid(), version=1, unit_id=target.id, year=year, komentar=a.comment, source="impor",
                     created_at=now, **{u.lower(): v for u, v in zip(COLUMNS, a.values, strict=True)})
                for a in answers]
        bulk_insert(s.connection(), SkmResponse.__table__, rows)
        total = s.scalar(select(func.count()).select_from(SkmResponse).where(
            SkmResponse.unit_id == target.id, SkmResponse.year == year))
        audit.record(s, actor=actor.username, action="skm.import", entity="unit", entity_uuid=target.uuid,
                     after={"year": year, "added": len(rows), "file": Path(path).name})
        return SkmImported(target.name, year, len(rows), total)


@dataclass(frozen=True)
class SkmReport:
    unit: str
    year: int
    result: SkmResult
    comments: tuple[str, ...]


def skm_report(db: Database, actor: Actor, *, unit: str | int, year: int) -> SkmReport:
    """The unit's survey for the year, its service units' answers combined (a perangkat daerah's
    IKM is that of its schools or puskesmas): counts and means only, which every role may see."""
    with db.read() as s:
        target = find_unit(s, unit)
        where = (SkmResponse.unit_id.in_(subtree(s, target.id)), SkmResponse.year == year)
        sums = s.execute(select(func.count(), *(func.coalesce(func.sum(getattr(SkmResponse, u.lower())), 0)
                                                for u in COLUMNS)).where(*where)).one()
        comments = tuple(s.scalars(select(SkmResponse.komentar).where(*where, SkmResponse.komentar != "")
                                   .order_by(SkmResponse.id)))
    return SkmReport(target.name, year, from_sums(sums[0], dict(zip(COLUMNS, sums[1:], strict=True))), comments)


def record_skm_answer(db: Database, actor: Actor, *, unit_id: int, year: int, values: tuple[int, ...],
                      comment: str = "") -> int:
    """One service user's answers at the kiosk (or typed in): nine values 1-4 and a comment.
    Returns how many have answered for the unit this year."""
    require_writer(actor)
    _check_year(year)
    if len(values) != len(COLUMNS) or any(v not in (1, 2, 3, 4) for v in values):
        raise UserError("Jawab kesembilan pertanyaan dengan 1 sampai 4.")
    comment = check_length("masukan", comment or "")
    with db.transaction() as s:
        target = find_unit(s, unit_id)
        s.add(SkmResponse(unit_id=target.id, year=year, komentar=comment, source="kiosk",
                          **{u.lower(): v for u, v in zip(COLUMNS, values, strict=True)}))
        s.flush()
        return s.scalar(select(func.count()).select_from(SkmResponse).where(
            SkmResponse.unit_id == target.id, SkmResponse.year == year))
