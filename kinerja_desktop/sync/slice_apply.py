"""A slice at the sub-office (design.md section 5.1; docs/sync-format.md section 10): written into
its own tables through ``live.Writer``, every record noted as what the hub holds, so the next
package carries only what is written here. What the office changed and the hub does not hold
yet stays (``_Local``); what the slice no longer carries goes, unless something kept here names
it (``_drop_no_longer_held``)."""

import hashlib
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Text
from ..services import keys
from ..services.context import Actor
from ..services.evidence_store import store_bytes
from ..services.office import home_office
from ..settings import SLICE_SEQUENCE, SUB_OFFICE_UNIT, SYNC_ACKED
from ..store import audit
from ..store.db import Database
from ..store.models import Evidence, SyncDirty, SyncRecord
from . import live, package, reader, records
from .kinds import KIND_ORDER, KINDS, RECORD_KINDS
from .package import PackageRefused
from .shapes import SHAPES


def apply_slice(db: Database, s: Session, actor: Actor, opened: package.Opened, *, passphrase: str | None) -> Text:
    """A slice from the trusted hub, inside the caller's transaction (``sync import``): every
    record written into this database's tables, its evidence stored, and each record marked as
    what the hub already holds, so the next export sends only what changes here. An older or
    the same slice again changes nothing."""
    m = opened.manifest
    last = SLICE_SEQUENCE.get(s)
    if m["sequence"] <= last:
        return Text("Irisan data nomor {sequence} dari hub sudah diterapkan (terakhir: nomor {last}); tidak ada yang "
                    "berubah.", sequence=m["sequence"], last=last)
    if passphrase is None:
        raise PackageRefused("irisan data terenkripsi: frasa sandi kunci instansi diperlukan")
    identity = keys.identity(s, keys.DISTRICT_AGE, passphrase)
    conn = s.connection()
    if conn.dialect.name == "sqlite":  # evidence links come before the files they name
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    writer, sent, local, written = live.Writer(s, office_settings=True), defaultdict(set), _Local(s), []
    with reader.stream(opened, identities=[identity], kinds=KINDS, folder=db.evidence_dir.parent / "sementara") as body:
        for chunk in body.chunks():
            runs, datas = defaultdict(list), {}
            for record, data in chunk:
                runs[record["kind"]].append((record["uuid"], record["version"], record["data"]))
                sent[record["kind"]].add(record["uuid"])
                datas[(record["kind"], record["uuid"])] = (record["version"], data)
            states = []
            for kind in sorted(runs, key=KIND_ORDER.get):
                mine = local.pending(writer, kind, [u for u, _, _ in runs[kind]]) if kind != "office" else set()
                local.diverge(kind, {u: _sha(datas[(kind, u)][1]) for u in mine})
                writer.write(kind, [r for r in runs[kind] if r[0] not in mine])
                if kind != "office":  # the hub's office is not this office's record
                    states += [{"kind": kind, "uuid": u, "hash": _sha(datas[(kind, u)][1]),
                                "version": datas[(kind, u)][0], "change": 0} for u, _, _ in runs[kind] if u not in mine]
            _mark_held_upstream(s, states)
            written += [st["uuid"] for st in states]
        writer.finish()
        dropped = _drop_no_longer_held(s, writer, sent)
        _forget_logged(s, written)
        for sha, data in body.evidence():
            store_evidence(db, s, sha, data)
    SLICE_SEQUENCE.set(s, m["sequence"])
    SUB_OFFICE_UNIT.set(s, m["unit"])  # what is written here (services/access.py require_written_here)
    audit.record(s, actor=actor.username, action="sync.slice", entity="office", entity_uuid=home_office(s).uuid,
                 after={"sequence": m["sequence"], "counts": m["counts"], "hub": m["province"], "dropped": dropped,
                        "kept": local.kept,
                        "transfer": m.get("transfer")})
    said = Text("Irisan data nomor {sequence} dari hub {hub} diterapkan: {records} rekaman.", sequence=m["sequence"],
                hub=m["province"], records=sum(m["counts"].values()))
    if local.kept:  # written here and not yet taken by the hub: they go up in the next package
        said = Text("{said} {kept} rekaman yang diubah di sini dan belum diterima hub tetap seperti di sini; paket "
                    "berikutnya membawanya ke hub.", said=said, kept=local.kept)
    if dropped:  # what is no longer this office's: kept at the hub
        said = Text("{said} {dropped} rekaman yang bukan lagi milik instansi ini dilepas (tetap tersimpan di hub).",
                    said=said, dropped=sum(dropped.values()))
    move = m.get("transfer")
    if isinstance(move, dict):
        said = Text("{said} Pindah: {nama} (NIP {nip}) dari {source} ke {target} mulai {on}.", said=said,
                    nama=str(move.get("nama", "")), nip=str(move.get("nip", "")), source=str(move.get("from", "")),
                    target=str(move.get("to", "")), on=str(move.get("on", "")))
    return said


