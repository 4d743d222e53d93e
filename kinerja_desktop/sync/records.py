"""The district's synced records as plain data: one record per aggregate, ids replaced by uuids.

Kinds: office, unit, employee, skp (with its RHK, indicators, BerAKHLAK expectations and
lampiran), evaluation (with realisations, feedback, evidence links, feedback inputs and
objections), org_performance, and the flat kinds of FLAT_KINDS: masukan (questionnaire answers,
without their code), skm (public satisfaction survey answers), and what follows a result. Read with plain Core queries: the whole 7,000-staff district
is about half a million rows.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, select
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
TOMBSTONE = {"deleted": True}
_SKIP = {"id", "uuid", "version", "office_id"}


def dumps(value: Any) -> str:
    """Compact, sorted-key JSON: how record lines are written and what a record's hash covers."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


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


class _Reader:
    """Reads each table once; rows become dicts with foreign keys as uuids, through a plan made
    once per table (column position, output name, uuid map or converter)."""

    def __init__(self, session: Session):
        self.s = session
        self.uuids: dict[str, dict[int, str]] = {}

    def rows(self, table: Table, order: tuple = ()) -> list[tuple]:
        return self.s.execute(select(table).order_by(*(order or (table.c.id,)))).all()

    def remember(self, name: str, table: Table, rows: list[tuple]) -> None:
        i, u = table.c.keys().index("id"), table.c.keys().index("uuid")
        self.uuids[name] = {r[i]: r[u] for r in rows}

    def plan(self, table: Table, fks: dict[str, tuple[str, str]], drop: tuple = (), *, keep_uuid: bool = False):
        """A function turning a row of ``table`` into its record dict."""
        fields = []
        for i, column in enumerate(table.c):
            name = column.name
            if (name in _SKIP and not (keep_uuid and name == "uuid")) or name in drop:
                continue
            if name in fks:
                out, target = fks[name]
                fields.append((i, out, self.uuids[target].get, None))
            else:
                fields.append((i, name, None, _convert(column)))
        return _compile(fields)


def _compile(fields: list[tuple]) -> Callable[[tuple], dict]:
    """One dict display for the row, compiled once per table: about twice as fast as a loop
    over the columns, which matters at a million rows. Names come from the schema, not data."""
    env, parts = {}, []
    for i, name, mapping, convert in fields:
        if mapping is not None:
            env[f"m{i}"] = mapping
            parts.append(f"{name!r}: None if row[{i}] is None else m{i}(row[{i}])")
        elif convert is not None:
            env[f"c{i}"] = convert
            parts.append(f"{name!r}: c{i}(row[{i}])")
        else:
            parts.append(f"{name!r}: row[{i}]")
    exec(f"def make(row):\n    return {{{', '.join(parts)}}}", env)  # noqa: S102 - schema names only
    return env["make"]


def _group(rows: list[tuple], table: Table, key: str, make) -> dict[int, list[dict]]:
    """Records made from ``rows``, grouped by the value of column ``key``."""
    at = table.c.keys().index(key)
    grouped: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        grouped[r[at]].append(make(r))
    return grouped


