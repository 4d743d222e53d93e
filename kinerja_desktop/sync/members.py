"""Where a package body's members are read from, in place and never whole: the package itself
(a plain body), or the inner ZIP an encrypted body is decrypted into, whose layout is checked
to be exactly what the writer makes and whose records are inflated by ISA-L."""

import io
import re
import struct
import zipfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyrage
from isal import isal_zlib

from .canon import JsonRefused, strict_loads
from .package import Opened, PackageRefused

MAX_INNER_MEMBERS = 20_001
INNER_NAMES = re.compile(r"^(header\.json|records\.jsonl|evidence/[0-9a-f]{64})\Z")


class _Slice(io.RawIOBase):
    """``size`` bytes of ``f`` from ``offset``: a member read in place, never copied whole."""

    def __init__(self, f: BinaryIO, offset: int, size: int):
        self.f, self.pos, self.end = f, offset, offset + size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        want = min(len(buffer), self.end - self.pos)
        if want <= 0:
            return 0
        self.f.seek(self.pos)
        data = self.f.read(want)
        buffer[:len(data)] = data
        self.pos += len(data)
        return len(data)


def member(opened: Opened, name: str) -> BinaryIO:
    m = opened.members[name]
    return io.BufferedReader(_Slice(opened.file, m.offset, m.size), 1 << 20)


_LOCAL = struct.Struct("<IHHHHHIIIHH")  # a ZIP local file header
_ZIP64 = struct.Struct("<HHQQ")  # the zip64 extra field of a local header: tag 1, 16, sizes


def _zip64_only(extra: bytes) -> bool:
    """No extra field, or exactly one zip64 field (sizes and offsets past 2 GiB)."""
    return not extra or (len(extra) >= 4 and struct.unpack_from("<HH", extra) == (1, len(extra) - 4))


def _check_layout(zf: zipfile.ZipFile, f: BinaryIO, size: int) -> dict[str, int]:
    """The inner ZIP exactly as the writer makes it: header.json, records.jsonl, then evidence in
    hash order; no comment or extra field; each local header agreeing with the directory, the
    members back to back from the first byte, the directory right after them. Python's zipfile
    alone accepts all of those, and a prefix before the archive. Returns where each member's
    data starts."""
    infos = zf.infolist()
    names = [i.filename for i in infos]
    if len(names) != len(set(names)) or len(names) > MAX_INNER_MEMBERS:
        raise PackageRefused("isi terenkripsi memuat anggota ganda atau terlalu banyak anggota")
    evidence = [n for n in names if n.startswith("evidence/")]
    if names != ["header.json", "records.jsonl", *sorted(evidence)]:
        raise PackageRefused("anggota isi terenkripsi tidak dalam urutan paket (header.json, records.jsonl, bukti)")
    if zf.comment or any(not _zip64_only(i.extra) or i.comment for i in infos):
        raise PackageRefused("isi terenkripsi memuat komentar atau medan tambahan ZIP")
    offset, starts = 0, {}
    for info in infos:
        if not INNER_NAMES.match(info.filename):
            raise PackageRefused("isi terenkripsi memuat anggota tak dikenal '{value}'", value=info.filename[:80])
        if info.header_offset != offset or offset + _LOCAL.size > size:
            raise PackageRefused("isi terenkripsi memuat data di luar anggotanya (awalan atau celah)")
        f.seek(offset)
        (signature, _version, flags, method, _time, _date, crc, csize, usize, nlen, xlen) = \
            _LOCAL.unpack(f.read(_LOCAL.size))
        if xlen and info.filename == "records.jsonl" and xlen == _ZIP64.size and (csize, usize) == (0xFFFFFFFF,) * 2:
            f.seek(offset + _LOCAL.size + nlen)
            tag, length, usize, csize = _ZIP64.unpack(f.read(_ZIP64.size))
            if (tag, length) != (1, 16):
                raise PackageRefused("isi terenkripsi memuat komentar atau medan tambahan ZIP")
        elif xlen:
            raise PackageRefused("isi terenkripsi memuat komentar atau medan tambahan ZIP")
        if (signature, method, crc, csize, usize, nlen, flags & 8) != (
                0x04034B50, info.compress_type, info.CRC, info.compress_size, info.file_size,
                len(info.filename.encode()), 0):
            raise PackageRefused("kepala anggota '{name}' di dalam isi terenkripsi tidak cocok dengan direktorinya",
                                 name=info.filename)
        starts[info.filename] = offset + _LOCAL.size + nlen + xlen
        offset = starts[info.filename] + csize
    if zf.start_dir != offset:
        raise PackageRefused("isi terenkripsi memuat data di luar anggotanya (awalan atau celah)")
    return starts


