from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from kinerja_desktop.errors import NotAllowed, UserError
from kinerja_desktop.services import accounts
from kinerja_desktop.services.context import Role, cli_actor
from kinerja_desktop.store.models import User
from kinerja_desktop.services.passwords import hash_password, verify_password

from .conftest import KABID


def test_hash_is_salted_and_verifies():
    a, b = hash_password("rahasia123"), hash_password("rahasia123")
    assert a != b and a.startswith("scrypt$")
    assert verify_password("rahasia123", a) and not verify_password("rahasia124", a)
    assert not verify_password("x", "garbage")


def test_first_operator_then_login(db):
    assert not accounts.has_users(db)
    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    with pytest.raises(NotAllowed):
        accounts.create_first_operator(db, username="kedua", password="sandi-kuat-2")
    actor = accounts.login(db, username="admin", password="sandi-kuat-1")
    assert actor.role is Role.OPERATOR


def test_wrong_password_refused_with_growing_delay(db):
    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    t0 = datetime(2026, 11, 22, 8, 0)
    for attempt in range(3):
        with pytest.raises(NotAllowed, match="salah"):
            accounts.login(db, username="admin", password="salah", now=t0)
    # the third failure starts a 2 s delay: even the right password waits
    with pytest.raises(NotAllowed, match="Coba lagi"):
        accounts.login(db, username="admin", password="sandi-kuat-1", now=t0 + timedelta(seconds=1))
    with pytest.raises(NotAllowed, match="salah"):
        accounts.login(db, username="admin", password="salah", now=t0 + timedelta(seconds=3))
    with pytest.raises(NotAllowed, match="Coba lagi dalam [3-4] detik"):
        accounts.login(db, username="admin", password="sandi-kuat-1", now=t0 + timedelta(seconds=4))
    assert accounts.login(db, username="admin", password="sandi-kuat-1", now=t0 + timedelta(seconds=8))


def test_delays_grow_and_are_capped():
    delays = [accounts.delay_after(n).total_seconds() for n in range(1, 15)]
    assert delays[:2] == [0, 0] and delays[2:5] == [2, 4, 8] and max(delays) == 300


def test_penilai_account_sees_only_subordinates(staffed):
    accounts.create_first_operator(staffed, username="admin", password="sandi-kuat-1")
    admin = accounts.login(staffed, username="admin", password="sandi-kuat-1")
    with pytest.raises(UserError, match="NIP"):
        accounts.create_user(staffed, admin, username="kabid", password="sandi-kuat-2", role="penilai")
    accounts.create_user(staffed, admin, username="kabid", password="sandi-kuat-2", role="penilai", nip=KABID)
    kabid = accounts.login(staffed, username="kabid", password="sandi-kuat-2")
    visible = accounts.subordinate_ids(staffed, kabid)
    assert len(visible) == 2 and accounts.subordinate_ids(staffed, admin) is None
    with pytest.raises(NotAllowed):
        accounts.create_user(staffed, kabid, username="x", password="sandi-kuat-3", role="viewer")


@pytest.fixture
def scrypt_calls(monkeypatch):
    """Every scrypt the password check runs (the real one, counted)."""
    from kinerja_desktop.services import passwords

    calls, real = [], passwords.hashlib.scrypt
    monkeypatch.setattr(passwords.hashlib, "scrypt", lambda *a, **kw: (calls.append(1), real(*a, **kw))[1])
    return calls


def test_a_password_checked_ahead_lets_masuk_skip_scrypt(db, scrypt_calls):
    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    scrypt_calls.clear()
    accounts.prepare_login(db, username=" admin ", password="sandi-kuat-1")
    assert len(scrypt_calls) == 1
    assert accounts.login(db, username="admin", password="sandi-kuat-1").role is Role.OPERATOR
    assert len(scrypt_calls) == 1  # the answer worked out while the user paused
    accounts.login(db, username="admin", password="sandi-kuat-1")
    assert len(scrypt_calls) == 2  # taken once: the next login checks again


def test_an_answer_checked_ahead_decides_nothing_else(db, scrypt_calls):
    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    accounts.create_user(db, cli_actor(), username="kedua", password="sandi-kuat-2", role="operator")
    accounts.prepare_login(db, username="admin", password="sandi-kuat-1")
    with pytest.raises(NotAllowed, match="salah"):  # another password: checked afresh, and refused
        accounts.login(db, username="admin", password="sandi-kuat-X")
    accounts.prepare_login(db, username="admin", password="sandi-kuat-1")
    with pytest.raises(NotAllowed, match="salah"):  # the same password on another account
        accounts.login(db, username="kedua", password="sandi-kuat-1")
    accounts.prepare_login(db, username="admin", password="salah-salah")
    with pytest.raises(NotAllowed, match="salah"):  # a wrong answer worked out ahead still counts
        accounts.login(db, username="admin", password="salah-salah")
    accounts.prepare_login(db, username="admin", password="salah-salah")
    accounts.login(db, username="admin", password="sandi-kuat-1")  # the wrong answer ahead is not kept
    calls = len(scrypt_calls)
    accounts.prepare_login(db, username="nobody", password="sandi-kuat-1")  # no such user: nothing
    assert len(scrypt_calls) == calls
    with db.read() as s:
        failures = dict(s.execute(select(User.username, User.failed_logins)).all())
    assert failures == {"admin": 0, "kedua": 1}


def test_masuk_while_the_check_is_under_way_waits_for_it(db, monkeypatch):
    import threading

    from kinerja_desktop.services import passwords

    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    started, release, calls, real = threading.Event(), threading.Event(), [], passwords.hashlib.scrypt

    def held(*a, **kw):
        calls.append(1)
        started.set()
        assert release.wait(10)
        return real(*a, **kw)

    monkeypatch.setattr(passwords.hashlib, "scrypt", held)
    ahead = threading.Thread(target=accounts.prepare_login, args=(db,),
                             kwargs=dict(username="admin", password="sandi-kuat-1"))
    ahead.start()
    assert started.wait(10)
    result = []
    masuk = threading.Thread(target=lambda: result.append(accounts.login(db, username="admin", password="sandi-kuat-1")))
    masuk.start()
    masuk.join(0.2)
    assert masuk.is_alive() and not result  # waiting for the check under way, not starting its own
    release.set()
    ahead.join(10)
    masuk.join(10)
    assert result[0].role is Role.OPERATOR and len(calls) == 1
