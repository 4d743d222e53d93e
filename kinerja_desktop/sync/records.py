"""The district's synced records as plain data: one record per aggregate, ids replaced by uuids.

Kinds: office, unit, employee, skp (with its RHK, indicators, BerAKHLAK expectations and
lampiran), evaluation (with realisations, feedback, evidence links, feedback inputs and
objections), org_performance, and the flat kinds of FLAT_KINDS: masukan (questionnaire answers,
without their code), skm (public satisfaction survey answers), and what follows a result. Read with plain Core queries: the whole 7,000-staff district
is about half a million rows.
"""

from itertools import islice
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, select
from sqlalchemy.orm import Session

from ..store.models import (
    BehaviourExpectation, Evaluation, EvidenceLink, FeedbackInput, Indicator, LampiranItem, Objection, Realisation,
    Rhk, RhkFeedback, Skp, SyncDirty, ValueFeedback,
)
from .kinds import FLAT_KINDS, RECORD_KINDS

_SKIP = {"id", "uuid", "version", "office_id"}
CHUNK = 2000
_TABLES = {k.name: k.model for k in RECORD_KINDS} | {"rhk": Rhk, "indicator": Indicator}  # kinds a key may name


def _convert(column, dialect) -> Callable[[Any], Any] | None:
    """How one column's raw DBAPI value becomes JSON: the dialect's own result processor (text
    to date, 0/1 to bool, JSON text to objects), then dates as ISO text and whole floats as
    ints. None when the raw value already is what JSON needs."""
    process = column.type.dialect_impl(dialect).result_processor(dialect, None)
    try:
        kind = column.type.python_type
    except NotImplementedError:
        kind = None
    if kind in (date, datetime):
        then = lambda v: None if v is None else v.isoformat()  # noqa: E731
    elif kind is float:  # 100.0 and 100 are one target; JSON readers disagree on the spelling
        then = lambda v: int(v) if v is not None and v.is_integer() else v  # noqa: E731
    else:
        return process
    return then if process is None else (lambda v: then(process(v)))


@dataclass(frozen=True)
class _Plan:
    """How rows of one table become record dicts: a select of its columns joined to the uuid of
    every record a foreign key names, and a maker compiled once for that select's raw rows."""

    select: Select
    make: Callable[[tuple], dict]
    table: Table

    def at(self, column: str) -> int:
        return self.table.c.keys().index(column)


def _plan(session: Session, table: Table, fks: dict[str, tuple[str, str]], drop: tuple = (), *,
          keep_uuid: bool = False) -> _Plan:
    fields, joined, source, dialect = [], [], table, session.get_bind().dialect
    for i, column in enumerate(table.c):
        name = column.name
        if (name in _SKIP and not (keep_uuid and name == "uuid")) or name in drop:
            continue
        if name in fks:
            out, target = fks[name]
            other = _TABLES[target].__table__.alias(f"{name}_of")
            source = source.outerjoin(other, column == other.c.id)
            joined.append(other.c.uuid.label(f"{name}_uuid"))
            fields.append((len(table.c) + len(joined) - 1, out, None))
        else:
            fields.append((i, name, _convert(column, dialect)))
    return _Plan(select(*table.c, *joined).select_from(source), _compile(fields), table)


def _compile(fields: list[tuple]) -> Callable[[tuple], dict]:
    """One dict display for the row, compiled once per table: about twice as fast as a loop
    over the columns, which matters at a million rows. Names come from the schema, not data."""
    env, parts = {}, []
    for i, name, convert in fields:
        if convert is not None:
            env[f"c{i}"] = convert
            parts.append(f"{name!r}: c{i}(row[{i}])")
        else:
            parts.append(f"{name!r}: row[{i}]")
    exec(f"def make(row):\n    return {{{', '.join(parts)}}}", env)  # noqa: S102 - schema names only
    return env["make"]


