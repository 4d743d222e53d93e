"""This database's own keys: made once, the secret halves sealed under a passphrase.

A district has a signing key (Ed25519, minisign format) and an age identity on which the
province's reference data reaches it. Its public key file also introduces that age identity's
recipient, signed by the key (``introduce``): a hub can then send an empty sub-office install its
first slice, encrypted, as soon as the key's fingerprint is confirmed by phone. A province has the same two: it signs receipts and
reference data, and districts encrypt their packages to its age recipient.
"""

import base64
import binascii
import re
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotAllowed, UserError
from ..store.models import SyncKey
from ..crypto import minisign, secretbox
from ..crypto.minisign import Signer

DISTRICT_SIGN, DISTRICT_AGE = "district-sign", "district-age"
PROVINCE_SIGN, PROVINCE_AGE = "province-sign", "province-age"


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    fingerprint: str
    public_text: str  # the minisign public key file
    recipient: str  # the age recipient (age1...)


def active(session: Session, purpose: str) -> SyncKey | None:
    return session.scalar(select(SyncKey).where(SyncKey.purpose == purpose, SyncKey.active.is_(True)))


def create_pair(session: Session, *, sign: str, age: str, passphrase: str) -> KeyInfo:
    """Make a signing key and an age identity, sealed under ``passphrase``."""
    if active(session, sign) is not None:
        raise NotAllowed("Kunci sudah dibuat untuk basis data ini. Kunci tidak dibuat ulang, agar paket "
                         "lama tetap dapat diperiksa; hubungi provinsi bila kunci hilang.")
    seed, public = minisign.new_key()
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    text = introduce(seed, public, recipient) if sign == DISTRICT_SIGN else public.text()
    session.add(SyncKey(purpose=sign, key_id=public.key_id_hex, public=text,
                        secret_box=secretbox.seal(seed, passphrase, purpose=sign)))
    session.add(SyncKey(purpose=age, key_id="", public=recipient,
                        secret_box=secretbox.seal(str(identity).encode(), passphrase, purpose=age)))
    return KeyInfo(public.key_id_hex, public.fingerprint(), text, recipient)


_STATEMENT = "kinerja-desktop penerima-age {recipient}"
_INTRODUCED = re.compile(r"^untrusted comment: minisign public key [0-9A-F]{16} penerima-age (age1[0-9a-z]{58}) "
                         r"([A-Za-z0-9+/]{86}==)$")


def introduce(seed: bytes, public: minisign.PublicKey, recipient: str) -> str:
    """The minisign public key file whose comment also carries ``recipient``, signed by the key
    (an Ed25519 signature over one line of text). ``minisign -V -p`` reads it as any key file."""
    statement = _STATEMENT.format(recipient=recipient).encode()
    signature = base64.b64encode(Ed25519PrivateKey.from_private_bytes(seed).sign(statement)).decode()
    blob = public.text().splitlines()[1]
    return f"untrusted comment: minisign public key {public.key_id_hex} penerima-age {recipient} {signature}\n{blob}\n"


def introduced(text: str) -> tuple[minisign.PublicKey, str | None]:
    """The key of a public key file and the age recipient it introduces, when its comment
    carries one signed by that key (None for a plain key file, such as an older install's)."""
    public = minisign.parse_public_key(text)
    match = _INTRODUCED.match(text.strip().splitlines()[0])
    if match is None:
        return public, None
    recipient, signature = match.groups()
    try:
        Ed25519PublicKey.from_public_bytes(public.key).verify(
            base64.b64decode(signature, validate=True), _STATEMENT.format(recipient=recipient).encode())
    except (InvalidSignature, binascii.Error, ValueError):
        raise minisign.SignatureRefused("penerima age di dalam berkas kunci tidak ditandatangani kunci ini") from None
    return public, recipient


def info(session: Session, *, sign: str, age: str) -> KeyInfo | None:
    key, box = active(session, sign), active(session, age)
    if key is None or box is None:
        return None
    public = minisign.parse_public_key(key.public)
    return KeyInfo(public.key_id_hex, public.fingerprint(), key.public, box.public)


def _require(session: Session, purpose: str) -> SyncKey:
    key = active(session, purpose)
    if key is None:
        hint = "kinerja keys init --office KODE" if purpose.startswith("district") else \
            "kinerja province init --province KODE"
        raise UserError("Basis data ini belum punya kunci sinkronisasi. Buat dahulu dengan '{hint}'.", hint=hint)
    return key


def signer(session: Session, purpose: str, passphrase: str) -> Signer:
    key = _require(session, purpose)
    seed = secretbox.open_box(key.secret_box, passphrase, purpose=purpose)
    return Signer(seed, minisign.public_of(seed, minisign.parse_public_key(key.public).key_id))


def identity(session: Session, purpose: str, passphrase: str) -> str:
    """The age identity (AGE-SECRET-KEY-1...) after unsealing it."""
    key = _require(session, purpose)
    return secretbox.open_box(key.secret_box, passphrase, purpose=purpose).decode()