class _Local:
    """Which records of a slice this office has changed and the hub does not hold yet: written
    here since the last package (the change log says so; the hashes, when it holds everything),
    or sent and not acknowledged. A slice leaves them as they are: nothing written here is lost
    to an older copy from the hub, and the next package carries them up."""

    def __init__(self, s: Session):
        from .changes import EVERYTHING, logged

        self.s, self.acked, self.kept = s, SYNC_ACKED.get(s), 0
        self.states: dict[str, tuple] = {}  # of the kind last asked: uuid -> (hash, change) last seen
        log = SyncDirty.__table__
        self.hashes = not logged(s) or s.scalar(select(log.c.uuid).where(log.c.kind == EVERYTHING[0]).limit(1)) is not None

    def pending(self, writer: live.Writer, kind: str, uuids: list[str]) -> set[str]:
        here = writer.find(kind, uuids)
        self.states = {}
        if not here:
            return set()
        t, log = SyncRecord.__table__, SyncDirty.__table__
        self.states = states = {u: (h, c) for u, h, c in self.s.execute(select(t.c.uuid, t.c.hash, t.c.change).where(
            t.c.kind == kind, t.c.uuid.in_(list(here))))}
        out = {u for u in here if u not in states or states[u][1] > self.acked}
        rest = [u for u in here if u not in out]
        if rest and self.hashes:
            out |= {u for u, h in records.held_hashes(self.s, kind, rest).items() if h != states[u][0]}
        elif rest:
            out |= set(self.s.scalars(select(log.c.uuid).where(log.c.kind == kind, log.c.uuid.in_(rest))))
        self.kept += len(out)
        return out

    def diverge(self, kind: str, kept: dict[str, str]) -> None:
        """Of the records kept (uuid -> the hash of the slice's version), mark those the slice
        brought otherwise than this office last had them: its next package names them, and the
        hub decides them if they differ from its own."""
        t = SyncRecord.__table__
        marked = [u for u, h in kept.items() if u in self.states and self.states[u][0] != h]
        for start in range(0, len(marked), 2000):
            self.s.execute(t.update().where(t.c.kind == kind, t.c.uuid.in_(marked[start:start + 2000]))
                           .values(diverged=True))


def _drop_no_longer_held(s: Session, writer: live.Writer, sent: dict[str, set[str]]) -> dict[str, int]:
    """Remove what the hub no longer sends this office (an employee moved away, a record the hub
    deleted): only records the hub holds as they are here (acknowledged, unchanged since), and
    never one something kept here still names. Their change states go too, so the next package
    carries no tombstone for them: the hub still holds them, elsewhere."""
    acked, t = SYNC_ACKED.get(s), SyncRecord.__table__
    candidates: dict[str, dict[str, int]] = {}
    for kind in (k.name for k in RECORD_KINDS if k.name != "office"):
        held = dict(s.execute(select(t.c.uuid, t.c.hash).where(t.c.kind == kind, t.c.change <= acked)).all())
        held = {u: h for u, h in held.items() if u not in sent.get(kind, ())}
        if not held:
            continue
        same = {uid for uid, h in records.held_hashes(s, kind, held).items() if h == held[uid]}
        if same:
            candidates[kind] = writer.find(kind, same)
    kept = _still_named(s, candidates)
    gone = [(kind, uid) for kind, found in candidates.items() for uid in found if (kind, uid) not in kept]
    for kind, uid in gone:
        writer.gone.append((kind, uid))
    writer.finish()
    for start in range(0, len(gone), 2000):
        part = gone[start:start + 2000]
        s.execute(t.delete().where(t.c.uuid.in_([u for _, u in part])))
    _forget_logged(s, [u for _, u in gone])
    counts: dict[str, int] = defaultdict(int)
    for kind, _ in gone:
        counts[kind] += 1
    return dict(counts)


