"""The body of a package: records (JSON lines) and evidence files, plain or age-encrypted.

Encrypted, the body is one member ``payload.age``: the age encryption (to the province's X25519
recipient) of an inner ZIP holding ``header.json`` (office and package id again, so another office
cannot re-sign this ciphertext as its own), ``records.jsonl`` and ``evidence/<sha256>``.

This module writes it: record lines go through deflate and age into files in a temporary folder,
so memory stays the same at any district size (``reader.py`` takes them back out in chunks). What
a format version changes (how a line is spelled, whether records come in uuid order, fixed or
declared limits) is one row of ``RULES``.
"""

import tempfile
import zipfile
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pyrage
from isal import isal_zlib

from .canon import canonical
from .package import PACKAGE_FORMAT, PackageRefused
from .kinds import KIND_ORDER


def dumps_v1(value: Any) -> bytes:
    """Format 1's spelling: the standard library's compact, sorted-key JSON."""
    import json

    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def dumps_v2(value: Any) -> bytes:
    """Format 2's spelling: orjson's compact, sorted-key JSON (the same bytes for every value
    a record holds, except the exponent form of very large or small floats)."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


@dataclass(frozen=True)
class Rules:
    """What one format version asks of the record lines."""

    spell: Callable[[Any], bytes]
    ordered: bool  # records in RECORD_KINDS order, uuids ascending within a kind (no duplicates)
    max_records: int | None  # fixed cap (format 1); None: the manifest's counts, within budget
    max_records_member: int | None  # fixed cap on records.jsonl; None: the manifest's sizes


RULES = {1: Rules(dumps_v1, False, 2_000_000, 256 * 1024 * 1024), 2: Rules(dumps_v2, True, None, None)}
WRITTEN = PACKAGE_FORMAT  # the version this program writes packages in


def record_line(kind: bytes, data: bytes, owner: bytes, uid: bytes, version: int) -> bytes:
    """One record line, spelled as format 2 spells it (keys sorted), from its data's JSON."""
    return b'{"data":%s,"kind":"%s","owner":"%s","uuid":"%s","version":%d}' % (data, kind, owner, uid, version)


def records_bytes(records: list[dict], *, format: int = WRITTEN) -> bytes:
    """JSON lines as the reader expects them; for format 2 in kind and uuid order."""
    if RULES[format].ordered:
        records = sorted(records, key=lambda r: (KIND_ORDER.get(r["kind"], 99), r["uuid"]))
    return b"".join(RULES[format].spell(r) + b"\n" for r in records)


def sizes_of(records_jsonl: bytes, evidence: dict[str, bytes]) -> dict[str, int]:
    """The manifest's ``sizes`` for a body held in memory."""
    return {"records": len(records_jsonl), "evidence": sum(len(e) for e in evidence.values())}


def recipient(text: str) -> "pyrage.x25519.Recipient":
    try:
        return pyrage.x25519.Recipient.from_str(text)
    except (pyrage.RecipientError, ValueError, TypeError):
        raise PackageRefused("penerima age '{value}' tidak sah", value=str(text)[:70]) from None


def deflater():
    """The raw deflate of records.jsonl: ISA-L (python-isal) at its level 1, 0.24 s for the 227 MB
    of a 7,000-staff body and 51 MB out, against 1.15 s and 55 MB for zlib's level 1. It takes
    the place of the compressor CPython's zipfile made for the member (its writer keeps it as
    ``_compressor``, 3.11 to 3.14; tests/unit/test_sync_format.py checks that it is used)."""
    return isal_zlib.compressobj(1, zipfile.ZIP_DEFLATED, -15)


class BodyWriter:
    """Writes a body into ``folder`` as lines arrive: ``records.jsonl`` plain, or deflated into
    the inner ZIP, which ``finish`` encrypts to ``payload.age``. Nothing is held whole: blocks of
    1 MiB go to a second thread (deflate and CRC release the GIL, so they run beside the reading
    on another core), at most two blocks behind. ``close`` ends the thread if ``finish`` is
    never reached."""

    def __init__(self, folder: Path, *, header: dict, to: str | None):
        self.folder, self.to, self.size, self._buffer, self._held = Path(folder), to, 0, [], 0
        self._pool, self._pending = ThreadPoolExecutor(1, thread_name_prefix="kinerja-deflate"), deque()
        if to is None:
            self._zip, self._out = None, open(self.folder / "records.jsonl", "wb")
        else:
            recipient(to)
            self._zip = zipfile.ZipFile(self.folder / "inner.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1)
            self._zip.writestr("header.json", canonical(header))
            # zip64 from the start: a 70,000-staff district's lines pass the 2 GiB of plain ZIP
            self._out = self._zip.open("records.jsonl", "w", force_zip64=True)
            self._out._compressor = deflater()

    def add(self, line: bytes) -> None:
        self._buffer.append(line)
        self._held += len(line) + 1
        if self._held >= 1 << 20:
            self._flush()

    def _flush(self) -> None:
        block = b"\n".join(self._buffer) + b"\n" if self._buffer else b""
        self._pending.append(self._pool.submit(self._out.write, block))
        while len(self._pending) > 2:
            self._pending.popleft().result()  # a write error surfaces here
        self.size += len(block)
        self._buffer, self._held = [], 0

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def finish(self, evidence: dict[str, Path]) -> list[tuple[str, Path]]:
        """Close the records and add the evidence files (sha256 -> path); the body members."""
        self._flush()
        while self._pending:
            self._pending.popleft().result()
        self.close()
        self._out.close()
        if self._zip is None:
            return [("records.jsonl", self.folder / "records.jsonl"),
                    *((f"evidence/{sha}", evidence[sha]) for sha in sorted(evidence))]
        for sha in sorted(evidence):
            self._zip.write(evidence[sha], f"evidence/{sha}", compress_type=zipfile.ZIP_STORED)
        self._zip.close()
        payload = self.folder / "payload.age"
        with open(self.folder / "inner.zip", "rb") as inner, open(payload, "wb") as out:
            pyrage.encrypt_io(inner, out, [recipient(self.to)])
        (self.folder / "inner.zip").unlink()
        return [("payload.age", payload)]


def pack(records_jsonl: bytes, evidence: dict[str, bytes], *, header: dict,
         to: str | None) -> list[tuple[str, bytes]]:
    """Body members in memory, for the small files (reference data) and for tests."""
    with tempfile.TemporaryDirectory(prefix="kinerja-body-") as folder:
        writer = BodyWriter(Path(folder), header=header, to=to)
        if records_jsonl:
            writer.add(records_jsonl.removesuffix(b"\n"))
        paths = {}
        for sha, data in evidence.items():
            paths[sha] = Path(folder) / sha
            paths[sha].write_bytes(data)
        return [(name, path.read_bytes()) for name, path in writer.finish(paths)]
