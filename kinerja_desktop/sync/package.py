"""Packages, receipts and reference data: build them, open them, check them (docs/sync-format.md).

A package is a container (``container.py``) of ``mimetype``, ``manifest.json`` (canonical JSON),
``manifest.json.minisig`` and a body: ``payload.age`` when encrypted, else ``records.jsonl`` and
``evidence/<sha256>``. The manifest lists the sha256 and size of every body member and is the
only thing signed. Nothing here touches the database.
"""

import hashlib
import io
import re
from dataclasses import dataclass
from typing import Any, BinaryIO

from . import container
from ..crypto import minisign
from ..crypto.minisign import Signer  # noqa: F401 - callers build packages with package.Signer
from .canon import JsonRefused, canonical, strict_loads
from ..errors import Templated

FORMAT = 1  # receipts, reference data and province files
PACKAGE_FORMAT = 2  # district packages (docs/sync-format.md section 9: what changed)
FORMATS = {"package": (1, 2), "receipt": (1,), "reference": (1,), "province": (1,),  # what this program reads
           "hub": (1,), "slice": (2,)}
WRITES = {"package": PACKAGE_FORMAT, "slice": 2}  # the format each type is written in; the others FORMAT
MAX_FILE = 0xFFFFFFFF  # the ZIP's own limit; what a package may hold follows its signed counts
MIMETYPE = "application/vnd.kinerja.sync+zip"
SIGNATURE_COMMENT = "signature from kinerja-desktop"
MAX_MANIFEST = 4 * 1024 * 1024
HEX64 = re.compile(r"^[0-9a-f]{64}\Z")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
CODE = re.compile(r"^[A-Za-z0-9._-]{1,32}\Z")
BODY_NAMES = re.compile(r"^(payload\.age|records\.jsonl|evidence/[0-9a-f]{64})\Z")

# Manifest fields per type: name -> type (or a check). Unknown fields are refused.
_COMMON = {"format": int, "type": str, "id": "uuid", "office": "code", "province": "code",
           "key_id": str, "app": str, "schema": str, "created_at": str, "members": list}
FIELDS = {
    "package": {**_COMMON, "sequence": int, "previous": str, "changes": dict, "counts": dict,
                "encrypted": bool, "reply_to": str, "full": bool},
    "receipt": {**_COMMON, "package": dict, "changes": dict, "result": dict, "conflicts": list},
    "reference": {**_COMMON, "sequence": int, "counts": dict, "encrypted": bool},
    "province": {**_COMMON, "name": str, "sign_key": str, "recipient": str},
    # a kabupaten's database as its sub-offices' hub: "office" is the hub's code, which its
    # sub-offices' packages name where a district's name its province
    "hub": {**_COMMON, "name": str, "sign_key": str, "recipient": str},
    # what a hub sends one sub-office: the units of its subtree ("unit") and what they need
    "slice": {**_COMMON, "sequence": int, "counts": dict, "encrypted": bool, "sizes": dict, "unit": "uuid"},
}
# fields a type may leave out: a slice that tells of a move between sub-offices (sync/transfer.py)
# and a sub-office's package to its hub: the slice it had applied, the records it kept over the
# slice's version of them (sync/bases.py)
OPTIONAL = {"slice": {"transfer": dict}, "package": {"slice": int, "diverged": list}}


class PackageRefused(Templated, ValueError):
    """Refused: the message says what is wrong, in Indonesian, without the file name."""


@dataclass(frozen=True)
class Opened:
    """A container whose layout, manifest and member hashes check out. Not yet: the signature.
    The body members stay in ``file``, read in place (``members`` says where)."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: str
    members: dict[str, container.Member]
    file: BinaryIO

    def read(self, name: str) -> bytes:
        m = self.members[name]
        self.file.seek(m.offset)
        return self.file.read(m.size)

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def key_id(self) -> str:
        return f"{int.from_bytes(minisign.key_id_of(self.signature), 'little'):016X}"


def trusted_comment(manifest: dict) -> str:
    """What the signature's trusted comment says: type, office and sequence (or package)."""
    seq = manifest.get("sequence", manifest.get("package", {}).get("sequence", 0))
    return f"kinerja {manifest['type']} office:{manifest['office']} sequence:{seq} id:{manifest['id']}"


