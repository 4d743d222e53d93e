"""The district's synced records as plain data: one record per aggregate, ids replaced by uuids.

Kinds: office, unit, employee, skp (with its RHK, indicators, BerAKHLAK expectations and
lampiran), evaluation (with realisations, feedback, evidence links, feedback inputs and
objections), org_performance, and the flat kinds of FLAT_KINDS: masukan (questionnaire answers,
without their code), skm (public satisfaction survey answers), and what follows a result. Read with plain Core queries: the whole 7,000-staff district
is about half a million rows.
"""

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, Table, select
from sqlalchemy.orm import Session

from ..store.models import (
    Attendance, BehaviourExpectation, DevelopmentItem, DevelopmentPlan, DisciplineSanction, Potensi, StatusPeriod,
    TrainingRecord, Employee, Evaluation, EvidenceLink, FeedbackInput, Indicator, LampiranItem,
    MasukanResponse, Objection, Office, OrgPerformance, Realisation, Rhk, RhkFeedback, SkmResponse, Skp, Unit,
    ValueFeedback,
)



@dataclass(frozen=True)
class FlatKind:
    """A record kind that is one row of one table, its foreign keys written as uuids: the one
    place a new kind of this shape is added (the export, the province's reference check and
    the progress count all read this table)."""

    name: str
    model: type
    fks: dict[str, tuple[str, str]]  # column -> (field in the record, kind it names)
    drop: tuple[str, ...] = ()  # columns that stay at home

    @property
    def references(self) -> tuple[str, ...]:
        return tuple(out for out, _ in self.fks.values())


FLAT_KINDS = (
    # masukan and survey answers: counted at the province; the questionnaire code stays at home
    FlatKind("masukan", MasukanResponse, {"employee_id": ("employee", "employee")}, ("code_id",)),
    FlatKind("skm", SkmResponse, {"unit_id": ("unit", "unit")}),
    # what follows a result (schema 0006)
    FlatKind("development_plan", DevelopmentPlan, {"employee_id": ("employee", "employee")}),
    FlatKind("development_item", DevelopmentItem, {"plan_id": ("plan", "development_plan")}),
    FlatKind("training_record", TrainingRecord, {"employee_id": ("employee", "employee")}),
    FlatKind("potensi", Potensi, {"employee_id": ("employee", "employee")}),
    FlatKind("status_period", StatusPeriod, {"employee_id": ("employee", "employee")}),
    FlatKind("attendance", Attendance, {"employee_id": ("employee", "employee")}),
    FlatKind("discipline_sanction", DisciplineSanction, {"employee_id": ("employee", "employee")}),
)


@dataclass(frozen=True)
class RecordKind:
    """Every kind a package carries, in one table: its root model (one record per row, counted
    for progress), the fields of its data that name another record (the province checks they
    stay within the sending office), and the key the province indexes it by."""

    name: str
    model: type
    references: tuple[str, ...] = ()
    key: str = ""  # the data field the province keeps as the record's key ("" for none)


RECORD_KINDS = (
    RecordKind("office", Office), RecordKind("unit", Unit, ("parent",)),
    RecordKind("employee", Employee, ("unit", "atasan"), key="nip"),
    RecordKind("skp", Skp, ("employee", "penilai")), RecordKind("evaluation", Evaluation, ("skp",), key="status"),
    RecordKind("org_performance", OrgPerformance, ("unit",)),
    *(RecordKind(k.name, k.model, k.references) for k in FLAT_KINDS),
)
KINDS = frozenset(k.name for k in RECORD_KINDS)
KIND_ORDER = {k.name: i for i, k in enumerate(RECORD_KINDS)}  # the order of kinds in a package
TOMBSTONE = {"deleted": True}
_SKIP = {"id", "uuid", "version", "office_id"}
CHUNK = 2000
_TABLES = {k.name: k.model for k in RECORD_KINDS} | {"rhk": Rhk, "indicator": Indicator}  # kinds a key may name


def _convert(column) -> Any:
    """How one column's values become JSON: None when they already are."""
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return None
    if kind in (date, datetime):
        return lambda v: None if v is None else v.isoformat()
    if kind is float:  # 100.0 and 100 are one target; JSON readers disagree on the spelling
        return lambda v: int(v) if v is not None and v.is_integer() else v
    return None


@dataclass(frozen=True)
class _Plan:
    """How rows of one table become record dicts: a select of its columns joined to the uuid of
    every record a foreign key names, and a maker compiled once for that select's rows."""

    select: Select
    make: Callable[[tuple], dict]
    table: Table

    def at(self, column: str) -> int:
        return self.table.c.keys().index(column)


def _plan(table: Table, fks: dict[str, tuple[str, str]], drop: tuple = (), *, keep_uuid: bool = False) -> _Plan:
    fields, joined, source = [], [], table
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
            fields.append((i, name, _convert(column)))
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


def _roots(session: Session, plan: _Plan) -> Iterator[list[tuple]]:
    """The rows of a root table in uuid order, a chunk at a time."""
    conn = session.connection().execution_options(yield_per=CHUNK)
    yield from conn.execute(plan.select.order_by(plan.table.c.uuid)).partitions()


