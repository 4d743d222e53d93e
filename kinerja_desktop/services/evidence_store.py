"""The content-addressed evidence store: each file kept once, under its sha256."""

import hashlib
import mimetypes
import os
import shutil
from pathlib import Path

from ..errors import UserError
from ..paths import make_private

MAX_BYTES = 50 * 1024 * 1024


def evidence_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256


def store_file(root: Path, source: Path) -> tuple[str, int, str]:
    """Copy ``source`` into the store; returns (sha256, size, media type). Written under a
    temporary name, flushed to disk and renamed, so a crash never leaves half a file."""
    source = Path(source)
    if not source.is_file():
        raise UserError("Berkas bukti dukung '{source}' tidak ditemukan.", source=source)
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise UserError("Berkas bukti dukung '{name}' berukuran {value} MB; batasnya {value_2} MB. Perkecil atau pisahkan berkasnya.", name=source.name, value=size // 1048576, value_2=MAX_BYTES // 1048576)
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f".masuk-{os.getpid()}-{source.name}.part"
    digest = hashlib.sha256()
    with source.open("rb") as src, tmp.open("wb") as dst:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    sha = digest.hexdigest()
    target = evidence_path(root, sha)
    target.parent.mkdir(exist_ok=True)
    if target.exists():
        tmp.unlink()
    else:
        tmp.replace(target)
    make_private(root, target.parent, target)  # personnel evidence: this user's alone
    media = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return sha, size, media


def store_bytes(root: Path, sha256: str, data: bytes) -> None:
    """A file that came in a package or a slice, stored under its hash (``sha256``, which the
    reader has checked): content-addressed, so writing it before the commit shows nothing that
    is not true."""
    path = evidence_path(root, sha256)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(path)


def copy_out(root: Path, sha256: str, target: Path) -> Path:
    shutil.copyfile(evidence_path(root, sha256), target)
    return target