def _digest(source: container.Source) -> dict:
    digest, size = hashlib.sha256(), 0
    for block in container.blocks(source):
        digest.update(block)
        size += len(block)
    return {"sha256": digest.hexdigest(), "size": size}


def build_to(out: BinaryIO, manifest: dict[str, Any], body: list[tuple[str, container.Source]],
             signer: Signer) -> bytes:
    """Sign ``manifest`` (completed with the body's hashes) and write the container to ``out``,
    streaming members held in files. Returns the manifest's bytes (its sha256 is the chain link)."""
    manifest = {"format": WRITES.get(manifest["type"], FORMAT), **manifest,
                "key_id": signer.public.key_id_hex, "members": [{"name": n, **_digest(b)} for n, b in body]}
    _check_fields(manifest)
    data = canonical(manifest)
    signature = minisign.sign(signer.seed, signer.public.key_id, data,
                              trusted_comment=trusted_comment(manifest),
                              untrusted_comment=SIGNATURE_COMMENT)
    head = [("mimetype", MIMETYPE.encode()), ("manifest.json", data),
            ("manifest.json.minisig", signature.encode())]
    container.write_to(out, head + body)
    return data


def build(manifest: dict[str, Any], body: list[tuple[str, bytes]], signer: Signer) -> bytes:
    """``build_to`` in memory, for the small files (receipts, reference data, province file)."""
    out = io.BytesIO()
    build_to(out, manifest, body, signer)
    return out.getvalue()


def manifest_sha256(data: bytes) -> str:
    """The sha256 of the manifest of a package this program just built (the chain link)."""
    return hashlib.sha256(container.read(data)[1][1]).hexdigest()


def _check_fields(m: dict) -> None:
    spec = FIELDS.get(m.get("type"))
    if spec is None:
        raise PackageRefused("jenis berkas '{get}' tidak dikenal", get=m.get('type'))
    readable = FORMATS[m["type"]]
    if not isinstance(m.get("format"), int) or isinstance(m.get("format"), bool) or m["format"] not in readable:
        raise PackageRefused("versi format {format} tidak dikenal (program ini membaca versi {format_2}); perbarui Kinerja Desktop", format=m.get('format'), format_2=max(readable))
    if m["type"] == "package" and m["format"] >= 2:
        spec = {**spec, "sizes": dict}
    optional = OPTIONAL.get(m["type"], {})
    spec = {**spec, **{k: v for k, v in optional.items() if k in m}}
    if set(m) != set(spec):
        extra, missing = sorted(set(m) - set(spec)), sorted(set(spec) - set(m))
        raise PackageRefused("isian manifest tidak sesuai (lebih: {extra}, kurang: {missing})", extra=extra, missing=missing)
    for name, kind in spec.items():
        value = m[name]
        ok = {"uuid": lambda v: isinstance(v, str) and UUID.match(v),
              "code": lambda v: isinstance(v, str) and CODE.match(v)}.get(
            kind, lambda v: isinstance(v, kind) and not (kind is int and isinstance(v, bool)))(value)
        if not ok:
            raise PackageRefused("isian manifest '{name}' tidak sah", name=name)


