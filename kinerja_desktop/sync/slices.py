"""The slice: what a hub sends one sub-office, and what the sub-office does with it
(design.md section 5.1; docs/sync-format.md section 10).

A slice carries the sub-office's units and what they need (``_selection``), signed by the hub and
encrypted to the sub-office's recipient. The sub-office writes it into its own tables
(``apply_slice``, through ``live.Writer``) and notes every record as what the hub holds.
"""

import hashlib
import os
import shutil
import tempfile
import uuid as uuid_mod
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, String, Table, select
from sqlalchemy.orm import Session

from .. import __version__
from ..errors import NotAllowed, NotFound, Text, UserError
from ..files import copy_verified
from ..services import keys
from ..services.access import require_operator
from ..services.context import Actor
from ..services.evidence_store import store_bytes
from ..services.office import home_office
from ..settings import SLICE_SEQUENCE, SUB_OFFICE_UNIT, SYNC_ACKED
from ..store import audit
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import (
    Employee, Evaluation, Evidence, OrgPerformance, ProvDistrict, Rhk, Skp, SkmResponse, SyncDirty, SyncRecord,
)
from . import bases, live, package, payload, reader, records
from .package import PackageRefused
from .district import evidence_files
from .hub import _subtree, _units, require_hub
from .kinds import FLAT_KINDS, KIND_ORDER, KINDS, RECORD_KINDS
from .shapes import SHAPES

EMPLOYEE_KINDS = tuple(k.name for k in FLAT_KINDS if k.fks.get("employee_id", ("", ""))[1] == "employee")


def _selection(s: Session, tree: set[int]) -> dict[str, set[int]]:
    """Root ids of each kind the slice of ``tree`` carries: the subtree's staff and what they
    need, closed over the records they name (an atasan's atasan, the SKP an RHK cascades from)."""
    people = set(s.scalars(select(Employee.id).where(Employee.unit_id.in_(tree))))
    # the SKP of the subtree's staff, and those a penilai of the subtree appraises (sync/ownership.py)
    own_skps = set(s.scalars(select(Skp.id).where(Skp.employee_id.in_(people) | Skp.penilai_id.in_(people)))) \
        if people else set()
    atasan = dict(s.execute(select(Employee.id, Employee.atasan_id)).all())
    employees, skps, todo_e, todo_s = set(), set(), set(people), set(own_skps)
    while todo_e or todo_s:
        while todo_e:
            e = todo_e.pop()
            if e is not None and e not in employees:
                employees.add(e)
                todo_e.add(atasan.get(e))
        fresh = todo_s - skps
        todo_s = set()
        if fresh:
            skps |= fresh
            for employee, penilai in s.execute(select(Skp.employee_id, Skp.penilai_id).where(Skp.id.in_(fresh))):
                todo_e |= {employee, penilai} - employees
            parent = Rhk.__table__.alias("parent_rhk")
            todo_s |= set(s.scalars(select(parent.c.skp_id).select_from(Rhk.__table__.join(
                parent, Rhk.__table__.c.parent_id == parent.c.id)).where(Rhk.__table__.c.skp_id.in_(fresh)))) - skps
    units = _units(s)
    kept = set(tree) | set(s.scalars(select(Employee.unit_id).where(Employee.id.in_(employees))))
    for i in list(kept):
        while units[i][0] is not None and units[i][0] not in kept:
            i = units[i][0]
            kept.add(i)
    chosen = {"unit": kept, "employee": employees, "skp": skps,
              "evaluation": set(s.scalars(select(Evaluation.id).where(Evaluation.skp_id.in_(own_skps)))) if own_skps else set(),
              "org_performance": set(s.scalars(select(OrgPerformance.id).where(OrgPerformance.unit_id.in_(kept)))),
              "skm": set(s.scalars(select(SkmResponse.id).where(SkmResponse.unit_id.in_(tree))))}
    for kind in EMPLOYEE_KINDS:
        model = next(k.model for k in FLAT_KINDS if k.name == kind)
        chosen[kind] = set(s.scalars(select(model.id).where(model.employee_id.in_(people)))) if people else set()
    plans = chosen.get("development_plan", set())
    item = next(k.model for k in FLAT_KINDS if k.name == "development_item")
    chosen["development_item"] = set(s.scalars(select(item.id).where(item.plan_id.in_(plans)))) if plans else set()
    return chosen


_IDS = Table("kinerja_slice_ids", MetaData(), Column("kind", String(20)), Column("id", Integer),
             prefixes=["TEMPORARY"])


@dataclass(frozen=True)
class SliceResult:
    path: Path
    sequence: int
    counts: dict[str, int]


