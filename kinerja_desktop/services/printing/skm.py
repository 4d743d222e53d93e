"""The SKM report of a unit as PDF (`skm hasil -o`)."""

from pathlib import Path

from sqlalchemy import case, func, select

from ...domain.skm import ANSWERS, ELEMENTS
from ...files import write_atomically
from ...reports.model import SkmDoc
from ...reports.skm import build_skm
from ...store.db import Database
from ...store.models import SkmResponse
from ..context import Actor
from ..organisation import subtree
from ..skm import skm_report
from ..units import find_unit
from .documents import letterhead


def skm_pdf(db: Database, actor: Actor, *, unit: str | int, year: int, paper: str | None = None) -> bytes:
    report = skm_report(db, actor, unit=unit, year=year)
    with db.read() as s:
        target = find_unit(s, unit)
        columns = [func.sum(case((getattr(SkmResponse, u.lower()) == n, 1), else_=0)) for u in ELEMENTS for n in ANSWERS]
        counts = s.execute(select(*columns).where(SkmResponse.unit_id.in_(subtree(s, target.id)),
                                                  SkmResponse.year == year)).one()
        head = letterhead(s, paper)
    answers = {u: {n: int(counts[i * 4 + j] or 0) for j, n in enumerate(ANSWERS)} for i, u in enumerate(ELEMENTS)}
    r = report.result
    return build_skm(SkmDoc(head, report.unit, year, r.responden, r.nrr, r.nrr_mutu, r.ikm, r.mutu, answers,
                            report.comments))


def print_skm(db: Database, actor: Actor, *, unit: str | int, year: int, output: Path) -> Path:
    return write_atomically(skm_pdf(db, actor, unit=unit, year=year), output)
