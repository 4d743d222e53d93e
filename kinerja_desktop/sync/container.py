"""The outer `.kinerja` file: a ZIP whose every byte is fixed by its members.

Members are stored (not compressed), with no timestamps, extra fields or comments, in a fixed
order, and the central directory follows them directly. The reader walks the file from its first
byte to its last and refuses anything else, so an altered byte anywhere is either refused here or
changes a member, which the signed manifest's hashes then catch. Any ordinary ``unzip`` reads it.
"""

import struct
import zlib
from dataclasses import dataclass
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


def write(members: list[tuple[str, bytes]]) -> bytes:
    """The container bytes for ``members`` (name, data), in the order given."""
    out, central = bytearray(), bytearray()
    for name, data in members:
        raw, crc = name.encode("ascii"), zlib.crc32(data)
        offset = len(out)
        out += LOCAL.pack(LOCAL_SIG, VERSION, 0, 0, 0, DOS_DATE, crc, len(data), len(data), len(raw), 0)
        out += raw + data
        central += CENTRAL.pack(CENTRAL_SIG, VERSION, VERSION, 0, 0, 0, DOS_DATE, crc, len(data),
                                len(data), len(raw), 0, 0, 0, 0, 0, offset) + raw
    start = len(out)
    out += central
    out += END.pack(END_SIG, 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


def _need(data: bytes, pos: int, size: int, what: Text) -> None:
    if pos + size > len(data):
        raise ContainerRefused("berkas terpotong: {what} pada bita {pos:,} tidak lengkap", what=what, pos=pos)


def _name(raw: bytes, pos: int) -> str:
    try:
        name = raw.decode("ascii")
    except UnicodeDecodeError:
        raise ContainerRefused("nama anggota pada bita {pos:,} bukan ASCII", pos=pos) from None
    if not name or name.startswith("/") or "\\" in name or ".." in name.split("/"):
        raise ContainerRefused("nama anggota '{name}' menunjuk ke luar paket (ditolak)", name=name)
    return name


def _local(data: bytes, pos: int) -> tuple[str, bytes, tuple, int]:
    _need(data, pos, LOCAL.size, Text("kepala anggota"))
    fields = LOCAL.unpack_from(data, pos)
    sig, ver, flags, method, time, date, crc, csize, usize, nlen, xlen = fields
    if (ver, flags, method, time, date, xlen) != (VERSION, 0, 0, 0, DOS_DATE, 0) or csize != usize:
        raise ContainerRefused("kepala anggota pada bita {pos:,} tidak sesuai format paket", pos=pos)
    if nlen > MAX_NAME:
        raise ContainerRefused("nama anggota pada bita {pos:,} terlalu panjang", pos=pos)
    _need(data, pos + LOCAL.size, nlen + csize, Text("anggota"))
    name = _name(data[pos + LOCAL.size:pos + LOCAL.size + nlen], pos)
    body_at = pos + LOCAL.size + nlen
    body = data[body_at:body_at + csize]
    if zlib.crc32(body) != crc:
        raise ContainerRefused("anggota '{name}' rusak (CRC tidak cocok)", name=name)
    return name, body, (crc, csize, nlen, name), body_at + csize


def _central(data: bytes, pos: int, offset: int, local: tuple) -> int:
    _need(data, pos, CENTRAL.size, Text("direktori pusat"))
    crc, size, nlen, name = local
    expected = (CENTRAL_SIG, VERSION, VERSION, 0, 0, 0, DOS_DATE, crc, size, size, nlen, 0, 0, 0, 0, 0, offset)
    if CENTRAL.unpack_from(data, pos) != expected:
        raise ContainerRefused("direktori pusat untuk '{name}' tidak cocok dengan anggotanya", name=name)
    _need(data, pos + CENTRAL.size, nlen, Text("direktori pusat"))
    if data[pos + CENTRAL.size:pos + CENTRAL.size + nlen] != name.encode("ascii"):
        raise ContainerRefused("direktori pusat menamai anggota '{name}' secara lain", name=name)
    return pos + CENTRAL.size + nlen


def read(data: bytes, limits: Limits = Limits()) -> list[tuple[str, bytes]]:
    """The members of a container, in order; ContainerRefused for anything else."""
    if len(data) > limits.max_file:
        raise ContainerRefused("berkas terlalu besar ({len_data:,} bita; paling besar {max_file:,})", len_data=len(data), max_file=limits.max_file)
    if len(data) < END.size or data[:4] != struct.pack("<I", LOCAL_SIG):
        raise ContainerRefused("bukan berkas paket Kinerja (ZIP) atau berkasnya kosong/terpotong")
    members, locals_, offsets, pos = [], [], [], 0
    while data[pos:pos + 4] == struct.pack("<I", LOCAL_SIG):
        if len(members) >= limits.max_members:
            raise ContainerRefused("terlalu banyak anggota (paling banyak {max_members:,})", max_members=limits.max_members)
        offsets.append(pos)
        name, body, local, pos = _local(data, pos)
        members.append((name, body))
        locals_.append(local)
    start = pos
    for offset, local in zip(offsets, locals_):
        pos = _central(data, pos, offset, local)
    _need(data, pos, END.size, Text("akhir direktori"))
    n = len(members)
    if data[pos:] != END.pack(END_SIG, 0, 0, n, n, pos - start, start, 0):
        raise ContainerRefused("akhir berkas tidak sesuai format paket (terpotong, ditambah, atau diubah)")
    return members