def raw(session: Session, query: Select) -> Iterator[tuple]:
    """The rows of ``query`` straight from the DBAPI cursor, in the session's transaction: no
    Row objects, which cost as much as the reading itself at a million rows."""
    conn = session.connection()
    cursor = conn.connection.dbapi_connection.cursor()
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})  # IN lists
    params = compiled.construct_params()
    if compiled.positiontup is not None:  # qmark (SQLite): in the order the text names them
        params = tuple(params[name] for name in compiled.positiontup)
    cursor.execute(str(compiled), params)
    while block := cursor.fetchmany(CHUNK):
        yield from block
    cursor.close()


Where = ColumnElement[bool] | None  # which roots: all (None), or those the change log noted


def _where(query: Select, where: Where) -> Select:
    return query if where is None else query.where(where)


def _roots(session: Session, plan: _Plan, where: Where) -> Iterator[list[tuple]]:
    """The rows of a root table in uuid order, a chunk at a time."""
    rows = raw(session, _where(plan.select, where).order_by(plan.table.c.uuid))
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


class _Kids:
    """The rows of a child table in the order of their parents' uuids (the roots' order), so
    ``take`` hands out one parent's children as the roots go by: a merge, no lookups."""

    def __init__(self, session: Session, plan: _Plan, parent: str, query: Select, make=None):
        self.rows, self.at, self.make = raw(session, query), plan.at(parent), make or plan.make
        self.head = next(self.rows, None)

    def take(self, key: int) -> list:
        out, at = [], self.at
        while self.head is not None and self.head[at] == key:
            out.append(self.make(self.head))
            self.head = next(self.rows, None)
        return out


def _kids(session: Session, plan: _Plan, parent: str, root: Table, where: Where, order: tuple = ()) -> _Kids:
    column = plan.table.c[parent]
    query = _where(plan.select.join(root, column == root.c.id), where)
    return _Kids(session, plan, parent, query.order_by(root.c.uuid, *(order or (plan.table.c.id,))))


def _skps(session: Session, where: Where) -> Iterator[list[tuple[str, dict]]]:
    st, rt, it = Skp.__table__, Rhk.__table__, Indicator.__table__
    skp = _plan(session, st, {"employee_id": ("employee", "employee"), "penilai_id": ("penilai", "employee")})
    rhk = _plan(session, rt, {"parent_id": ("parent", "rhk")}, ("skp_id",), keep_uuid=True)
    indicator = _plan(session, it, {}, ("rhk_id",), keep_uuid=True)
    et, lt = BehaviourExpectation.__table__, LampiranItem.__table__
    rhk_order = (rt.c.position, rt.c.id)
    indicators = _Kids(session, indicator, "rhk_id", _where(indicator.select.join(rt, it.c.rhk_id == rt.c.id).join(
        st, rt.c.skp_id == st.c.id), where).order_by(st.c.uuid, *rhk_order, it.c.position, it.c.id))
    rhk_id = rhk.at("id")
    rhks = _Kids(session, rhk, "skp_id",
                 _where(rhk.select.join(st, rt.c.skp_id == st.c.id), where).order_by(st.c.uuid, *rhk_order),
                 lambda r: {**rhk.make(r), "indicators": indicators.take(r[rhk_id])})
    expectations = _kids(session, _plan(session, et, {}, ("skp_id",)), "skp_id", st, where)
    lampiran = _kids(session, _plan(session, lt, {}, ("skp_id",)), "skp_id", st, where,
                     (lt.c.section, lt.c.position, lt.c.id))
    skp_id, skp_uuid, make = skp.at("id"), skp.at("uuid"), skp.make
    for rows in _roots(session, skp, where):
        chunk = []
        for row in rows:
            data, key = make(row), row[skp_id]
            data["rhk"], data["expectations"], data["lampiran"] = rhks.take(key), expectations.take(key), lampiran.take(key)
            chunk.append((row[skp_uuid], data))
        yield chunk


