import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
