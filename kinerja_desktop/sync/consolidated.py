"""Province: writing one package's records into the consolidated copy, a chunk at a time. Each
record is inserted, updated (a newer version from the same office), left alone (the same content)
or kept as a conflict for a person to decide (conflicts.py)."""

import hashlib
from datetime import datetime

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from ..services.evidence_store import evidence_path
from ..services.info import TOMBSTONE_KEY
from ..store.bulk import bulk_insert, insert_tuples, rows_in
from ..store.db import Database
from ..store.models import ProvConflict, ProvRecord
from .records import RECORD_KINDS, TOMBSTONE

MAX_LISTED_CONFLICTS = 1000
KEYS = {k.name: k.key for k in RECORD_KINDS if k.key}  # kind -> the field kept as the record's key


def record_key(kind: str, data: dict) -> str:
    """What the province indexes a record by (an employee's NIP), "" for most kinds."""
    if data == TOMBSTONE:
        return TOMBSTONE_KEY
    return data.get(KEYS[kind]) or "" if kind in KEYS else ""


_COLUMNS = ["uuid", "office", "kind", "key", "version", "hash", "data", "package_id"]  # of prov_record


class Apply:
    """Decides each record of one package against the consolidated copy and writes the result,
    a chunk at a time; keeps the counts and the first conflicts for the receipt."""

    def __init__(self, db: Database, s: Session, manifest: dict):
        self.db, self.s, self.m = db, s, manifest
        self.result = {"inserted": 0, "updated": 0, "same": 0, "conflicts": 0}
        self.listed: list[dict] = []  # the first conflicts, for the receipt

    def chunk(self, chunk: list[tuple[dict, bytes]], stored: dict) -> None:
        self.inserts, self.updates, self.conflicts = [], [], []
        taken = self._nips_elsewhere(chunk)
        for record, text in chunk:
            self.decide(record, text.decode("utf-8"), stored.get(record["uuid"]), taken)
        self.write()

    def _nips_elsewhere(self, chunk: list[tuple[dict, bytes]]) -> set[str]:
        nips = [c["data"].get("nip") for c, _ in chunk if c["kind"] == "employee" and c["data"].get("nip")]
        if not nips:
            return set()
        return {key for (key,) in rows_in(self.s.connection(), "SELECT key FROM prov_record WHERE kind = 'employee' "
                                          "AND office != {mark} AND key {in_}", nips, self.m["office"])}

    def decide(self, r: dict, text: str, stored, taken: set[str]) -> None:
        """``text`` is the record's data exactly as it came (compact sorted JSON). A row is a
        tuple in the order of ``_COLUMNS``."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        key = record_key(r["kind"], r["data"])
        if r["kind"] == "employee" and key in taken:
            return self.conflict(r, text, None, f"NIP {key} sudah tercatat pada instansi lain (mutasi?)")
        row = (r["uuid"], self.m["office"], r["kind"], key, r["version"], digest, text, self.m["id"])
        if stored is None:
            self.result["inserted"] += 1
            self.inserts.append(row)
            return
        version, stored_hash = stored
        if stored_hash == digest:
            self.result["same"] += 1
        elif r["version"] > version:
            self.result["updated"] += 1
            self.updates.append(row)
        else:
            self.conflict(r, text, version, f"versi {r['version']} tidak lebih baru dari versi "
                                            f"{version} yang sudah ada, tetapi isinya berbeda")

    def conflict(self, r: dict, text: str, stored_version: int | None, reason: str) -> None:
        self.result["conflicts"] += 1
        if len(self.listed) < MAX_LISTED_CONFLICTS:
            self.listed.append({"kind": r["kind"], "uuid": r["uuid"], "reason": reason})
        self.conflicts.append(dict(office=self.m["office"], kind=r["kind"], uuid=r["uuid"], version=r["version"],
                                   stored_version=stored_version, reason=reason, data=text,
                                   package_id=self.m["id"], status="Terbuka", created_at=datetime.now()))

    def write(self) -> None:
        conn, t = self.s.connection(), ProvRecord.__table__
        insert_tuples(conn, t, _COLUMNS, self.inserts)
        if self.updates:
            conn.execute(t.update().where(t.c.uuid == bindparam("u")).values(
                **{name: bindparam(name) for name in _COLUMNS[1:]}),
                [{"u": row[0], **dict(zip(_COLUMNS[1:], row[1:]))} for row in self.updates])
        bulk_insert(conn, ProvConflict.__table__, self.conflicts)

    def evidence(self, sha: str, data: bytes) -> None:
        """A bukti dukung file, stored under its hash (content-addressed: writing it before the
        commit shows nothing that is not true)."""
        path = evidence_path(self.db.evidence_dir, sha)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".part")
            tmp.write_bytes(data)
            tmp.replace(path)