def _skps(rd: _Reader) -> Iterator[tuple[str, str, dict]]:
    st, rt, it = Skp.__table__, Rhk.__table__, Indicator.__table__
    skps, rhks = rd.rows(st), rd.rows(rt, (Rhk.skp_id, Rhk.position, Rhk.id))
    indicators = rd.rows(it, (Indicator.rhk_id, Indicator.position, Indicator.id))
    rd.remember("skp", st, skps), rd.remember("rhk", rt, rhks), rd.remember("indicator", it, indicators)
    indicator = rd.plan(it, {}, ("rhk_id",), keep_uuid=True)
    by_rhk = _group(indicators, it, "rhk_id", indicator)
    rhk = rd.plan(rt, {"parent_id": ("parent", "rhk")}, ("skp_id",), keep_uuid=True)
    rid = rt.c.keys().index("id")
    rhk_rows = _group(rhks, rt, "skp_id", lambda r: {**rhk(r), "indicators": by_rhk.get(r[rid], [])})
    et, lt = BehaviourExpectation.__table__, LampiranItem.__table__
    expectations = _group(rd.rows(et), et, "skp_id", rd.plan(et, {}, ("skp_id",)))
    lampiran = _group(rd.rows(lt, (LampiranItem.skp_id, LampiranItem.section, LampiranItem.position,
                                   LampiranItem.id)), lt, "skp_id", rd.plan(lt, {}, ("skp_id",)))
    skp = rd.plan(st, {"employee_id": ("employee", "employee"), "penilai_id": ("penilai", "employee")})
    uuid_at, id_at = st.c.keys().index("uuid"), st.c.keys().index("id")
    for row in skps:
        data = skp(row)
        data["rhk"] = rhk_rows.get(row[id_at], [])
        data["expectations"] = expectations.get(row[id_at], [])
        data["lampiran"] = lampiran.get(row[id_at], [])
        yield "skp", row[uuid_at], data


def _children(rd: _Reader) -> dict[str, dict[int, list[dict]]]:
    tables = {"realisations": (Realisation, {"indicator_id": ("indicator", "indicator")}),
              "rhk_feedback": (RhkFeedback, {"rhk_id": ("rhk", "rhk")}),
              "value_feedback": (ValueFeedback, {}),
              "evidence": (EvidenceLink, {"indicator_id": ("indicator", "indicator")}),
              "feedback_inputs": (FeedbackInput, {}), "objections": (Objection, {})}
    out = {}
    for name, (model, fks) in tables.items():
        t = model.__table__
        make = rd.plan(t, fks, ("evaluation_id",), keep_uuid="uuid" in t.c)
        out[name] = _group(rd.rows(t), t, "evaluation_id", make)
    return out


def _evaluations(rd: _Reader) -> Iterator[tuple[str, str, dict]]:
    children = _children(rd)
    t = Evaluation.__table__
    make, uuid_at, id_at = rd.plan(t, {"skp_id": ("skp", "skp")}), t.c.keys().index("uuid"), t.c.keys().index("id")
    for row in rd.rows(t):
        data = make(row)
        for name, by_eval in children.items():
            data[name] = by_eval.get(row[id_at], [])
        yield "evaluation", row[uuid_at], data


def snapshot(session: Session) -> Iterator[tuple[str, str, dict]]:
    """Every synced record of this database as (kind, uuid, data)."""
    rd = _Reader(session)
    ot, ut, et, pt = Office.__table__, Unit.__table__, Employee.__table__, OrgPerformance.__table__
    uuid_at = ot.c.keys().index("uuid")
    office = rd.plan(ot, {})
    for row in rd.rows(ot):
        yield "office", row[uuid_at], office(row)
    units, employees = rd.rows(ut), rd.rows(et)
    rd.remember("unit", ut, units), rd.remember("employee", et, employees)
    unit = rd.plan(ut, {"parent_id": ("parent", "unit")})
    for row in units:
        yield "unit", row[ut.c.keys().index("uuid")], unit(row)
    employee = rd.plan(et, {"unit_id": ("unit", "unit"), "atasan_id": ("atasan", "employee")})
    for row in employees:
        yield "employee", row[et.c.keys().index("uuid")], employee(row)
    yield from _skps(rd)
    yield from _evaluations(rd)
    org = rd.plan(pt, {"unit_id": ("unit", "unit")})
    for row in rd.rows(pt):
        yield "org_performance", row[pt.c.keys().index("uuid")], org(row)
    for kind in FLAT_KINDS:
        yield from _flat(rd, kind.name, kind.model.__table__, kind.fks, kind.drop)


def _flat(rd: _Reader, kind: str, table: Table, fks: dict, drop: tuple = ()) -> Iterator[tuple[str, str, dict]]:
    make, uuid_at, rows = rd.plan(table, fks, drop), table.c.keys().index("uuid"), rd.rows(table)
    rd.remember(kind, table, rows)  # a later kind may point at these
    for row in rows:
        yield kind, row[uuid_at], make(row)
