from datetime import datetime, timedelta

import pytest

from kinerja_desktop.errors import NotAllowed, UserError
from kinerja_desktop.services import accounts
from kinerja_desktop.services.context import Role
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
