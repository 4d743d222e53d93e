"""Secrets at rest under a passphrase: scrypt then ChaCha20-Poly1305.

The box is a small JSON text stored in the database. ``purpose`` is bound as associated data,
so a box made for one key cannot be passed off as another.
"""

import base64
import hashlib
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from ..errors import UserError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~0.1 s and 32 MiB on an office PC
MIN_PASSPHRASE = 8


def _key(passphrase: str, salt: bytes, n: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P,
                          maxmem=128 * 1024 * 1024, dklen=32)


def seal(secret: bytes, passphrase: str, *, purpose: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError("Frasa sandi terlalu pendek: paling sedikit {min_passphrase} karakter.", min_passphrase=MIN_PASSPHRASE)
    salt, nonce = os.urandom(16), os.urandom(12)
    box = ChaCha20Poly1305(_key(passphrase, salt, SCRYPT_N)).encrypt(nonce, secret, purpose.encode())
    enc = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return json.dumps({"kdf": "scrypt", "n": SCRYPT_N, "salt": enc(salt), "nonce": enc(nonce),
                       "box": enc(box)})


def open_box(text: str, passphrase: str, *, purpose: str) -> bytes:
    """The secret, or UserError when the passphrase is wrong."""
    fields = json.loads(text)
    dec = base64.b64decode
    key = _key(passphrase, dec(fields["salt"]), int(fields["n"]))
    try:
        return ChaCha20Poly1305(key).decrypt(dec(fields["nonce"]), dec(fields["box"]), purpose.encode())
    except InvalidTag:
        raise UserError("Frasa sandi salah: kunci tidak dapat dibuka. Ketik ulang frasa sandi "
                        "yang dipakai saat kunci dibuat.") from None
