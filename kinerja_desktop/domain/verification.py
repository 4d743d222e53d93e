"""The short verification code printed on a final evaluation, taken from its seal hash."""

import re

from ..errors import UserError

CODE_HEX = 12  # 48 bits: a wrong guess matching some evaluation is about one in 10^14 per 100 evaluations


def verification_code(seal_hash: str) -> str:
    """``3F2A-9C1B-77D0``: the first 12 hex digits of the seal, grouped for reading aloud."""
    digits = seal_hash[:CODE_HEX].upper()
    return "-".join(digits[n:n + 4] for n in range(0, CODE_HEX, 4))


def code_prefix(code: str) -> str:
    """The seal prefix a typed code stands for; spaces, dashes and case are forgiven."""
    digits = re.sub(r"[\s\-]", "", code).lower()
    if not re.fullmatch(r"[0-9a-f]{%d}" % CODE_HEX, digits):
        raise UserError("Kode verifikasi '{code}' tidak sah: kode terdiri atas 12 karakter 0-9 dan A-F, seperti tercetak di bawah kode QR (mis. 3F2A-9C1B-77D0).", code=code)
    return digits