def _split(members: list[container.Member]) -> list[container.Member]:
    """The body members, after checking the three that come first and the body's names."""
    names = [m.name for m in members]
    if names[:3] != ["mimetype", "manifest.json", "manifest.json.minisig"]:
        raise PackageRefused("anggota pertama harus mimetype, manifest.json, manifest.json.minisig")
    if len(set(names)) != len(names):
        raise PackageRefused("ada anggota dengan nama ganda")
    body_names = names[3:]
    for name in body_names:
        if not BODY_NAMES.match(name):
            raise PackageRefused("anggota '{name}' tidak diizinkan dalam paket", name=name)
    evidence = sorted(n for n in body_names if n.startswith("evidence/"))
    if body_names not in ([], ["payload.age"], ["records.jsonl", *evidence]):
        raise PackageRefused("urutan anggota tidak sesuai format: sesudah tanda tangan hanya payload.age, atau "
                             "records.jsonl lalu evidence/ berurutan, atau tidak ada")
    return members[3:]


def _check_members(manifest: dict, body: list[container.Member]) -> None:
    listed = manifest["members"]
    if [m.get("name") if isinstance(m, dict) else None for m in listed] != [m.name for m in body]:
        raise PackageRefused("daftar anggota di manifest tidak sama dengan isi berkas (ada yang ditambah/dibuang)")
    for entry, member in zip(listed, body):
        if set(entry) != {"name", "sha256", "size"} or entry["size"] != member.size:
            raise PackageRefused("ukuran anggota '{name}' tidak sesuai manifest", name=member.name)
        if member.sha256 != entry["sha256"]:
            raise PackageRefused("isi anggota '{name}' diubah: sha256 tidak cocok dengan manifest", name=member.name)


def _small(f: BinaryIO, member: container.Member, limit: int, what: str) -> bytes:
    if member.size > limit:
        raise PackageRefused("{what} terlalu panjang ({size:,} bita; paling banyak {limit:,})", what=what,
                             size=member.size, limit=limit)
    f.seek(member.offset)
    return f.read(member.size)


def open_file(f: BinaryIO, *, limits: container.Limits = container.Limits(max_file=MAX_FILE)) -> Opened:
    """Check layout, manifest form and member hashes (not the signature: see ``verify``). The
    file stays open and is read in place; the body is never loaded whole."""
    try:
        members = container.scan(f, limits)
        body = _split(members)
        if _small(f, members[0], 64, "mimetype") != MIMETYPE.encode():
            raise PackageRefused("mimetype bukan paket Kinerja")
        manifest_bytes = _small(f, members[1], MAX_MANIFEST, "manifest.json")
        sig_bytes = _small(f, members[2], 4096, "manifest.json.minisig")
        manifest = strict_loads(manifest_bytes, max_bytes=MAX_MANIFEST)
    except (container.ContainerRefused, JsonRefused) as exc:
        raise PackageRefused("{reason}", reason=exc) from None
    if not isinstance(manifest, dict):
        raise PackageRefused("manifest.json bukan objek JSON")
    _check_fields(manifest)
    if canonical(manifest) != manifest_bytes:
        raise PackageRefused("manifest.json tidak dalam bentuk kanonik (diubah setelah ditandatangani)")
    _check_members(manifest, body)
    try:
        signature = sig_bytes.decode("ascii")
    except UnicodeDecodeError:
        raise PackageRefused("manifest.json.minisig bukan teks ASCII") from None
    return Opened(manifest, manifest_bytes, signature, {m.name: m for m in body}, f)


def open_bytes(data: bytes, *, limits: container.Limits = container.Limits()) -> Opened:
    """``open_file`` over bytes in memory (receipts, reference data, province files)."""
    return open_file(io.BytesIO(data), limits=limits)


def verify(opened: Opened, public: minisign.PublicKey) -> None:
    """Check the signature with ``public``, and that its comments are exactly what we write."""
    try:
        trusted = minisign.verify(public, opened.manifest_bytes, opened.signature)
    except minisign.SignatureRefused as exc:
        raise PackageRefused("tanda tangan ditolak: {exc}", exc=exc) from None
    if trusted != trusted_comment(opened.manifest):
        raise PackageRefused("komentar tepercaya tanda tangan tidak cocok dengan manifest")
    if not opened.signature.startswith(f"untrusted comment: {SIGNATURE_COMMENT}\n"):
        raise PackageRefused("baris pertama manifest.json.minisig diubah")