def _rows_of(s: Session, kind: str, found: dict[str, int]) -> dict[tuple[str, int], tuple[str, str]]:
    """(table, row id) -> (kind, uuid) for the records ``found`` (uuid -> id) and every row they carry."""
    shape = SHAPES[kind]
    root = shape.model.__table__.name
    out = {(root, i): (kind, uid) for uid, i in found.items()}
    todo = [(part, root) for part in shape.parts]
    while todo:
        part, parent = todo.pop()
        table = part.model.__table__
        parents = {j: record for (name, j), record in out.items() if name == parent}
        keys_ = list(parents)
        for start in range(0, len(keys_), 2000):
            for child, of in s.execute(select(table.c.id, table.c[part.parent]).where(
                    table.c[part.parent].in_(keys_[start:start + 2000]))):
                out[(table.name, child)] = parents[of]
        todo += [(sub, table.name) for sub in part.parts]
    return out


def _still_named(s: Session, candidates: dict[str, dict[str, int]]) -> set[tuple[str, str]]:
    """The candidates a row that stays names (a user account, a kept record, a row of a kept
    record): they stay too. Repeated until nothing more stays."""
    from ..store.models.base import Base

    owner: dict[tuple[str, int], tuple[str, str]] = {}
    for kind, found in candidates.items():
        owner.update(_rows_of(s, kind, found))
    kept: set[tuple[str, str]] = set()
    links = [(fk.column.table.name, table, fk.parent.name) for table in Base.metadata.tables.values()
             for fk in table.foreign_keys if fk.column.name == "id"]
    while True:
        going: dict[str, set[int]] = defaultdict(set)
        for (table, j), record in owner.items():
            if record not in kept:
                going[table].add(j)
        more = set()
        for target, source, column in links:
            ids = list(going.get(target, ()))
            has_id = "id" in source.c
            columns = (source.c[column], source.c.id) if has_id else (source.c[column],)
            for start in range(0, len(ids), 2000):
                for row in s.execute(select(*columns).where(source.c[column].in_(ids[start:start + 2000]))):
                    by = owner.get((source.name, row[1])) if has_id else None
                    if by is None or by in kept:  # named by a row that stays
                        more.add(owner[(target, row[0])])
        more -= kept
        if not more:
            return kept
        kept |= more


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store_evidence(db: Database, s: Session, sha: str, data: bytes) -> None:
    """A bukti dukung file that came in a slice or a package, and its row."""
    store_bytes(db.evidence_dir, sha, data)
    if s.get(Evidence, sha) is None:
        s.add(Evidence(sha256=sha, size=len(data)))
        s.flush()


def _forget_logged(s: Session, uuids: list[str]) -> None:
    """The change log noted what the slice wrote (its triggers fire for any writer): those are
    the hub's, not changes made here, and must not look so to the next slice or export."""
    log = SyncDirty.__table__
    for start in range(0, len(uuids), 2000):
        s.execute(log.delete().where(log.c.uuid.in_(uuids[start:start + 2000])))


def _mark_held_upstream(s: Session, states: list[dict]) -> None:
    """What the hub sent is what the hub holds: the change tracking starts from it, so the next
    export carries only what is written here afterwards."""
    table = SyncRecord.__table__
    for start in range(0, len(states), 2000):
        part = states[start:start + 2000]
        s.execute(table.delete().where(table.c.uuid.in_([p["uuid"] for p in part])))
        s.execute(table.insert(), part)