class _Inflated:
    """A deflated member read in place and inflated by ISA-L (python-isal: 0.18 s for the 227 MB
    of a 7,000-staff body, against 0.52 s for zipfile's zlib with its CRC), at most ``size``
    bytes a read; its CRC-32 and length are checked at the end, as zipfile checks them."""

    def __init__(self, f: BinaryIO, start: int, info: zipfile.ZipInfo):
        self.compressed = _Slice(f, start, info.compress_size)
        self.inflate, self.tail, self.crc, self.size = isal_zlib.decompressobj(-15), b"", 0, 0
        self.info = info

    def __enter__(self) -> "_Inflated":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def read(self, size: int) -> bytes:
        while True:
            data = self.tail or self.compressed.read(1 << 20)
            if not data:
                if not self.inflate.eof or (self.crc, self.size) != (self.info.CRC, self.info.file_size):
                    raise zipfile.BadZipFile(self.info.filename)
                return b""
            if self.inflate.eof:  # bytes after the end of the deflate stream
                raise zipfile.BadZipFile(self.info.filename)
            try:
                out = self.inflate.decompress(data, size)
            except isal_zlib.error:
                raise zipfile.BadZipFile(self.info.filename) from None
            self.tail = self.inflate.unconsumed_tail
            if out:
                self.crc, self.size = isal_zlib.crc32(out, self.crc), self.size + len(out)
                if self.size > self.info.file_size:
                    raise zipfile.BadZipFile(self.info.filename)
                return out


@dataclass(frozen=True)
class Source:
    """Where the body's members are read from: the package itself, or the decrypted inner ZIP."""

    records: Callable[[], BinaryIO]
    records_size: int  # stored (compressed) size
    records_plain: int  # uncompressed size
    evidence: dict[str, tuple[Callable[[], BinaryIO], int]]  # sha256 -> (open, size)
    inner: "Path | None" = None  # the decrypted inner ZIP, which a helper process may read too


def plain(opened: Opened) -> Source:
    if "records.jsonl" not in opened.members:
        raise PackageRefused("paket tidak memuat records.jsonl")
    size = opened.members["records.jsonl"].size
    evidence = {n.removeprefix("evidence/"): ((lambda n=n: member(opened, n)), m.size)
                for n, m in opened.members.items() if n.startswith("evidence/")}
    return Source(lambda: member(opened, "records.jsonl"), size, size, evidence)


def decrypted(opened: Opened, identities: list[str], folder: Path, closing: ExitStack) -> Source:
    if set(opened.members) != {"payload.age"}:
        raise PackageRefused("paket terenkripsi harus berisi payload.age saja")
    path = folder / "inner.zip"
    try:
        keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
        with open(path, "wb") as out:
            pyrage.decrypt_io(member(opened, "payload.age"), out, keys)
    except (pyrage.DecryptError, pyrage.IdentityError):
        raise PackageRefused("payload.age tidak dapat dibuka dengan kunci provinsi ini "
                             "(dienkripsi untuk provinsi lain, atau rusak)") from None
    return inner_source(path, opened.manifest, closing)


def inner_source(path: Path, m: dict, closing: ExitStack) -> Source:
    """The decrypted inner ZIP at ``path``, its layout and header checked."""
    handle = closing.enter_context(open(path, "rb"))
    try:
        zf = closing.enter_context(zipfile.ZipFile(handle))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise PackageRefused("isi terenkripsi bukan ZIP yang utuh") from None
    starts = _check_layout(zf, handle, path.stat().st_size)
    try:
        if zf.getinfo("header.json").file_size > 4096:
            raise JsonRefused("terlalu panjang")
        header = strict_loads(zf.read("header.json"), max_bytes=4096)
    except JsonRefused as exc:
        raise PackageRefused("header.json: {exc}", exc=exc) from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise PackageRefused("anggota '{filename}' di dalam isi terenkripsi rusak", filename="header.json") from None
    if header != {"office": m["office"], "id": m["id"], "type": m["type"]}:
        raise PackageRefused("isi terenkripsi milik paket atau instansi lain (header.json tidak cocok)")
    info = zf.getinfo("records.jsonl")
    evidence = {i.filename.removeprefix("evidence/"): ((lambda i=i: zf.open(i)), i.file_size)
                for i in zf.infolist() if i.filename.startswith("evidence/")}
    records = (lambda: _Inflated(handle, starts[info.filename], info)) if info.compress_type == zipfile.ZIP_DEFLATED \
        else (lambda: zf.open(info))
    return Source(records, info.compress_size, info.file_size, evidence, path)
