"""The outer `.kinerja` file: a ZIP whose every byte is fixed by its members.

Members are stored (not compressed), with no timestamps, extra fields or comments, in a fixed
order, and the central directory follows them directly. The reader walks the file from its first
byte to its last and refuses anything else, so an altered byte anywhere is either refused here or
changes a member, which the signed manifest's hashes then catch. Any ordinary ``unzip`` reads it.
"""

import hashlib
import io
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import Templated, Text

LOCAL = struct.Struct("<IHHHHHIIIHH")  # signature .. extra length: 30 bytes
CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")  # 46 bytes
END = struct.Struct("<IHHHHIIH")  # 22 bytes
LOCAL_SIG, CENTRAL_SIG, END_SIG = 0x04034B50, 0x02014B50, 0x06054B50
VERSION, DOS_DATE = 20, (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest ZIP date
MAX_NAME = 80


class ContainerRefused(Templated, ValueError):
    """The file is not a well-formed package container; the message says where (Indonesian)."""


@dataclass(frozen=True)
class Limits:
    max_file: int = 512 * 1024 * 1024
    max_members: int = 20_000


CHUNK = 1 << 20
Source = bytes | Path  # a member's data, in memory or in a file (streamed, never loaded whole)


@dataclass(frozen=True)
class Member:
    """One member found by ``scan``: where its data lies in the file, and its sha256."""

    name: str
    offset: int
    size: int
    sha256: str


def blocks(source: Source):
    """A member's data: bytes as they are, a file in blocks of 1 MiB (never read whole)."""
    if isinstance(source, bytes):
        yield source
        return
    with open(source, "rb") as f:
        while block := f.read(CHUNK):
            yield block


def _crc(source: Source) -> tuple[int, int]:
    crc, size = 0, 0
    for block in blocks(source):
        crc, size = zlib.crc32(block, crc), size + len(block)
    return crc, size


def write_to(out: BinaryIO, members: list[tuple[str, Source]]) -> None:
    """Write the container for ``members`` (name, bytes or a file's path), in the order given,
    streaming file members through in blocks."""
    central, pos = bytearray(), 0
    for name, source in members:
        raw, (crc, size) = name.encode("ascii"), _crc(source)
        central += CENTRAL.pack(CENTRAL_SIG, VERSION, VERSION, 0, 0, 0, DOS_DATE, crc, size,
                                size, len(raw), 0, 0, 0, 0, 0, pos) + raw
        out.write(LOCAL.pack(LOCAL_SIG, VERSION, 0, 0, 0, DOS_DATE, crc, size, size, len(raw), 0) + raw)
        written = 0
        for block in blocks(source):
            out.write(block)
            written += len(block)
        if written != size:
            raise OSError(f"{name} changed while it was being written")
        pos += LOCAL.size + len(raw) + size
    out.write(central)
    out.write(END.pack(END_SIG, 0, 0, len(members), len(members), len(central), pos, 0))


def write(members: list[tuple[str, bytes]]) -> bytes:
    """The container bytes for ``members`` (name, data), in the order given."""
    out = io.BytesIO()
    write_to(out, members)
    return out.getvalue()


def _truncated(what: Text, pos: int) -> ContainerRefused:
    return ContainerRefused("berkas terpotong: {what} pada bita {pos:,} tidak lengkap", what=what, pos=pos)


def _exactly(f: BinaryIO, pos: int, size: int, total: int, what: Text) -> bytes:
    if pos + size > total:
        raise _truncated(what, pos)
    f.seek(pos)
    return f.read(size)


def _name(raw: bytes, pos: int) -> str:
    try:
        name = raw.decode("ascii")
    except UnicodeDecodeError:
        raise ContainerRefused("nama anggota pada bita {pos:,} bukan ASCII", pos=pos) from None
    if not name or name.startswith("/") or "\\" in name or ".." in name.split("/"):
        raise ContainerRefused("nama anggota '{name}' menunjuk ke luar paket (ditolak)", name=name)
    return name


def _local(f: BinaryIO, pos: int, total: int) -> tuple[Member, tuple, int]:
    """The member whose local header starts at ``pos``: checked, its data streamed through CRC
    and sha256 (never held whole)."""
    fields = LOCAL.unpack(_exactly(f, pos, LOCAL.size, total, Text("kepala anggota")))
    sig, ver, flags, method, time, date, crc, csize, usize, nlen, xlen = fields
    if (ver, flags, method, time, date, xlen) != (VERSION, 0, 0, 0, DOS_DATE, 0) or csize != usize:
        raise ContainerRefused("kepala anggota pada bita {pos:,} tidak sesuai format paket", pos=pos)
    if nlen > MAX_NAME:
        raise ContainerRefused("nama anggota pada bita {pos:,} terlalu panjang", pos=pos)
    name = _name(_exactly(f, pos + LOCAL.size, nlen, total, Text("anggota")), pos)
    body_at = pos + LOCAL.size + nlen
    if body_at + csize > total:
        raise _truncated(Text("anggota"), pos)
    f.seek(body_at)
    digest, actual, left = hashlib.sha256(), 0, csize
    while left:
        block = f.read(min(CHUNK, left))
        actual, left = zlib.crc32(block, actual), left - len(block)
        digest.update(block)
    if actual != crc:
        raise ContainerRefused("anggota '{name}' rusak (CRC tidak cocok)", name=name)
    return Member(name, body_at, csize, digest.hexdigest()), (crc, csize, nlen, name), body_at + csize


def _central(data: bytes, pos: int, offset: int, local: tuple) -> int:
    """Check one central directory entry at ``pos`` of ``data`` (the directory and end record)."""
    crc, size, nlen, name = local
    if pos + CENTRAL.size + nlen > len(data):
        raise _truncated(Text("direktori pusat"), pos)
    expected = (CENTRAL_SIG, VERSION, VERSION, 0, 0, 0, DOS_DATE, crc, size, size, nlen, 0, 0, 0, 0, 0, offset)
    if CENTRAL.unpack_from(data, pos) != expected:
        raise ContainerRefused("direktori pusat untuk '{name}' tidak cocok dengan anggotanya", name=name)
    if data[pos + CENTRAL.size:pos + CENTRAL.size + nlen] != name.encode("ascii"):
        raise ContainerRefused("direktori pusat menamai anggota '{name}' secara lain", name=name)
    return pos + CENTRAL.size + nlen


def scan(f: BinaryIO, limits: Limits = Limits()) -> list[Member]:
    """Walk an open container from its first byte to its last; the members in order, or
    ContainerRefused. Memory stays bounded: member data is streamed, never held."""
    total = f.seek(0, io.SEEK_END)
    if total > limits.max_file:
        raise ContainerRefused("berkas terlalu besar ({len_data:,} bita; paling besar {max_file:,})", len_data=total, max_file=limits.max_file)
    f.seek(0)
    if total < END.size or f.read(4) != struct.pack("<I", LOCAL_SIG):
        raise ContainerRefused("bukan berkas paket Kinerja (ZIP) atau berkasnya kosong/terpotong")
    members, locals_, pos = [], [], 0
    while f.seek(pos) == pos and f.read(4) == struct.pack("<I", LOCAL_SIG):
        if len(members) >= limits.max_members:
            raise ContainerRefused("terlalu banyak anggota (paling banyak {max_members:,})", max_members=limits.max_members)
        member, local, next_pos = _local(f, pos, total)
        members.append(member)
        locals_.append(local)
        pos = next_pos
    start = pos
    if total - start > len(members) * (CENTRAL.size + MAX_NAME) + END.size:
        raise ContainerRefused("akhir berkas tidak sesuai format paket (terpotong, ditambah, atau diubah)")
    f.seek(start)
    tail, at = f.read(), 0
    for member, local in zip(members, locals_):
        at = _central(tail, at, member.offset - LOCAL.size - len(member.name), local)
    n = len(members)
    if tail[at:] != END.pack(END_SIG, 0, 0, n, n, at, start, 0):
        raise ContainerRefused("akhir berkas tidak sesuai format paket (terpotong, ditambah, atau diubah)")
    return members


def read(data: bytes, limits: Limits = Limits()) -> list[tuple[str, bytes]]:
    """The members of a container in memory, in order; ContainerRefused for anything else."""
    return [(m.name, data[m.offset:m.offset + m.size]) for m in scan(io.BytesIO(data), limits)]
