"""What the province keeps of each record line, made beside the reading (in the helper process
for a large package, ``helper.py``): no database code here, so the helper starts quickly."""

import hashlib
from typing import NamedTuple

from ..domain.workflow import TOMBSTONE_KEY
from .kinds import RECORD_KINDS, TOMBSTONE

KEYS = {k.name: k.key for k in RECORD_KINDS if k.key}  # kind -> the field kept as the record's key
REFERENCES = {k.name: k.references for k in RECORD_KINDS}  # kind -> the fields naming another record


def record_key(kind: str, data: dict) -> str:
    """What the province indexes a record by (an employee's NIP), "" for most kinds."""
    if data == TOMBSTONE:
        return TOMBSTONE_KEY
    return data.get(KEYS[kind]) or "" if kind in KEYS else ""


class Line(NamedTuple):
    """What the province keeps of one record line: the record's fields, its key, its data as it
    came and that data's hash, and the other records its data names."""

    uuid: str
    kind: str
    version: int
    owner: str
    key: str  # record_key
    text: str  # the data exactly as it came (compact sorted JSON)
    digest: str  # sha256 of text
    refs: tuple[tuple[str, str], ...]  # (field, uuid of the record it names)


def line_of(record: dict, data: bytes) -> tuple:
    """What the reading side keeps of a record: a plain tuple, which a helper process pickles at
    half the cost of a named one. ``named`` makes the Line on the writing side."""
    kind, fields = record["kind"], record["data"]
    refs = tuple([(name, fields[name]) for name in REFERENCES[kind] if isinstance(fields.get(name), str)])
    return record["uuid"], kind, record["version"], record["owner"], record_key(kind, fields), data, refs


def named(kept: tuple) -> Line:
    """The Line of what ``line_of`` kept, its data decoded and hashed here: on the writing side,
    which waits for the reading side otherwise."""
    uid, kind, version, owner, key, data, refs = kept
    return Line(uid, kind, version, owner, key, data.decode("utf-8"), hashlib.sha256(data).hexdigest(), refs)
