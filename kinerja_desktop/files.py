"""Writing files so that a crash, a full disk or a pulled USB stick never leaves half a file."""

import hashlib
import os
import shutil
from pathlib import Path

from .errors import UserError


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its rename is already durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(data: bytes | Path, target: Path) -> Path:
    """Write beside the target under a temporary name, flush to disk, then rename over it.
    ``data`` may be a file's path: it is copied in blocks, never held whole."""
    target = Path(target)
    if target.is_dir():
        raise UserError("'{target}' adalah folder; sebutkan nama berkasnya, mis. {value}.", target=target, value=target / 'dokumen.pdf')
    if not target.parent.exists():
        raise UserError("Folder '{parent}' tidak ada; buat foldernya dahulu atau pilih folder lain.", parent=target.parent)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with open(temporary, "wb") as handle:
            if isinstance(data, Path):
                with open(data, "rb") as source:
                    shutil.copyfileobj(source, handle, 1 << 20)
            else:
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError("Berkas '{target}' tidak dapat ditulis: {value}.", target=target, value=exc.strerror or exc) from None
    return target


def _sha256(path: Path) -> bytes:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.digest()


def copy_verified(source: Path, target: Path) -> Path:
    """``write_verified`` for a file that is already on disk (a package in the outbox), copied
    in blocks: memory stays the same at any size."""
    write_atomically(Path(source), target)
    try:
        same = _sha256(Path(target)) == _sha256(Path(source))
    except OSError as exc:
        raise UserError("Berkas '{target}' tidak dapat dibaca ulang: {value}.", target=target, value=exc.strerror or exc) from None
    if not same:
        Path(target).unlink(missing_ok=True)
        raise UserError("Berkas '{target}' yang terbaca ulang berbeda dari yang ditulis: media penyimpanan rusak atau penuh. Coba flashdisk lain.", target=target)
    return Path(target)
