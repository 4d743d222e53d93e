"""District side, change tracking: which records changed since the province last acknowledged.

It compares content, not timestamps: a record whose hash differs from the one last seen gets a
new version and the next change number, and a deleted one becomes a tombstone. Which records it
reads: every one for a full export; otherwise those the change log noted (triggers on every
synced table fill ``sync_dirty``, schema 0008) and those changed since the last acknowledged
change. The log is emptied in the export's transaction, so a failed export keeps it."""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from ..services.office import home_office
from ..settings import SYNC_ACKED, SYNC_CHANGE
from ..store.bulk import bulk_insert
from ..store.models import SyncDirty, SyncRecord
from .payload import dumps_v2 as dumps, record_line
from .kinds import RECORD_KINDS, TOMBSTONE
from .records import chunks, noted, raw


EVERYTHING = ("*", "*")  # the change log's row for "every record" (schema 0008)
Progress = Callable[[int, int], None]
Write = Callable[[bytes], None]


@dataclass
class Tracked:
    """What one export carries: counts per kind and the evidence its records link to (the
    lines themselves went to ``write``), and the change marks."""

    counts: dict[str, int]
    evidence: set[str]
    acked: int
    counter: int


def _states(session: Session, kind: str, low: str | None, high: str | None, only_noted: bool) -> dict[str, tuple]:
    """The last seen (hash, version, change) of the records of ``kind`` with low < uuid <= high
    (``only_noted``: of those the change log holds)."""
    t = SyncRecord.__table__
    query = select(t.c.uuid, t.c.hash, t.c.version, t.c.change).where(t.c.kind == kind)
    if only_noted:
        query = query.where(t.c.uuid.in_(noted(kind)))
    if low is not None:
        query = query.where(t.c.uuid > low)
    if high is not None:
        query = query.where(t.c.uuid <= high)
    return {r[0]: r[1:] for r in raw(session, query)}


def track(session: Session, *, full: bool, progress: Progress, write: Write) -> Tracked:
    """Compare every record with its last seen hash; a changed one gets a new version and the
    next change number. The lines of the changes after the last acknowledged one (all with
    ``full``) go to ``write`` in package order: kinds in table order, uuids ascending. Records
    and their states are read a chunk at a time, side by side, so memory stays flat."""
    out = Tracked({}, set(), SYNC_ACKED.get(session), SYNC_CHANGE.get(session))
    office = home_office(session).code.encode()
    only_noted = not full and logged(session)
    if only_noted:  # what an earlier package carried and the province has not acknowledged goes again
        t, log = SyncRecord.__table__, SyncDirty.__table__
        session.execute(insert(log).prefix_with("OR IGNORE").from_select(
            ["kind", "uuid"], select(t.c.kind, t.c.uuid).where(t.c.change > out.acked)))
        count = session.scalar(select(func.count()).select_from(log))
        everything = session.scalar(select(log.c.uuid).where(log.c.kind == EVERYTHING[0])) is not None
        # picking a quarter or more of the records one by one costs more than reading them all; the
        # highest ids stand for the sizes (counting every table took 0.8 s at 70,000 staff, cold)
        sizes = sum(session.scalar(select(func.max(k.model.id))) or 0 for k in RECORD_KINDS)
        only_noted = not everything and count * 4 < sizes
    total = count if only_noted else sum(session.scalar(select(func.count()).select_from(k.model))
                                         for k in RECORD_KINDS)
    done = 0
    step = max(1, min(2000, total // 20))
    tombstone = dumps(TOMBSTONE)

    def visit(kind: str, items: list[tuple[str, Any]], states: dict[str, tuple]) -> None:
        inserts, updates, kind_bytes = [], [], kind.encode()
        for uid, data in items:
            text = tombstone if data is TOMBSTONE else dumps(data)
            digest = hashlib.sha256(text).hexdigest()
            state = states.get(uid)
            version, change = (state[1], state[2]) if state else (0, 0)
            if state is None or state[0] != digest:
                out.counter, version = out.counter + 1, version + 1
                change = out.counter
                (updates if state else inserts).append(
                    dict(kind=kind, uuid=uid, hash=digest, version=version, change=change))
            if full or change > out.acked:
                write(record_line(kind_bytes, text, office, uid.encode(), version))
                out.counts[kind] = out.counts.get(kind, 0) + 1
                if kind == "evaluation" and data is not TOMBSTONE:
                    out.evidence |= {e["sha256"] for e in data.get("evidence", ()) if e.get("sha256")}
        _save_states(session, inserts, updates)

    for kind in RECORD_KINDS:
        low = None
        for chunk in chunks(session, kind.name, only_noted=only_noted):
            high = chunk[-1][0]
            states = _states(session, kind.name, low, high, only_noted)
            live = {uid for uid, _ in chunk}
            gone = [(uid, TOMBSTONE) for uid in states if uid not in live]  # a tombstone, never silence
            visit(kind.name, sorted(chunk + gone) if gone else chunk, states)
            low, done = high, done + len(chunk)
            if done // step != (done - len(chunk)) // step:
                progress(done, total)
        states = _states(session, kind.name, low, None, only_noted)
        visit(kind.name, sorted((uid, TOMBSTONE) for uid in states), states)
    SYNC_CHANGE.set(session, out.counter)
    session.execute(delete(SyncDirty))
    return out


def logged(session: Session) -> bool:
    """Does this database keep the change log? Its triggers are SQLite's (schema 0008); on
    another database every export reads every record."""
    return session.get_bind().dialect.name == "sqlite"


def _save_states(session: Session, inserts: list[dict], updates: list[dict]) -> None:
    table = SyncRecord.__table__
    bulk_insert(session.connection(), table, inserts)
    if updates:
        session.connection().execute(
            table.update().where(table.c.kind == bindparam("k"), table.c.uuid == bindparam("u"))
            .values(hash=bindparam("hash"), version=bindparam("version"), change=bindparam("change")),
            [{**u, "k": u["kind"], "u": u["uuid"]} for u in updates])