def write_slice(db: Database, actor: Actor, *, office: str, passphrase: str, out_dir: Path) -> SliceResult:
    """`hub slice`: the signed, encrypted slice for ``office``, written to ``out_dir``. Its number
    is counted in the same transaction; the file is copied out (and read back) once that commits."""
    require_operator(actor)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise UserError("Folder tujuan '{out_dir}' tidak ada. Pilih folder atau flashdisk yang ada.", out_dir=out_dir)
    work = Path(tempfile.mkdtemp(prefix=".irisan-", dir=db.backup_dir.parent))
    try:
        with db.transaction() as s:
            hub = require_hub(s)
            row = sub_office(s, office)
            signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
            name, manifest = slice_in(db, s, row, hub, signer, work)
            audit.record(s, actor=actor.username, action="hub.slice", entity="sub_office",
                         after={"office": office, "sequence": row.slice_sequence, "counts": manifest["counts"]})
        path = copy_verified(work / name, out_dir / name)
        return SliceResult(path, manifest["sequence"], manifest["counts"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def sub_office(s: Session, office: str) -> ProvDistrict:
    """The enrolled sub-office ``office``, able to receive a slice."""
    row = s.scalar(select(ProvDistrict).where(ProvDistrict.office == office, ProvDistrict.unit_uuid.is_not(None)))
    if row is None:
        raise NotFound("Sub-instansi '{office}' belum terdaftar di hub ini: daftarkan dengan 'kinerja hub enrol "
                       "KUNCI.pub --office {office} --unit UNIT'.", office=office)
    if row.revoked_at is not None:
        raise NotAllowed("Kunci sub-instansi {office} sudah dicabut.", office=office)
    if not row.recipient:
        raise UserError("Penerima age sub-instansi {office} belum diketahui: berkas kuncinya dibuat versi lama. "
                        "Minta sub-instansi mengirim satu paket ('kinerja sync export'), impor di hub, lalu buat "
                        "irisannya lagi.", office=office)
    return row


def slice_in(db: Database, s: Session, row: ProvDistrict, hub: str, signer, work: Path, *,
             transfer: dict | None = None) -> tuple[str, dict]:
    """Inside the caller's transaction: the next slice for ``row`` written to ``work`` (its file
    name and manifest). ``transfer``: the move it tells the sub-office of (``transfer.py``)."""
    units = _units(s)
    root = next((i for i, (_, uid, _, _) in units.items() if uid == row.unit_uuid), None)
    if root is None:
        raise NotFound("Unit sub-instansi {office} sudah tidak ada di basis data ini.", office=row.office)
    # the QR statements of final evaluations are signed here, as an export signs them: a
    # sub-office signs only what it finalises itself, so nothing comes back changed
    from ..services.printing.trust import sign_pending_in

    sign_pending_in(s, signer.seed, signer.public, hub)
    chosen = _selection(s, _subtree(units, root))
    conn = s.connection()
    _IDS.create(conn, checkfirst=True)
    try:
        for kind, ids in chosen.items():
            conn.execute(_IDS.insert(), [{"kind": kind, "id": i} for i in ids]) if ids else None
        row.slice_sequence += 1
        slice_id = str(uuid_mod.uuid4())
        writer = payload.BodyWriter(work, header={"office": row.office, "id": slice_id, "type": "slice"}, to=row.recipient)
        counts, evidence, owner, seen = {}, set(), hub.encode(), []
        try:
            for kind in (k.name for k in RECORD_KINDS):
                among = None if kind == "office" else select(_IDS.c.id).where(_IDS.c.kind == kind)
                if kind != "office" and not chosen.get(kind):
                    continue
                for chunk in records.chunks(s, kind, among=among):
                    for uid, data in chunk:
                        text = payload.dumps_v2(data)
                        writer.add(payload.record_line(kind.encode(), text, owner, uid.encode(), 1))
                        if kind != "office":
                            seen.append((kind, uid, _sha(text)))
                        if kind == "evaluation":
                            evidence |= {e["sha256"] for e in data.get("evidence", ()) if e.get("sha256")}
                    counts[kind] = counts.get(kind, 0) + len(chunk)
            files = evidence_files(db, s, evidence)
            body = writer.finish(files)
            bases.sent(s, row.office, row.slice_sequence, seen)
        finally:
            writer.close()
    finally:
        _IDS.drop(conn, checkfirst=True)
    manifest = {"type": "slice", "id": slice_id, "office": row.office, "province": hub, "sequence": row.slice_sequence,
                "counts": dict(sorted(counts.items())), "encrypted": True, "unit": row.unit_uuid,
                "sizes": {"records": writer.size, "evidence": sum(p.stat().st_size for p in files.values())},
                "app": __version__, "schema": HEAD, "created_at": datetime.now().astimezone().isoformat(timespec="seconds")}
    if transfer:
        manifest["transfer"] = transfer
    name = f"{row.office}-irisan-{row.slice_sequence:04d}.kinerja"
    with open(work / name, "wb") as f:
        package.build_to(f, manifest, body, signer)
        f.flush()
        os.fsync(f.fileno())
    return name, manifest


# -- at the sub-office

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
        log = SyncDirty.__table__
        self.hashes = not logged(s) or s.scalar(select(log.c.uuid).where(log.c.kind == EVERYTHING[0]).limit(1)) is not None

    def pending(self, writer: live.Writer, kind: str, uuids: list[str]) -> set[str]:
        here = writer.find(kind, uuids)
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
