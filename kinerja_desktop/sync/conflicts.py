"""Province and hub: records a package could not apply, and the decision a person makes on each.

A conflict is kept whole (the record as the district sent it) until the province operator keeps
the province's copy or takes the district's, with a reason. Either way the decision is audited,
and the district hears of it in its next reference file (`reference.py`): a kept copy raises the
district's version of that record past the province's, so its next change applies instead of
conflicting again.

A hub (a kabupaten's database) keeps its sub-offices' conflicts the same way: a record a
sub-office does not own (sync/ownership.py), such as a roster correction it proposes. Taking it
writes the record into the hub's own tables; keeping the hub's copy leaves them as they are, and
the sub-office gets the hub's record back in its next slice.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.workflow import ConflictStatus
from ..errors import UserError
from ..services.access import require_operator
from ..services.context import Actor
from ..store import audit
from ..store.db import Database
from ..store.models import ProvConflict, ProvRecord
from . import bases
from .lines import record_key


def _place(s: Session) -> str:
    """'province', or 'hub' for a kabupaten's database with sub-offices' conflicts."""
    from ..services.office import province_code

    if province_code(s):
        return "province"
    from .hub import require_hub

    require_hub(s)
    return "hub"

MIN_NOTE = 10


@dataclass(frozen=True)
class ConflictRow:
    id: int
    office: str
    kind: str
    uuid: str
    version: int
    stored_version: int | None
    reason: str
    created_at: datetime
    status: str
    decided_by: str | None
    decided_at: datetime | None
    note: str


@dataclass(frozen=True)
class ConflictDetail:
    """One conflict with both sides: what the district sent, and what the province holds."""

    row: ConflictRow
    incoming: dict
    stored: dict | None  # None: the province holds no record of this uuid (a NIP conflict)
    stored_office: str | None


def _row(c: ProvConflict) -> ConflictRow:
    return ConflictRow(c.id, c.office, c.kind, c.uuid, c.version, c.stored_version, c.reason, c.created_at,
                       c.status, c.decided_by, c.decided_at, c.note or "")


def conflicts(db: Database, actor: Actor, *, office: str | None = None, open_only: bool = True) -> list[ConflictRow]:
    """The conflicts of one district (or all), open ones only unless ``open_only`` is False."""
    with db.read() as s:
        if _place(s) == "hub":  # a sub-office's records: the hub's operator decides on them
            require_operator(actor)
        stmt = select(ProvConflict).order_by(ProvConflict.id)
        if open_only:
            stmt = stmt.where(ProvConflict.status == ConflictStatus.TERBUKA)
        if office:
            stmt = stmt.where(ProvConflict.office == office)
        return [_row(c) for c in s.scalars(stmt)]


def _get(s: Session, conflict_id: int) -> ProvConflict:
    conflict = s.get(ProvConflict, conflict_id)
    if conflict is None:
        raise UserError("Bentrok nomor {id} tidak ada. Lihat daftarnya dengan 'kinerja province conflicts'.",
                        id=conflict_id)
    return conflict


def detail(db: Database, actor: Actor, conflict_id: int) -> ConflictDetail:
    with db.read() as s:
        place = _place(s)
        if place == "hub":  # a sub-office's record, beside the hub's own: for the hub's operator
            require_operator(actor)
        conflict = _get(s, conflict_id)
        if place == "hub":
            stored = held_here(s, conflict.kind, conflict.uuid)
            return ConflictDetail(_row(conflict), json.loads(conflict.data), stored, "hub" if stored else None)
        held = s.scalar(select(ProvRecord).where(ProvRecord.uuid == conflict.uuid))
        return ConflictDetail(_row(conflict), json.loads(conflict.data),
                              json.loads(held.data) if held else None, held.office if held else None)


def decide(db: Database, actor: Actor, conflict_id: int, *, take: bool, note: str) -> ConflictRow:
    """Keep the province's copy (``take`` False) or apply the district's record (True), with a
    reason of at least ten characters. A decided conflict stays decided."""
    require_operator(actor)
    note = (note or "").strip()
    if len(note) < MIN_NOTE:
        raise UserError("Tulis alasan keputusan (paling sedikit {min} karakter): keputusan ini dicatat dan "
                        "dikirim ke kabupaten/kota.", min=MIN_NOTE)
    with db.transaction() as s:
        place = _place(s)
        conflict = _get(s, conflict_id)
        if conflict.status != ConflictStatus.TERBUKA:
            raise UserError("Bentrok nomor {id} sudah diputuskan ({status}) oleh {by} pada {at:%d-%m-%Y}; "
                            "keputusan tidak diubah.", id=conflict.id, status=conflict.status,
                            by=conflict.decided_by or "-", at=conflict.decided_at or conflict.created_at)
        if take and place == "hub":
            _take_here(s, conflict)
        elif take:
            _take(s, conflict, s.scalar(select(ProvRecord).where(ProvRecord.uuid == conflict.uuid)))
        conflict.status = ConflictStatus.DIAMBIL if take else ConflictStatus.DIPERTAHANKAN
        conflict.decided_by, conflict.decided_at, conflict.note = actor.username, datetime.now(), note
        audit.record(s, actor=actor.username, action=f"{place}.conflict", entity=conflict.kind,
                     entity_uuid=conflict.uuid, before={"stored_version": conflict.stored_version},
                     after={"office": conflict.office, "version": conflict.version, "decision": conflict.status,
                            "note": note})
        s.flush()
        return _row(conflict)


def _take(s: Session, conflict: ProvConflict, held: ProvRecord | None) -> None:
    """Apply the district's record as sent: its version becomes the province's, so the
    district's next change (a higher version) applies."""
    if held is not None and held.office != conflict.office:
        raise UserError("Rekaman {uuid} sekarang milik {other}, bukan {office}: putuskan bentroknya di sana "
                        "dahulu.", uuid=conflict.uuid, other=held.office, office=conflict.office)
    if (held.version if held else None) != conflict.stored_version:
        raise UserError("Rekaman {uuid} sudah berubah di provinsi sejak bentrok ini tercatat: mengambil versi "
                        "lama akan menimpa yang lebih baru. Pertahankan milik provinsi.", uuid=conflict.uuid)
    values = dict(office=conflict.office, kind=conflict.kind, key=record_key(conflict.kind, json.loads(conflict.data)),
                  version=conflict.version,
                  hash=hashlib.sha256(conflict.data.encode("utf-8")).hexdigest(), data=conflict.data,
                  package_id=conflict.package_id)
    if held is None:
        s.add(ProvRecord(uuid=conflict.uuid, **values))
    else:
        for name, value in values.items():
            setattr(held, name, value)


