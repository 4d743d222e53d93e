"""District side, change tracking: which records changed since the province last acknowledged.

It compares content, not timestamps: each export reads every synced record, and a record whose
hash differs from the one last seen gets a new version and the next change number. Deletions
become tombstones."""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from ..services.office import home_office
from ..settings import SYNC_ACKED, SYNC_CHANGE
from ..store.bulk import bulk_insert
from ..store.models import (
    SyncRecord,
)
from .records import RECORD_KINDS, TOMBSTONE, dumps, snapshot


Progress = Callable[[int, int], None]


@dataclass
class _Batch:
    """What one export carries: record lines (JSON text), counts, evidence hashes."""

    lines: list[str]
    counts: dict[str, int]
    evidence: set[str]

    def add(self, kind: str, uid: str, version: int, owner: str, data_json: str, data: dict) -> None:
        # The keys in sorted order, as records.dumps would write them, without dumping data twice.
        self.lines.append(f'{{"data":{data_json},"kind":"{kind}","owner":"{owner}","uuid":"{uid}",'
                          f'"version":{version}}}')
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if kind == "evaluation":
            self.evidence |= {e["sha256"] for e in data.get("evidence", ()) if e.get("sha256")}


def track(session: Session, *, full: bool, progress: Progress) -> tuple[_Batch, int, int]:
    """Compare every record with its last seen hash; a changed one gets a new version and the
    next change number. Returns the batch (changes after the last acknowledged one, or all with
    ``full``), the acknowledged mark and the new counter."""
    table = SyncRecord.__table__
    states = {(r.kind, r.uuid): r for r in session.execute(select(table))}
    counter, acked = SYNC_CHANGE.get(session), SYNC_ACKED.get(session)
    office, batch, seen = home_office(session).code, _Batch([], {}, set()), set()
    inserts, updates = [], []

    def visit(kind: str, uid: str, data: dict) -> None:
        nonlocal counter
        text = dumps(data)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        state = states.get((kind, uid))
        version, change = (state.version, state.change) if state else (0, 0)
        if state is None or state.hash != digest:
            counter, version = counter + 1, version + 1
            change = counter
            (updates if state else inserts).append(dict(kind=kind, uuid=uid, hash=digest, version=version, change=change))
        if full or change > acked:
            batch.add(kind, uid, version, office, text, data)

    total = max(len(states), _roots(session))
    step = max(1, min(2000, total // 20))
    for kind, uid, data in snapshot(session):
        seen.add((kind, uid))
        visit(kind, uid, data)
        if len(seen) % step == 0:
            progress(len(seen), total)
    for key, state in states.items():  # gone from the database: a tombstone, never silence
        if key not in seen:
            visit(*key, TOMBSTONE)
    _save_states(session, inserts, updates)
    SYNC_CHANGE.set(session, counter)
    return batch, acked, counter


def _roots(session: Session) -> int:
    """How many records a snapshot yields (for progress)."""
    return sum(session.scalar(select(func.count()).select_from(k.model)) for k in RECORD_KINDS)


def _save_states(session: Session, inserts: list[dict], updates: list[dict]) -> None:
    table = SyncRecord.__table__
    bulk_insert(session.connection(), table, inserts)
    if updates:
        session.connection().execute(
            table.update().where(table.c.kind == bindparam("k"), table.c.uuid == bindparam("u"))
            .values(hash=bindparam("hash"), version=bindparam("version"), change=bindparam("change")),
            [{**u, "k": u["kind"], "u": u["uuid"]} for u in updates])