_EVALUATION_PARTS = {"realisations": (Realisation, {"indicator_id": ("indicator", "indicator")}),
                     "rhk_feedback": (RhkFeedback, {"rhk_id": ("rhk", "rhk")}),
                     "value_feedback": (ValueFeedback, {}),
                     "evidence": (EvidenceLink, {"indicator_id": ("indicator", "indicator")}),
                     "feedback_inputs": (FeedbackInput, {}), "objections": (Objection, {})}


def _evaluations(session: Session, where: Where) -> Iterator[list[tuple[str, dict]]]:
    et = Evaluation.__table__
    parts = [(name, _kids(session, _plan(session, m.__table__, fks, ("evaluation_id",),
                                         keep_uuid="uuid" in m.__table__.c), "evaluation_id", et, where))
             for name, (m, fks) in _EVALUATION_PARTS.items()]
    evaluation = _plan(session, et, {"skp_id": ("skp", "skp")})
    eval_id, eval_uuid, make = evaluation.at("id"), evaluation.at("uuid"), evaluation.make
    for rows in _roots(session, evaluation, where):
        chunk = []
        for row in rows:
            data, key = make(row), row[eval_id]
            for name, kids in parts:
                data[name] = kids.take(key)
            chunk.append((row[eval_uuid], data))
        yield chunk


def _flat(session: Session, table: Table, where: Where, fks: dict, drop: tuple = ()) -> Iterator[list[tuple[str, dict]]]:
    plan = _plan(session, table, fks, drop)
    at, make = plan.at("uuid"), plan.make
    for rows in _roots(session, plan, where):
        yield [(row[at], make(row)) for row in rows]


_PARENTS = {"unit": {"parent_id": ("parent", "unit")},
            "employee": {"unit_id": ("unit", "unit"), "atasan_id": ("atasan", "employee")},
            "org_performance": {"unit_id": ("unit", "unit")}}
_NESTED = {"skp": _skps, "evaluation": _evaluations}


def noted(kind: str) -> Select:
    """The uuids of ``kind`` the change log holds (schema 0008)."""
    log = SyncDirty.__table__
    return select(log.c.uuid).where(log.c.kind == kind)


def chunks(session: Session, kind: str, *, only_noted: bool = False,
           among: Select | None = None) -> Iterator[list[tuple[str, dict]]]:
    """The records of one kind as (uuid, data), uuids ascending, a chunk at a time: memory stays
    the same at any district size. ``only_noted``: only those the change log holds; ``among``:
    only the rows whose id it selects (a hub's slice for one sub-office)."""
    table = _TABLES[kind].__table__
    where = table.c.uuid.in_(noted(kind)) if only_noted else None
    if among is not None:
        where = table.c.id.in_(among) if where is None else where & table.c.id.in_(among)
    if kind in _NESTED:
        return _NESTED[kind](session, where)
    flat = {k.name: k for k in FLAT_KINDS}.get(kind)
    if flat is not None:
        return _flat(session, flat.model.__table__, where, flat.fks, flat.drop)
    return _flat(session, _TABLES[kind].__table__, where, _PARENTS.get(kind, {}))


def held_hashes(session: Session, kind: str, uuids) -> dict[str, str]:
    """uuid -> sha256 of the record as this database holds it now, spelled as a format 2 package
    spells it, for those of ``uuids`` it holds (what a slice's or package's record is compared
    with: a change made here, or at the hub since a sub-office last saw it)."""
    import hashlib

    from .payload import dumps_v2

    model, uuids, out = _TABLES[kind], list(uuids), {}
    for start in range(0, len(uuids), 2000):
        among = select(model.id).where(model.uuid.in_(uuids[start:start + 2000]))
        for chunk in chunks(session, kind, among=among):
            out.update((uid, hashlib.sha256(dumps_v2(data)).hexdigest()) for uid, data in chunk)
    return out