def stored_version(s: Session, kind: str, uid: str) -> int | None:
    """At a hub: the version of the record of ``kind`` this database holds now (None: none)."""
    from .shapes import SHAPES

    model = SHAPES[kind].model
    return s.scalar(select(model.version).where(model.uuid == uid))


def held_here(s: Session, kind: str, uid: str) -> dict | None:
    """At a hub: the record of ``kind`` with ``uid`` as this database's tables hold it now."""
    from . import records
    from .shapes import SHAPES

    model = SHAPES[kind].model
    found = [d for chunk in records.chunks(s, kind, among=select(model.id).where(model.uuid == uid)) for _, d in chunk]
    return found[0] if found else None


def _take_here(s: Session, conflict: ProvConflict) -> None:
    """At a hub: write the sub-office's record into this database's tables, unless the hub's
    copy has changed since the conflict was recorded (that would overwrite the newer one)."""
    from .live import Writer

    if stored_version(s, conflict.kind, conflict.uuid) != conflict.stored_version:
        raise UserError("Rekaman {uuid} sudah berubah di hub sejak bentrok ini tercatat: mengambil versi sub-instansi "
                        "akan menimpa yang lebih baru. Pertahankan milik hub.", uuid=conflict.uuid)
    writer = Writer(s, office_settings=False)
    writer.write(conflict.kind, [(conflict.uuid, max(conflict.version, (conflict.stored_version or 0) + 1),
                                  json.loads(conflict.data))])
    writer.finish()
    bases.remember(s, conflict.office, conflict.kind, [conflict.uuid])  # its next change applies


def unreported(s: Session, office: str) -> list[ProvConflict]:
    """Decided conflicts of ``office`` that no reference file has carried yet."""
    return list(s.scalars(select(ProvConflict).where(
        ProvConflict.office == office, ProvConflict.status != ConflictStatus.TERBUKA,
        ProvConflict.reported_in.is_(None)).order_by(ProvConflict.id)))


def decision_record(c: ProvConflict) -> dict:
    """What a reference file tells the district about one decision."""
    return {"kind": c.kind, "uuid": c.uuid, "version": c.version, "stored_version": c.stored_version or 0,
            "decision": str(c.status), "note": c.note or "", "decided_on": c.decided_at.date().isoformat()}
