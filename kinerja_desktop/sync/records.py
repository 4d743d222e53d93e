"""The district's synced records as plain data: one record per aggregate, ids replaced by uuids.

Kinds: office, unit, employee, skp (with its RHK, indicators, BerAKHLAK expectations and
lampiran), evaluation (with realisations, feedback, evidence links, feedback inputs and
objections) and org_performance. Read with plain Core queries: the whole 7,000-staff district
is about half a million rows.
"""

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ..store.models import (
    BehaviourExpectation, Employee, Evaluation, EvidenceLink, FeedbackInput, Indicator, LampiranItem,
    Objection, Office, OrgPerformance, Realisation, Rhk, RhkFeedback, Skp, Unit, ValueFeedback,
)

KINDS = frozenset({"office", "unit", "employee", "skp", "evaluation", "org_performance"})
TOMBSTONE = {"deleted": True}
_SKIP = {"id", "uuid", "version", "office_id"}


def record_hash(data: dict) -> str:
    """sha256 of the record's data as sorted-key compact JSON (the same bytes as in records.jsonl)."""
    return hashlib.sha256(dumps(data).encode("utf-8")).hexdigest()


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _value(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return int(v)  # 100.0 and 100 are one target; JSON readers disagree on the spelling
    return v


class _Reader:
    """Reads each table once and turns rows into dicts with foreign keys as uuids."""

    def __init__(self, session: Session):
        self.s = session
        self.uuids: dict[str, dict[int, str]] = {}

    def rows(self, table: Table, order: tuple = ()) -> list[dict]:
        stmt = select(table).order_by(*(order or (table.c.id,)))
        return [dict(r) for r in self.s.execute(stmt).mappings()]

    def remember(self, name: str, rows: list[dict]) -> None:
        self.uuids[name] = {r["id"]: r["uuid"] for r in rows}

    def plain(self, row: dict, fks: dict[str, tuple[str, str]], drop: tuple = ()) -> dict:
        """Columns minus ids; each foreign key column renamed and turned into the target's uuid."""
        out = {}
        for col, v in row.items():
            if col in _SKIP or col in drop:
                continue
            if col in fks:
                name, target = fks[col]
                out[name] = None if v is None else self.uuids[target].get(v)
            else:
                out[col] = _value(v)
        return out


def _group(rows: list[dict], key: str) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        grouped[r[key]].append(r)
    return grouped


def _skps(rd: _Reader) -> Iterator[tuple[str, str, dict]]:
    skps, rhks = rd.rows(Skp.__table__), rd.rows(Rhk.__table__, (Rhk.skp_id, Rhk.position, Rhk.id))
    indicators = rd.rows(Indicator.__table__, (Indicator.rhk_id, Indicator.position, Indicator.id))
    rd.remember("skp", skps), rd.remember("rhk", rhks), rd.remember("indicator", indicators)
    by_rhk, by_skp = _group(indicators, "rhk_id"), _group(rhks, "skp_id")
    expectations = _group(rd.rows(BehaviourExpectation.__table__), "skp_id")
    lampiran = _group(rd.rows(LampiranItem.__table__, (LampiranItem.skp_id, LampiranItem.section,
                                                        LampiranItem.position, LampiranItem.id)), "skp_id")
    fk = {"employee_id": ("employee", "employee"), "penilai_id": ("penilai", "employee")}
    for skp in skps:
        data = rd.plain(skp, fk)
        data["rhk"] = [{**rd.plain(r, {"parent_id": ("parent", "rhk")}, ("skp_id",)), "uuid": r["uuid"],
                        "indicators": [{**rd.plain(i, {}, ("rhk_id",)), "uuid": i["uuid"]}
                                       for i in by_rhk[r["id"]]]} for r in by_skp[skp["id"]]]
        data["expectations"] = [rd.plain(e, {}, ("skp_id",)) for e in expectations[skp["id"]]]
        data["lampiran"] = [rd.plain(item, {}, ("skp_id",)) for item in lampiran[skp["id"]]]
        yield "skp", skp["uuid"], data


def _children(rd: _Reader) -> dict[str, dict[int, list[dict]]]:
    tables = {"realisations": (Realisation, {"indicator_id": ("indicator", "indicator")}),
              "rhk_feedback": (RhkFeedback, {"rhk_id": ("rhk", "rhk")}),
              "value_feedback": (ValueFeedback, {}),
              "evidence": (EvidenceLink, {"indicator_id": ("indicator", "indicator")}),
              "feedback_inputs": (FeedbackInput, {}), "objections": (Objection, {})}
    out = {}
    for name, (model, fks) in tables.items():
        rows = rd.rows(model.__table__)
        keep_uuid = "uuid" in model.__table__.c
        out[name] = {k: [{**rd.plain(r, fks, ("evaluation_id",)), **({"uuid": r["uuid"]} if keep_uuid else {})}
                         for r in group] for k, group in _group(rows, "evaluation_id").items()}
    return out


def _evaluations(rd: _Reader) -> Iterator[tuple[str, str, dict]]:
    children = _children(rd)
    for ev in rd.rows(Evaluation.__table__):
        data = rd.plain(ev, {"skp_id": ("skp", "skp")})
        for name, by_eval in children.items():
            data[name] = by_eval.get(ev["id"], [])
        yield "evaluation", ev["uuid"], data


def snapshot(session: Session) -> Iterator[tuple[str, str, dict]]:
    """Every synced record of this database as (kind, uuid, data)."""
    rd = _Reader(session)
    for office in rd.rows(Office.__table__):
        yield "office", office["uuid"], rd.plain(office, {})
    units = rd.rows(Unit.__table__)
    employees = rd.rows(Employee.__table__)
    rd.remember("unit", units), rd.remember("employee", employees)
    for unit in units:
        yield "unit", unit["uuid"], rd.plain(unit, {"parent_id": ("parent", "unit")})
    for emp in employees:
        yield "employee", emp["uuid"], rd.plain(emp, {"unit_id": ("unit", "unit"), "atasan_id": ("atasan", "employee")})
    yield from _skps(rd)
    yield from _evaluations(rd)
    for org in rd.rows(OrgPerformance.__table__):
        yield "org_performance", org["uuid"], rd.plain(org, {"unit_id": ("unit", "unit")})
