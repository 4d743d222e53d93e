"""Masukan (domain.md section 9): what self, peers, subordinates and service users say about an
employee, on the seven BerAKHLAK values, "how often does this person show it", 1-4. It is shown to
the penilai beside the evaluation and never moves a rating."""

import re
import secrets
from enum import StrEnum

from ..errors import UserError


class Kind(StrEnum):
    DIRI = "diri"
    REKAN = "rekan"
    BAWAHAN = "bawahan"
    MASYARAKAT = "masyarakat"


KIND_TITLES = {Kind.DIRI: "Penilaian diri", Kind.REKAN: "Masukan rekan kerja", Kind.BAWAHAN: "Masukan bawahan",
               Kind.MASYARAKAT: "Masukan masyarakat pengguna layanan"}
SCALE = {1: "Tidak pernah", 2: "Kadang-kadang", 3: "Sering", 4: "Selalu"}
# Peer, upward and public results show only from this many respondents of a kind (an office may
# raise it, never lower it); self-assessment is shown as it is.
MIN_RESPONDENTS = 3
SHOWN_ALWAYS = frozenset({Kind.DIRI})

# Codes: no 0/O, 1/I/L, so a code read aloud or typed from paper is not mistaken.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8  # 31^8: about 8.5 x 10^11, so a guessed code is almost never one that was printed


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def shown_code(code: str) -> str:
    """``K7QX-M4RP``: as printed, in two groups."""
    return f"{code[:4]}-{code[4:]}"


def read_code(text: str) -> str | None:
    """The code a person typed (dash, spaces and case forgiven); None when it cannot be one."""
    code = re.sub(r"[\s\-]", "", str(text or "")).upper()
    return code if len(code) == CODE_LENGTH and all(c in ALPHABET for c in code) else None


def kind_of(text: str) -> Kind:
    try:
        return Kind(str(text).strip().lower())
    except ValueError:
        raise UserError("Jenis masukan '{kind}' tidak dikenal: pilih {choices}.", kind=text,
                        choices=", ".join(k.value for k in Kind)) from None


# Desk codes: six digits on an officer's desk card, typed on the kiosk's number pad by service users
# who want to rate the officer who served them. Reused by every visitor, and accepted only for an
# officer of the unit the kiosk serves.
DESK_DIGITS = 6


def new_desk_code() -> str:
    return str(100_000 + secrets.randbelow(900_000))


def shown_desk_code(code: str) -> str:
    """``482 913``: as printed on the card."""
    return f"{code[:3]} {code[3:]}"


def read_desk_code(text: str) -> str | None:
    code = re.sub(r"[\s\-]", "", str(text or ""))
    return code if len(code) == DESK_DIGITS and code.isascii() and code.isdigit() and code[0] != "0" else None
