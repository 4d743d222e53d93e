"""This database's own keys: made once, the secret halves sealed under a passphrase.

A district has a signing key (Ed25519, minisign format) and an age identity on which the
province's reference data reaches it. A province has the same two: it signs receipts and
reference data, and districts encrypt their packages to its age recipient.
"""

from dataclasses import dataclass

import pyrage
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
    session.add(SyncKey(purpose=sign, key_id=public.key_id_hex, public=public.text(),
                        secret_box=secretbox.seal(seed, passphrase, purpose=sign)))
    session.add(SyncKey(purpose=age, key_id="", public=recipient,
                        secret_box=secretbox.seal(str(identity).encode(), passphrase, purpose=age)))
    return KeyInfo(public.key_id_hex, public.fingerprint(), public.text(), recipient)


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