def _children(session: Session, plan: _Plan, parent: str, ids: list[int], order: tuple = ()) -> dict[int, list[dict]]:
    """Records of a child table for the parents ``ids``, grouped by parent id."""
    column = plan.table.c[parent]
    rows = session.connection().execute(plan.select.where(column.in_(ids)).order_by(
        column, *(order or (plan.table.c.id,))))
    at, grouped = plan.at(parent), defaultdict(list)
    for r in rows:
        grouped[r[at]].append(plan.make(r))
    return grouped


def _skps(session: Session) -> Iterator[list[tuple[str, dict]]]:
    st, rt, it = Skp.__table__, Rhk.__table__, Indicator.__table__
    skp = _plan(st, {"employee_id": ("employee", "employee"), "penilai_id": ("penilai", "employee")})
    rhk = _plan(rt, {"parent_id": ("parent", "rhk")}, ("skp_id",), keep_uuid=True)
    indicator = _plan(it, {}, ("rhk_id",), keep_uuid=True)
    et, lt = BehaviourExpectation.__table__, LampiranItem.__table__
    expectation, lampiran = _plan(et, {}, ("skp_id",)), _plan(lt, {}, ("skp_id",))
    rhk_id, rhk_skp, ind_rhk = rhk.at("id"), rhk.at("skp_id"), indicator.at("rhk_id")
    skp_id, skp_uuid = skp.at("id"), skp.at("uuid")
    for rows in _roots(session, skp):
        ids = [r[skp_id] for r in rows]
        by_rhk = defaultdict(list)
        for r in session.connection().execute(indicator.select.join(rt, rt.c.id == it.c.rhk_id).where(
                rt.c.skp_id.in_(ids)).order_by(it.c.rhk_id, it.c.position, it.c.id)):
            by_rhk[r[ind_rhk]].append(indicator.make(r))
        rhks = defaultdict(list)
        for r in session.connection().execute(rhk.select.where(rt.c.skp_id.in_(ids)).order_by(
                rt.c.skp_id, rt.c.position, rt.c.id)):
            rhks[r[rhk_skp]].append({**rhk.make(r), "indicators": by_rhk.get(r[rhk_id], [])})
        expectations = _children(session, expectation, "skp_id", ids)
        items = _children(session, lampiran, "skp_id", ids, (lt.c.section, lt.c.position, lt.c.id))
        chunk = []
        for row in rows:
            data, key = skp.make(row), row[skp_id]
            data["rhk"], data["expectations"], data["lampiran"] = rhks.get(key, []), expectations.get(key, []), items.get(key, [])
            chunk.append((row[skp_uuid], data))
        yield chunk


_EVALUATION_PARTS = {"realisations": (Realisation, {"indicator_id": ("indicator", "indicator")}),
                     "rhk_feedback": (RhkFeedback, {"rhk_id": ("rhk", "rhk")}),
                     "value_feedback": (ValueFeedback, {}),
                     "evidence": (EvidenceLink, {"indicator_id": ("indicator", "indicator")}),
                     "feedback_inputs": (FeedbackInput, {}), "objections": (Objection, {})}


def _evaluations(session: Session) -> Iterator[list[tuple[str, dict]]]:
    parts = {name: _plan(m.__table__, fks, ("evaluation_id",), keep_uuid="uuid" in m.__table__.c)
             for name, (m, fks) in _EVALUATION_PARTS.items()}
    evaluation = _plan(Evaluation.__table__, {"skp_id": ("skp", "skp")})
    eval_id, eval_uuid = evaluation.at("id"), evaluation.at("uuid")
    for rows in _roots(session, evaluation):
        ids = [r[eval_id] for r in rows]
        found = {name: _children(session, plan, "evaluation_id", ids) for name, plan in parts.items()}
        chunk = []
        for row in rows:
            data, key = evaluation.make(row), row[eval_id]
            for name, by_eval in found.items():
                data[name] = by_eval.get(key, [])
            chunk.append((row[eval_uuid], data))
        yield chunk


def _flat(session: Session, table: Table, fks: dict, drop: tuple = ()) -> Iterator[list[tuple[str, dict]]]:
    plan = _plan(table, fks, drop)
    at, make = plan.at("uuid"), plan.make
    for rows in _roots(session, plan):
        yield [(row[at], make(row)) for row in rows]


_PARENTS = {"unit": {"parent_id": ("parent", "unit")},
            "employee": {"unit_id": ("unit", "unit"), "atasan_id": ("atasan", "employee")},
            "org_performance": {"unit_id": ("unit", "unit")}}
_NESTED = {"skp": _skps, "evaluation": _evaluations}


def chunks(session: Session, kind: str) -> Iterator[list[tuple[str, dict]]]:
    """The records of one kind as (uuid, data), uuids ascending, a chunk at a time: memory stays
    the same at any district size."""
    if kind in _NESTED:
        return _NESTED[kind](session)
    flat = {k.name: k for k in FLAT_KINDS}.get(kind)
    if flat is not None:
        return _flat(session, flat.model.__table__, flat.fks, flat.drop)
    return _flat(session, _TABLES[kind].__table__, _PARENTS.get(kind, {}))
