import os
from pathlib import Path

import pytest

# The windows are tested on the common office laptop's screen, 1366x768 (Qt's offscreen platform
# is 800x800 otherwise): a window or dialog that does not fit there fails where a user would see it.
SCREEN = Path(__file__).parent / "data" / "screen-1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own data folder; nothing touches the real user profile."""
    monkeypatch.setenv("KINERJA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KINERJA_DB", raising=False)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "kinerja.sqlite3"


@pytest.fixture
def db(db_path):
    from kinerja_desktop.store.migrate import open_database

    database = open_database(str(db_path))
    yield database
    database.close()
