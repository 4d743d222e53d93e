"""Ed25519 keys and signatures in minisign's formats, so ``minisign -V`` checks what we sign.

Signatures are minisign's prehashed kind (``ED``: Ed25519 over the BLAKE2b-512 of the file),
with a trusted comment that is itself signed. Key ids are minisign's random 8 bytes, shown as
16 hex digits of their little-endian value, exactly as minisign prints them.
"""

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from ..errors import Templated, Text

PUBLIC_COMMENT = "untrusted comment: minisign public key "
MAX_COMMENT = 1024


class SignatureRefused(Templated, ValueError):
    """A key or signature that is malformed or does not match; the message is Indonesian."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes, as stored in the files
    key: bytes  # 32 bytes, Ed25519

    @property
    def key_id_hex(self) -> str:
        return f"{int.from_bytes(self.key_id, 'little'):016X}"

    def text(self) -> str:
        """The public key file minisign reads with ``-p``."""
        blob = base64.b64encode(b"Ed" + self.key_id + self.key).decode()
        return f"{PUBLIC_COMMENT}{self.key_id_hex}\n{blob}\n"

    def fingerprint(self) -> str:
        """Twenty hex digits of the key's hash, grouped by four, to read aloud on the phone."""
        digest = hashlib.sha256(b"Ed" + self.key_id + self.key).hexdigest()[:20].upper()
        return " ".join(digest[i:i + 4] for i in range(0, 20, 4))


def new_key() -> tuple[bytes, PublicKey]:
    """A fresh signing key: its 32-byte seed and its public half with a random key id."""
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes_raw()
    return seed, public_of(seed, os.urandom(8))


def public_of(seed: bytes, key_id: bytes) -> PublicKey:
    raw = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return PublicKey(key_id, raw)


def _b64(text: str, what: Text) -> bytes:
    """Decode canonical base64 only: a second spelling of the same bytes is refused too."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureRefused("{what} bukan base64 yang sah", what=what) from None
    if base64.b64encode(raw).decode() != text.strip():
        raise SignatureRefused("{what} bukan base64 kanonik", what=what)
    return raw


def parse_public_key(text: str) -> PublicKey:
    """Read a minisign public key file (or its one base64 line)."""
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    if not lines or len(lines) > 2 or (len(lines) == 2 and not lines[0].startswith("untrusted comment:")):
        raise SignatureRefused("bukan kunci publik minisign (dua baris: komentar dan kunci base64)")
    blob = _b64(lines[-1], Text("kunci publik"))
    if len(blob) != 42 or blob[:2] != b"Ed":
        raise SignatureRefused("bukan kunci publik Ed25519 minisign (panjang atau jenisnya salah)")
    return PublicKey(blob[2:10], blob[10:])


def sign(seed: bytes, key_id: bytes, message: bytes, *, trusted_comment: str,
         untrusted_comment: str = "signature from kinerja-desktop") -> str:
    """The ``.minisig`` text for ``message``: prehashed Ed25519 plus the signed trusted comment."""
    if "\n" in trusted_comment or "\r" in trusted_comment or len(trusted_comment) > MAX_COMMENT:
        raise ValueError("trusted comment must be one short line")
    private = Ed25519PrivateKey.from_private_bytes(seed)
    signature = private.sign(hashlib.blake2b(message, digest_size=64).digest())
    global_sig = private.sign(signature + trusted_comment.encode())
    return (f"untrusted comment: {untrusted_comment}\n"
            f"{base64.b64encode(b'ED' + key_id + signature).decode()}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{base64.b64encode(global_sig).decode()}\n")


def _parse_signature(text: str) -> tuple[bytes, bytes, bytes, str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if (len(lines) != 4 or not lines[0].startswith("untrusted comment:")
            or not lines[2].startswith("trusted comment: ")):
        raise SignatureRefused("berkas tanda tangan bukan format minisign (empat baris)")
    blob = _b64(lines[1], Text("tanda tangan"))
    if len(blob) != 74 or blob[:2] != b"ED":
        raise SignatureRefused("tanda tangan bukan Ed25519 minisign berjenis ED (prehashed)")
    global_sig = _b64(lines[3], Text("tanda tangan komentar"))
    if len(global_sig) != 64:
        raise SignatureRefused("tanda tangan komentar tepercaya panjangnya salah")
    rebuilt = f"{lines[0]}\n{base64.b64encode(blob).decode()}\n{lines[2]}\n{base64.b64encode(global_sig).decode()}\n"
    if text != rebuilt:
        raise SignatureRefused("berkas tanda tangan tidak dalam bentuk baku (spasi atau akhir baris diubah)")
    return blob[2:10], blob[10:], global_sig, lines[2][len("trusted comment: "):]


def key_id_of(signature_text: str) -> bytes:
    """The key id a signature names (to find the key to check it with)."""
    return _parse_signature(signature_text)[0]


def verify(public: PublicKey, message: bytes, signature_text: str) -> str:
    """Check ``signature_text`` over ``message``; return the trusted comment, or SignatureRefused."""
    key_id, signature, global_sig, trusted = _parse_signature(signature_text)
    if key_id != public.key_id:
        raise SignatureRefused("ditandatangani kunci {from_bytes:016X}, bukan kunci {key_id_hex} yang terdaftar", from_bytes=int.from_bytes(key_id, 'little'), key_id_hex=public.key_id_hex)
    verifier = Ed25519PublicKey.from_public_bytes(public.key)
    try:
        verifier.verify(signature, hashlib.blake2b(message, digest_size=64).digest())
        verifier.verify(global_sig, signature + trusted.encode())
    except InvalidSignature:
        raise SignatureRefused("tanda tangan tidak cocok: isinya diubah atau bukan dari kunci ini") from None
    return trusted


@dataclass(frozen=True)
class Signer:
    """A secret key unlocked for signing, and its public half."""

    seed: bytes
    public: PublicKey
