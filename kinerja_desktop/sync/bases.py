"""What each sub-office saw of each record, slice by slice (schema 0011, ``hub_base``): never a
silent overwrite at the hub (issue 16 point 4).

Each slice notes the records it sends whose content changed since the sub-office last held them
(``sent``); a record the hub applies from a package is what both hold from then on
(``remember``). A package says which slice its office had applied when it was written. A record
it sends is applied only if the hub has not changed it since that slice (``changed_here``):
otherwise both sides changed it (a transfer ended an SKP's segment at the hub while the school
edited the SKP), and it is a conflict for the hub to decide. The sub-office names the records it
changed and kept while a slice brought another version (``diverged``): those too are decided at
the hub when they differ from its own.
"""

import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.bulk import bulk_insert
from ..store.models import HubBase, ProvDistrict
from . import records

STEP = 2000


def _latest(s: Session, office: str, kind: str | None, uuids: list[str] | None, upto: int | None) -> dict:
    """(kind, uuid) -> hash of the newest row at or before slice ``upto`` (any, when None)."""
    t = HubBase.__table__
    where = [t.c.office == office]
    if kind is not None:
        where.append(t.c.kind == kind)
    if upto is not None:
        where.append(t.c.slice <= upto)
    out: dict = {}
    chunks = [None] if uuids is None else [uuids[i:i + STEP] for i in range(0, len(uuids), STEP)]
    for chunk in chunks:
        clause = where + ([t.c.uuid.in_(chunk)] if chunk is not None else [])
        newest = select(t.c.kind, t.c.uuid, func.max(t.c.slice).label("slice")).where(*clause) \
            .group_by(t.c.kind, t.c.uuid).subquery()
        out.update(((k, u), h) for k, u, h in s.execute(select(t.c.kind, t.c.uuid, t.c.hash).join(
            newest, (t.c.kind == newest.c.kind) & (t.c.uuid == newest.c.uuid) & (t.c.slice == newest.c.slice))
            .where(t.c.office == office)))
    return out


def sent(s: Session, office: str, sequence: int, rows: list[tuple[str, str, str]]) -> None:
    """Slice ``sequence`` sent ``office`` these records ((kind, uuid, hash)): note those it did not
    hold so."""
    held = _latest(s, office, None, None, None)
    bulk_insert(s.connection(), HubBase.__table__, [
        {"office": office, "kind": k, "uuid": u, "slice": sequence, "hash": h}
        for k, u, h in rows if held.get((k, u)) != h])


def changed_here(s: Session, office: str, kind: str, incoming: list[tuple[str, bytes]], *, upto: int | None,
                 diverged: set[str]) -> set[str]:
    """Of ``incoming`` (uuid, the record's bytes as sent), those the hub holds otherwise and
    changed since ``office`` had them at slice ``upto`` (or that the office names as diverged)."""
    if not incoming:
        return set()
    uuids = [u for u, _ in incoming]
    bases = {u: h for (_, u), h in _latest(s, office, kind, uuids, upto).items()}
    asked = [u for u in uuids if u in bases or u in diverged]
    if not asked:
        return set()
    held = records.held_hashes(s, kind, asked)
    return {u for u, data in incoming if u in held and held[u] != hashlib.sha256(data).hexdigest()
            and (u in diverged or held[u] != bases.get(u, held[u]))}


def remember(s: Session, office: str, kind: str, uuids: list[str]) -> None:
    """``office`` and the hub both hold these records as the hub's tables now hold them, from its
    latest slice on."""
    t = HubBase.__table__
    sequence = s.scalar(select(ProvDistrict.slice_sequence).where(ProvDistrict.office == office)) or 0
    for start in range(0, len(uuids), STEP):
        s.execute(t.delete().where(t.c.office == office, t.c.kind == kind, t.c.slice == sequence,
                                   t.c.uuid.in_(uuids[start:start + STEP])))
    held = records.held_hashes(s, kind, uuids)
    bulk_insert(s.connection(), t, [{"office": office, "kind": kind, "uuid": u, "slice": sequence, "hash": h}
                                    for u, h in held.items()])
