"""Personnel data is private at rest: on POSIX the data folder is 0700 and the database, its
journal, backups, logs, evidence and packages 0600, as the command line leaves them."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def kinerja(home: Path, *args, env=None):
    environment = {**os.environ, "KINERJA_HOME": str(home), **(env or {})}
    environment.pop("KINERJA_DB", None)
    result = subprocess.run([sys.executable, "-m", "kinerja_desktop", *args], capture_output=True, text=True,
                            env=environment, timeout=300)
    assert result.returncode == 0, result.stderr
    return result


def test_the_command_line_leaves_nothing_readable_by_others(tmp_path):
    home = tmp_path / "home"
    old = os.umask(0o022)  # the usual umask of a shared office PC: files 0644 unless the program cares
    try:
        kinerja(home, "init", "--office-code", "1201", "--office-name", "PEMERINTAH KABUPATEN CONTOH")
        kinerja(home, "demo", "--employees", "40")
        kinerja(home, "backup")
        env = {"KINERJA_PASSPHRASE": "frasa-sandi-panjang-1"}
        kinerja(home, "keys", "init", "--office", "1201", env=env)
        usb = tmp_path / "usb"
        usb.mkdir()
        kinerja(home, "sync", "export", "-o", str(usb), env=env)
    finally:
        os.umask(old)
    assert mode(home) == 0o700
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "kinerja.sqlite3" for p in files) and any("backups" in p.parts for p in files)
    assert any(p.suffix == ".log" for p in files) and any("outbox" in str(p) or p.suffix == ".kinerja" for p in files)
    loose = {str(p.relative_to(home)): oct(mode(p)) for p in files if mode(p) & 0o077}
    assert loose == {}
    folders = {str(p.relative_to(home)): oct(mode(p)) for p in home.rglob("*") if p.is_dir() and mode(p) & 0o077}
    assert folders == {}
    assert all(mode(p) == 0o600 for p in usb.iterdir())


def test_an_older_install_is_tightened_when_opened_and_evidence_is_private(tmp_path):
    from kinerja_desktop.services.evidence_store import store_file
    from kinerja_desktop.store.migrate import open_database

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    db_file = home / "kinerja.sqlite3"
    open_database(str(db_file)).close()
    db_file.chmod(0o644)
    home.chmod(0o755)
    os.environ["KINERJA_HOME"] = str(home)
    db = open_database(str(db_file))
    assert (mode(home), mode(db_file)) == (0o700, 0o600)
    source = tmp_path / "bukti.pdf"
    source.write_bytes(b"%PDF-1.4 bukti")
    sha, _, _ = store_file(db.evidence_dir, source)
    stored = db.evidence_dir / sha[:2] / sha
    assert mode(stored) == 0o600 and mode(stored.parent) == 0o700 and mode(db.evidence_dir) == 0o700
    db.close()
