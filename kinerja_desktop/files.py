"""Writing files so that a crash, a full disk or a pulled USB stick never leaves half a file."""

import hashlib
import os
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


def write_atomically(data: bytes, target: Path) -> Path:
    """Write beside the target under a temporary name, flush to disk, then rename over it."""
    target = Path(target)
    if target.is_dir():
        raise UserError("'{target}' adalah folder; sebutkan nama berkasnya, mis. {value}.", target=target, value=target / 'dokumen.pdf')
    if not target.parent.exists():
        raise UserError("Folder '{parent}' tidak ada; buat foldernya dahulu atau pilih folder lain.", parent=target.parent)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError("Berkas '{target}' tidak dapat ditulis: {value}.", target=target, value=exc.strerror or exc) from None
    return target


def write_verified(data: bytes, target: Path) -> Path:
    """``write_atomically``, then read the file back and compare hashes: only after this is it
    safe to pull a removable drive out. A mismatch removes the file and says so."""
    write_atomically(data, target)
    try:
        written = Path(target).read_bytes()
    except OSError as exc:
        raise UserError("Berkas '{target}' tidak dapat dibaca ulang: {value}.", target=target, value=exc.strerror or exc) from None
    if hashlib.sha256(written).digest() != hashlib.sha256(data).digest():
        Path(target).unlink(missing_ok=True)
        raise UserError("Berkas '{target}' yang terbaca ulang berbeda dari yang ditulis: media penyimpanan rusak atau penuh. Coba flashdisk lain.", target=target)
    return Path(target)
