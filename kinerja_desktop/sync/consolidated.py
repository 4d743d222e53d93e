"""Province: writing one package's records into the consolidated copy, a chunk at a time. Each
record is inserted, updated (a newer version from the same office), left alone (the same content)
or kept as a conflict for a person to decide (conflicts.py)."""

from datetime import datetime

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from ..services.evidence_store import store_bytes
from ..domain.workflow import TOMBSTONE_KEY
from ..store.bulk import bulk_insert, duplicate_key, insert_tuples, rows_in
from ..store.db import Database
from ..store.models import ProvConflict, ProvRecord
from .package import PackageRefused
from .lines import Line

MAX_LISTED_CONFLICTS = 1000
HELD = "SELECT uuid, office, kind, version, hash FROM prov_record WHERE uuid {in_}"


def refuse_held(rows, office: str, kinds: dict[str, str]) -> dict:
    """Of ``rows`` (HELD), those of the records in ``kinds`` (uuid -> kind): refused when
    another office holds one or it is stored as another kind; else their (version, hash)."""
    stored = {}
    for uid, owner, kind, version, digest in rows:
        if uid not in kinds:
            continue
        if owner != office:
            raise PackageRefused("rekaman {uuid} sudah tercatat milik instansi '{office}'", uuid=uid, office=owner)
        if kind != kinds[uid]:
            raise PackageRefused("rekaman {uuid} sudah tercatat sebagai {stored}, bukan {kind}", uuid=uid,
                                 stored=kind, kind=kinds[uid])
        stored[uid] = (version, digest)
    return stored


_COLUMNS = ["uuid", "office", "kind", "key", "version", "hash", "data", "package_id"]  # of prov_record


class Apply:
    """Decides each record of one package against the consolidated copy and writes the result,
    a chunk at a time; keeps the counts and the first conflicts for the receipt."""

    def __init__(self, db: Database, s: Session, manifest: dict):
        self.db, self.s, self.m = db, s, manifest
        self.result = {"inserted": 0, "updated": 0, "same": 0, "conflicts": 0}
        self.listed: list[dict] = []  # the first conflicts, for the receipt

    def chunk(self, chunk: list[Line], stored: dict) -> None:
        self.inserts, self.updates, self.conflicts = [], [], []
        taken = self._nips_elsewhere(chunk)
        for line in chunk:
            self.decide(line, stored.get(line.uuid), taken)
        self.write()

    def _nips_elsewhere(self, chunk: list[Line]) -> set[str]:
        nips = [c.key for c in chunk if c.kind == "employee" and c.key and c.key != TOMBSTONE_KEY]
        if not nips:
            return set()
        return {key for (key,) in rows_in(self.s.connection(), "SELECT key FROM prov_record WHERE kind = 'employee' "
                                          "AND office != {mark} AND key {in_}", nips, self.m["office"])}

    def decide(self, r: Line, stored, taken: set[str]) -> None:
        """A row is a tuple in the order of ``_COLUMNS``."""
        if r.kind == "employee" and r.key in taken:
            return self.conflict(r, None, f"NIP {r.key} sudah tercatat pada instansi lain (mutasi?)")
        row = (r.uuid, self.m["office"], r.kind, r.key, r.version, r.digest, r.text, self.m["id"])
        if stored is None:
            self.result["inserted"] += 1
            self.inserts.append(row)
            return
        version, stored_hash = stored
        if stored_hash == r.digest:
            self.result["same"] += 1
        elif r.version > version:
            self.result["updated"] += 1
            self.updates.append(row)
        else:
            self.conflict(r, version, f"versi {r.version} tidak lebih baru dari versi "
                                      f"{version} yang sudah ada, tetapi isinya berbeda")

    def conflict(self, r: Line, stored_version: int | None, reason: str) -> None:
        self.result["conflicts"] += 1
        if len(self.listed) < MAX_LISTED_CONFLICTS:
            self.listed.append({"kind": r.kind, "uuid": r.uuid, "reason": reason})
        self.conflicts.append(dict(office=self.m["office"], kind=r.kind, uuid=r.uuid, version=r.version,
                                   stored_version=stored_version, reason=reason, data=r.text,
                                   package_id=self.m["id"], status="Terbuka", created_at=datetime.now()))

    def write(self) -> None:
        conn, t = self.s.connection(), ProvRecord.__table__
        try:
            insert_tuples(conn, t, _COLUMNS, self.inserts)
        except Exception as exc:
            if duplicate_key(exc):  # a uuid another office holds (Owners did not look: a first package)
                self._refuse_taken()
            raise
        if self.updates:
            conn.execute(t.update().where(t.c.uuid == bindparam("u")).values(
                **{name: bindparam(name) for name in _COLUMNS[1:]}),
                [{"u": row[0], **dict(zip(_COLUMNS[1:], row[1:]))} for row in self.updates])
        bulk_insert(conn, ProvConflict.__table__, self.conflicts)

    def _refuse_taken(self) -> None:
        """Name the record of this chunk that another office holds. Looked up outside this
        transaction, which a failed statement may have ended (PostgreSQL): what collides was
        committed by an earlier package."""
        with self.db.read() as r:
            rows = rows_in(r.connection(), HELD, [row[0] for row in self.inserts])
        refuse_held(rows, self.m["office"], {row[0]: row[2] for row in self.inserts})

    def evidence(self, sha: str, data: bytes) -> None:
        """A bukti dukung file, stored under its hash."""
        store_bytes(self.db.evidence_dir, sha, data)
