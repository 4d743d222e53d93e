"""Append to and verify the hash-chained audit log.

Each entry's hash covers its own fields and the previous entry's hash, so editing, inserting or
deleting an entry in the middle of the log breaks the chain at that point.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .bulk import bulk_insert
from .models import AuditEntry

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _entry_hash(prev_hash: str, at: str, actor: str, action: str, entity: str,
                entity_uuid: str, before: str, after: str) -> str:
    # Length-prefixed fields: unambiguous whatever the text holds, and cheaper than JSON.
    fields = (prev_hash, at, actor, action, entity, entity_uuid, before, after)
    material = "".join(f"{len(f)}:{f};" for f in fields)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _head(session: Session) -> str:
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def record(session: Session, *, actor: str, action: str, entity: str, entity_uuid: str = "",
           before: Any = None, after: Any = None) -> AuditEntry:
    """Append one entry in the caller's transaction (which must be a write transaction)."""
    prev = _head(session)
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    b, a = canonical_json(before), canonical_json(after)
    entry = AuditEntry(at=at, actor=actor, action=action, entity=entity, entity_uuid=entity_uuid,
                       before=b, after=a, prev_hash=prev,
                       hash=_entry_hash(prev, at, actor, action, entity, entity_uuid, b, a))
    session.add(entry)
    session.flush()
    return entry


def record_many(session: Session, entries: list[dict[str, Any]], *, actor: str) -> None:
    """Append many entries at once (roster import); each dict has action, entity, entity_uuid,
    before, after. Written with one executemany, chained in order."""
    prev = _head(session)
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rows = []
    for e in entries:
        b, a = canonical_json(e.get("before")), canonical_json(e.get("after"))
        h = _entry_hash(prev, at, actor, e["action"], e["entity"], e.get("entity_uuid", ""), b, a)
        rows.append(dict(at=at, actor=actor, action=e["action"], entity=e["entity"],
                         entity_uuid=e.get("entity_uuid", ""), before=b, after=a,
                         prev_hash=prev, hash=h))
        prev = h
    bulk_insert(session.connection(), AuditEntry.__table__, rows)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_bad_id: int | None
    problem: str

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the log in order; report the first entry whose link or hash does not match."""
    prev, count = GENESIS, 0
    cols = (AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity,
            AuditEntry.entity_uuid, AuditEntry.before, AuditEntry.after, AuditEntry.prev_hash,
            AuditEntry.hash)
    for row in session.execute(select(*cols).order_by(AuditEntry.id)).yield_per(5000):
        count += 1
        if row.prev_hash != prev:
            return ChainReport(count, row.id, "tautan ke entri sebelumnya terputus (ada entri dihapus atau disisipkan)")
        expected = _entry_hash(prev, row.at, row.actor, row.action, row.entity, row.entity_uuid,
                               row.before, row.after)
        if expected != row.hash:
            return ChainReport(count, row.id, "isi entri tidak cocok dengan hash-nya (entri diubah)")
        prev = row.hash
    return ChainReport(count, None, "")
