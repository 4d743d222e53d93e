"""Password hashes: scrypt from the standard library, parameters stored with each hash.

A login dialog may have the check worked out while the user pauses typing (``prepare``, on a
worker thread): the press of Masuk then takes that answer instead of waiting for scrypt. Only the
latest password is kept, as a keyed hash and the answer, and a login takes it once."""

import base64
import hashlib
import hmac
import secrets
import threading

N, R, P = 2**14, 8, 1
MIN_LENGTH = 8


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return "$".join(["scrypt", str(N), str(R), str(P), _b64(salt), _b64(digest)])


_KEY = secrets.token_bytes(32)  # this process's own: what ``prepare`` keeps says nothing elsewhere
_lock = threading.Lock()
_prepared: tuple[str, bytes, threading.Event, list[bool]] | None = None  # stored, keyed hash, done, answer


def _tag(password: str) -> bytes:
    return hmac.new(_KEY, password.encode("utf-8"), hashlib.sha256).digest()


def prepare(password: str, stored: str) -> None:
    """Work out ``verify_password(password, stored)`` now, so the next check of the same password
    against the same hash takes this answer (or waits for it) instead of a second scrypt."""
    global _prepared
    tag = _tag(password)
    with _lock:
        if _prepared is not None and _prepared[0] == stored and hmac.compare_digest(_prepared[1], tag):
            return  # already under way or done
        done, answer = threading.Event(), []
        _prepared = (stored, tag, done, answer)
    try:
        answer.append(_check(password, stored))
    finally:
        done.set()


def verify_password(password: str, stored: str) -> bool:
    global _prepared
    with _lock:
        prepared, _prepared = _prepared, None  # taken once, whoever asks
    if prepared is not None and prepared[0] == stored and hmac.compare_digest(prepared[1], _tag(password)):
        prepared[2].wait()
        if prepared[3]:
            return prepared[3][0]
    return _check(password, stored)


def _check(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    actual = hashlib.scrypt(password.encode("utf-8"), salt=_unb64(salt), n=int(n), r=int(r), p=int(p),
                            dklen=len(_unb64(digest)))
    return hmac.compare_digest(actual, _unb64(digest))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))
