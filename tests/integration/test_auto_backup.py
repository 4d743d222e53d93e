"""Automatic backups: verified, at most one a day while open (one on every exit), thinned to
7 daily, 4 weekly and 12 monthly copies; copies made by hand are never deleted."""

from datetime import datetime, timedelta

from kinerja_desktop.services import auto_backup, maintenance
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.roster import import_roster

from .conftest import ROSTER, write


def test_a_year_of_daily_copies_is_thinned_to_the_kept_ones(db, tmp_path):
    import_roster(db, cli_actor(), write(tmp_path / "r.csv", ROSTER))
    hand_made = maintenance.backup(db, cli_actor())  # by the operator: never thinned
    start = datetime(2026, 1, 1, 16, 30)
    for day in range(365):
        made = auto_backup.auto_backup(db, now=start + timedelta(days=day))
        assert made is not None
        assert auto_backup.auto_backup(db, now=start + timedelta(days=day, hours=3)) is None  # once a day
    folder = auto_backup.backup_folder(db)
    kept = sorted(auto_backup.taken_at(p) for p in folder.glob("otomatis-*.sqlite3"))
    last = start + timedelta(days=364)
    assert kept[-7:] == [last - timedelta(days=n) for n in range(6, -1, -1)]  # the last 7 days
    assert len(kept) <= 7 + 4 + 12 and kept[0] < last - timedelta(days=300)  # and back a year, by month
    assert hand_made.exists()
    rows = auto_backup.list_backups(db)
    assert rows[0].taken_at == last and rows[0].employees == 4 and rows[0].automatic
    assert any(not r.automatic for r in rows)


def test_on_exit_a_copy_is_always_made(db):
    now = datetime(2026, 12, 2, 8, 0)
    assert auto_backup.auto_backup(db, now=now) is not None
    assert auto_backup.auto_backup(db, now=now + timedelta(hours=1)) is None
    assert auto_backup.auto_backup(db, now=now + timedelta(hours=2), force=True) is not None
