"""The signed statement a final evaluation's QR code holds (docs/qr-format.md).

Readable lines a phone shows as they are, the last of which is an Ed25519 signature, by the
office's signing key (the one its sync packages carry), over the UTF-8 bytes of every line
before it. Anyone with the office's minisign public key file checks it: the province, another
office, or a few lines of anyone's own code.
"""

import base64
import functools
import binascii
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ...errors import UserError
from ...crypto.minisign import PublicKey

TITLE = "KINERJA DESKTOP - HASIL EVALUASI KINERJA PEGAWAI (v1)"
# (label printed in the statement, field name, pattern its value must match)
FIELDS = (("Kantor", "office", r"[A-Za-z0-9._-]{1,32}"),
          ("NIP", "nip", r"[0-9]{18}"),
          ("Periode", "period", r"[0-9]{4} (TAHUNAN|TW[1-4]|S[12]|B(0[1-9]|1[0-2]))"),
          ("Rating hasil kerja", "rating_hasil", r"[A-Za-z ]{1,30}"),
          ("Rating perilaku kerja", "rating_perilaku", r"[A-Za-z ]{1,30}"),
          ("Predikat", "predikat", r"[A-Za-z /]{1,30}"),
          ("Segel", "seal", r"[0-9a-f]{64}"),
          ("Kunci", "key_id", r"[0-9A-F]{16}"))
SIGNATURE = "Tanda tangan"
MAX_TEXT = 1000


@dataclass(frozen=True)
class Statement:
    office: str
    nip: str
    period: str  # "2026 TW2", "2025 TAHUNAN"
    rating_hasil: str
    rating_perilaku: str
    predikat: str
    seal: str
    key_id: str

    def body(self) -> str:
        """The signed part: the title and one ``Label: value`` line per field, each ending in a newline."""
        return "".join([TITLE + "\n"] + [f"{label}: {getattr(self, name)}\n" for label, name, _ in FIELDS])


@functools.lru_cache(maxsize=4)
def _private(seed: bytes) -> Ed25519PrivateKey:
    """The key object for a seed, made once: an export signs half a million statements with it."""
    return Ed25519PrivateKey.from_private_bytes(seed)


def sign_statement(statement: Statement, seed: bytes) -> str:
    """The whole text for the QR code: the body and its signature line."""
    body = statement.body()
    signature = _private(seed).sign(body.encode("utf-8"))
    return f"{body}{SIGNATURE}: {base64.b64encode(signature).decode()}"


def read_statement(text: str) -> tuple[Statement, bytes, bytes]:
    """The statement, the signed bytes and the signature; a clear refusal for anything that is
    not a statement of this format (not yet checked against any key)."""
    text = (text or "").replace("\r\n", "\n").strip()
    if len(text) > MAX_TEXT:
        raise UserError("Teks QR terlalu panjang ({length} karakter) untuk pernyataan Kinerja Desktop.", length=len(text))
    lines = text.split("\n")
    if len(lines) != len(FIELDS) + 2 or lines[0] != TITLE:
        raise UserError("Teks QR bukan pernyataan hasil evaluasi Kinerja Desktop: baris pertamanya harus '{title}' "
                        "dan ada {count} baris. Pindai ulang kode QR pada dokumen, atau periksa kode verifikasi di "
                        "bawahnya dengan 'kinerja print verify KODE'.", title=TITLE, count=len(FIELDS) + 2)
    values = {}
    for (label, name, pattern), line in zip(FIELDS, lines[1:-1], strict=True):
        prefix = f"{label}: "
        if not line.startswith(prefix) or not re.fullmatch(pattern, line[len(prefix):]):
            raise UserError("Baris '{line}' pada teks QR tidak sah: seharusnya '{label}: ...' dengan isi yang sesuai format.",
                            line=line[:80], label=label)
        values[name] = line[len(prefix):]
    last = lines[-1]
    try:
        if not last.startswith(f"{SIGNATURE}: "):
            raise ValueError
        signature = base64.b64decode(last[len(SIGNATURE) + 2:], validate=True)
        if len(signature) != 64:
            raise ValueError
    except (binascii.Error, ValueError):
        raise UserError("Baris tanda tangan pada teks QR tidak sah: seharusnya '{label}: ' diikuti 88 karakter base64.",
                        label=SIGNATURE) from None
    statement = Statement(**values)
    return statement, statement.body().encode("utf-8"), signature


def signature_holds(public: PublicKey, body: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public.key).verify(signature, body)
    except InvalidSignature:
        return False
    return True
