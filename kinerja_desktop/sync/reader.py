"""Reading the body of a verified package (``payload.py`` writes it), in bounded memory: the
members are read in place (``members.py``), an encrypted body is decrypted into a temporary
file, and the records come out in chunks, each line checked against its format version's ``RULES``. The checks that
need the whole body (counts, sizes, evidence named by a record) run after the last chunk.
"""

import hashlib
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from ..paths import make_private
from .canon import INT64, MAX_DEPTH, JsonRefused, nested_deeper, strict_loads
from .package import CODE, UUID, Opened, PackageRefused
from .payload import RULES, Rules
from .kinds import KIND_ORDER
from .members import Source, decrypted, plain

MAX_LINE = 8 * 1024 * 1024
MAX_EVIDENCE = 64 * 1024 * 1024  # one bukti dukung file; the program takes up to 50 MiB
MAX_RATIO = 200  # deflate bombs reach 1000:1; JSON lines stay near 10:1
RECORD_BUDGET = 64 * 1024  # bytes a record may take on average (an SKP with its RHK is ~3 KiB)
MAX_DECLARED_RECORDS = 50_000_000
CHUNK_RECORDS = 2000


def _budget(m: dict, rules: Rules, source: Source) -> tuple[int, int]:
    """How many records and how many bytes of them the body may hold: fixed for format 1;
    for format 2 what the signed manifest declares, refused when it is more than its counts
    can take."""
    counts = m.get("counts", {})
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in counts.values()):
        raise PackageRefused("isian manifest 'counts' tidak sah")
    total = sum(counts.values())
    if rules.max_records is not None:
        return rules.max_records, rules.max_records_member
    sizes = m["sizes"]
    declared = sizes.get("records") if isinstance(sizes, dict) and set(sizes) == {"records", "evidence"} else None
    if not isinstance(declared, int) or isinstance(declared, bool) or declared < 0 \
            or not isinstance(sizes.get("evidence"), int) or sizes["evidence"] < 0:
        raise PackageRefused("isian manifest 'sizes' tidak sah")
    if total > MAX_DECLARED_RECORDS or declared > total * RECORD_BUDGET + (1 << 20):
        raise PackageRefused("manifest menyatakan {declared:,} bita untuk {total:,} rekaman; paling banyak "
                             "{budget:,} KiB per rekaman", declared=declared, total=total, budget=RECORD_BUDGET // 1024)
    if declared != source.records_plain:
        raise PackageRefused("records.jsonl berukuran {actual:,} bita, manifest menyatakan {declared:,}",
                             actual=source.records_plain, declared=declared)
    if sum(size for _, size in source.evidence.values()) != sizes["evidence"]:
        raise PackageRefused("ukuran berkas bukti tidak sama dengan yang dinyatakan manifest")
    return total, declared


_FIELDS = frozenset(("kind", "uuid", "version", "owner", "data"))


def _parse(line: bytes, number: int, rules: Rules, kinds: frozenset[str]) -> tuple[dict, bytes]:
    """The record of one line and its data's JSON bytes (what its hash covers)."""
    try:
        record = orjson.loads(line)  # it refuses nesting beyond 1,024 levels itself
    except orjson.JSONDecodeError:
        record = None
    if (not isinstance(record, dict) or rules.spell(record) != line or not line.startswith(b'{"data":')
            or line.count(b"{") + line.count(b"[") > MAX_DEPTH and nested_deeper(record)):
        try:
            strict_loads(line, max_bytes=MAX_LINE)
        except JsonRefused as exc:
            raise PackageRefused("records.jsonl baris {number}: {exc}", number=number, exc=exc) from None
        raise PackageRefused("records.jsonl baris {number}: tidak dalam bentuk baku (JSON ringkas, kunci terurut), "
                             "seperti yang ditulis Kinerja Desktop", number=number)
    if (record.keys() != _FIELDS
            or record["kind"] not in kinds or not isinstance(record["uuid"], str)
            or not UUID.match(record["uuid"]) or not isinstance(record["version"], int)
            or isinstance(record["version"], bool) or not 1 <= record["version"] <= INT64[1]
            or not isinstance(record["owner"], str) or not CODE.match(record["owner"])
            or not isinstance(record["data"], dict)):
        raise PackageRefused("records.jsonl baris {number}: bukan rekaman yang sah (kind, uuid, version, owner, data)", number=number)
    # Keys are sorted, so "data" comes first and ends where the top-level "kind" begins: the
    # last such key in the line (one inside data comes before it).
    return record, line[len(b'{"data":'):line.rindex(b',"kind":"')]


class _Order:
    """No record twice: format 2 by order (kinds in table order, uuids ascending: memory stays
    flat), format 1 by remembering every uuid."""

    def __init__(self, ordered: bool):
        self.ordered, self.rank, self.last, self.seen = ordered, KIND_ORDER, (-1, ""), set()

    def check(self, record: dict, number: int) -> None:
        if not self.ordered:
            if record["uuid"] in self.seen:
                raise PackageRefused("rekaman yang sama muncul dua kali di dalam paket")
            self.seen.add(record["uuid"])
            return
        key = (self.rank[record["kind"]], record["uuid"])
        if key == self.last:
            raise PackageRefused("rekaman yang sama muncul dua kali di dalam paket")
        if key < self.last:
            raise PackageRefused("records.jsonl baris {number}: rekaman tidak berurutan (jenis menurut tabel, "
                                 "lalu uuid menaik)", number=number)
        self.last = key


def _lines(f: BinaryIO) -> Iterator[bytes]:
    """The lines of ``f`` without their newlines, read a block at a time (a line at a time
    through zipfile costs more than parsing it). A line running past MAX_LINE is handed out
    as it stands, for the caller to refuse; a last line without its newline is refused here."""
    rest = b""
    while block := f.read(1 << 20):
        lines = (rest + block).split(b"\n")
        rest = lines.pop()
        yield from lines
        if len(rest) > MAX_LINE:
            yield rest
            return
    if rest:
        raise PackageRefused("records.jsonl terpotong (baris terakhir tidak lengkap)")


class Stream:
    """The records of a verified package, read in chunks; the checks that need the whole body
    (counts, sizes, evidence named by a record) run when the last chunk has been read."""

    def __init__(self, manifest: dict, source: Source, kinds: frozenset[str]):
        self.manifest, self.source, self.kinds = manifest, source, kinds
        self.rules = RULES[manifest["format"]]
        self.max_records, self.max_bytes = _budget(manifest, self.rules, source)
        if source.records_plain > self.max_bytes or (source.records_plain > 1 << 20
                                                     and source.records_plain / max(source.records_size, 1) > MAX_RATIO):
            raise PackageRefused("anggota '{filename}' terlalu besar atau terlalu termampatkan", filename="records.jsonl")
        self.counts: dict[str, int] = {}
        self.named: set[str] = set()  # evidence hashes the records link to

    def chunks(self, size: int = CHUNK_RECORDS, summarise: "Callable[[dict, bytes], Any] | None" = None) -> Iterator[list]:
        """Lists of (record, its data's JSON bytes), or of what ``summarise`` makes of each
        pair as it is read: then a chunk holds no parsed record (an evaluation with its parts
        is tens of kilobytes of Python objects)."""
        order, chunk, number, read = _Order(self.rules.ordered), [], 0, 0
        try:
            with self.source.records() as f:
                for line in _lines(f):
                    number, read = number + 1, read + len(line) + 1
                    if len(line) > MAX_LINE:
                        raise PackageRefused("records.jsonl baris {number}: terlalu panjang", number=number)
                    if number > self.max_records or read > self.max_bytes:
                        raise PackageRefused("records.jsonl memuat lebih dari {max_records:,} rekaman", max_records=self.max_records)
                    record, data = _parse(line, number, self.rules, self.kinds)
                    order.check(record, number)
                    self.counts[record["kind"]] = self.counts.get(record["kind"], 0) + 1
                    if record["kind"] == "evaluation":
                        self.named.update(link.get("sha256") for link in record["data"].get("evidence", ())
                                          if isinstance(link, dict))
                    chunk.append((record, data) if summarise is None else summarise(record, data))
                    if len(chunk) >= size:
                        yield chunk
                        chunk = []
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            if isinstance(exc, PackageRefused):
                raise
            raise PackageRefused("anggota '{filename}' di dalam isi terenkripsi rusak", filename="records.jsonl") from None
        if chunk:
            yield chunk
        declared = {k: v for k, v in self.manifest.get("counts", {}).items() if v}
        if self.counts != declared:
            raise PackageRefused("jumlah rekaman tidak sama dengan yang tercatat di manifest")
        stray = sorted(set(self.source.evidence) - self.named)
        if stray:
            raise PackageRefused("berkas bukti {value}… tidak dirujuk rekaman mana pun", value=stray[0][:12])

    def evidence(self) -> Iterator[tuple[str, bytes]]:
        """Each evidence file, checked against its name; one at a time."""
        for sha, (open_, size) in sorted(self.source.evidence.items()):
            if size > MAX_EVIDENCE:
                raise PackageRefused("anggota '{filename}' terlalu besar atau terlalu termampatkan", filename=f"evidence/{sha}")
            try:
                with open_() as f:
                    data = f.read(MAX_EVIDENCE + 1)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                raise PackageRefused("anggota '{filename}' di dalam isi terenkripsi rusak", filename=f"evidence/{sha}") from None
            if hashlib.sha256(data).hexdigest() != sha:
                raise PackageRefused("berkas bukti {value}… tidak cocok dengan nama hash-nya", value=sha[:12])
            yield sha, data


WORK_PREFIX = "kinerja-paket-"  # the temporary folder of one decrypted body
STALE_SECONDS = 3600  # no import or verify takes that long (70,000 staff: under a minute)


@contextmanager
def stream(opened: Opened, *, identities: list[str], kinds: frozenset[str],
           folder: Path | None = None) -> Iterator[Stream]:
    """The body of a verified package, decrypted when it is encrypted into a temporary folder
    inside ``folder`` (the database's own, private: the body is personnel data in plain), or
    the system's temporary folder when None."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder)
    with tempfile.TemporaryDirectory(prefix=WORK_PREFIX, dir=folder) as work, ExitStack() as closing:
        source = decrypted(opened, identities, Path(work), closing) if opened.manifest["encrypted"] else plain(opened)
        yield Stream(opened.manifest, source, kinds)


def tidy(folder: Path, prefix: str = WORK_PREFIX) -> None:
    """Remove the work folders that commands killed mid-way (a power cut) left in ``folder``:
    decrypted bodies of imports, or slices not yet copied out (``prefix``); those older than an
    hour, so that one running beside this is left alone."""
    if not folder.is_dir():
        return
    cutoff = time.time() - STALE_SECONDS
    for path in folder.glob(prefix + "*"):
        try:
            stale = path.stat().st_mtime < cutoff
        except OSError:
            continue
        if stale:
            shutil.rmtree(path, ignore_errors=True)


@dataclass(frozen=True)
class Body:
    records: list[dict[str, Any]]
    evidence: dict[str, bytes]
    data_texts: list[str]  # each record's ``data`` as compact sorted JSON: what its hash covers


def unpack(opened: Opened, *, identities: list[str], kinds: frozenset[str]) -> Body:
    """The whole body in memory: for the small files (reference data) and for tests."""
    with stream(opened, identities=identities, kinds=kinds) as body:
        pairs = [pair for chunk in body.chunks() for pair in chunk]
        evidence = dict(body.evidence())
    return Body([r for r, _ in pairs], evidence, [t.decode("utf-8") for _, t in pairs])
