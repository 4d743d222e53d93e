"""The power fails in the middle of a write: each writing command is killed (SIGKILL) at random
moments, 20 times per command. Afterwards the database is intact (SQLite's integrity check), the
audit chain and the seals verify, nothing half-written is visible, and running the command again
reaches the same end state as an uninterrupted run."""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from .conftest import KABID, KADIS

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
KILLS = int(os.environ.get("KINERJA_KILLS", "20"))  # at least 20 in CI; fewer while developing
PASS = "rahasia-kab-123"


def command(db: Path, *args, home: Path):
    env = {**os.environ, "KINERJA_HOME": str(home), "KINERJA_PASSPHRASE": PASS}
    env.pop("KINERJA_DB", None)
    return [sys.executable, "-m", "kinerja_desktop", "--db", str(db), *args], env


def run(db: Path, *args, home: Path) -> subprocess.CompletedProcess:
    cmd, env = command(db, *args, home=home)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)


def killed_at(seconds: float, db: Path, *args, home: Path) -> None:
    cmd, env = command(db, *args, home=home)
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def intact(db: Path) -> None:
    """SQLite's own integrity check, then the audit chain and the seals of final evaluations."""
    from kinerja_desktop.services import maintenance
    from kinerja_desktop.store.migrate import open_database

    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    opened = open_database(str(db))
    try:
        assert not maintenance.verify_audit(opened).problems
    finally:
        opened.close()


def info(db: Path, home: Path) -> dict:
    result = run(db, "info", "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    return {k: data[k] for k in ("employees", "units", "skps", "evaluations", "evaluations_final", "org_predikat")}


def roster(path: Path, count: int) -> Path:
    lines = ["NIP;NAMA;GOLONGAN;JABATAN;JENIS JABATAN;UNIT KERJA;NIP ATASAN",
             f"{KADIS};Ahmad Yani;IV/c;Kepala Dinas Pendidikan;JPT Pratama;Dinas Pendidikan;",
             f"{KABID};Sri Wahyuni;IV/a;Kepala Bidang;Administrator;Dinas Pendidikan > Bidang SD;{KADIS}"]
    for n in range(count):
        nip = f"1990{1 + n % 12:02d}{1 + n % 28:02d}201903{1 + n % 2}{n + 1:03d}"
        lines.append(f"{nip};Guru {n};III/a;Guru Ahli Pertama;Fungsional;Dinas Pendidikan > SD {n % 20};{KABID}")
    path.write_text("\n".join(dict.fromkeys(lines)) + "\n", encoding="utf-8")
    return path


def duration(db: Path, *args, home: Path, prepare) -> float:
    prepare()
    start = time.monotonic()
    assert run(db, *args, home=home).returncode == 0
    return time.monotonic() - start


def kill_and_rerun(tmp_path, name, args, *, prepare, check, ok_again=(0,)):
    """``prepare()`` lays out the starting files; ``args`` is the command; ``check()`` runs after
    the re-run and returns the end state, which must equal an uninterrupted run's."""
    home = tmp_path / "home"
    db = tmp_path / "kinerja.sqlite3"
    took = duration(db, *args(), home=home, prepare=prepare)
    expected = check()
    rng = random.Random(name)
    for attempt in range(KILLS):
        prepare()
        killed_at(rng.uniform(0.05, took * 1.1), db, *args(), home=home)
        if db.exists():
            intact(db)
            verified = run(db, "audit", "verify", home=home)  # the command an operator would run
            assert verified.returncode == 0, (attempt, verified.stdout)
        again = run(db, *args(), home=home)
        assert again.returncode in ok_again, (attempt, again.stderr)
        assert check() == expected, attempt
        intact(db)
    return took


def test_demo_killed(tmp_path):
    db = tmp_path / "kinerja.sqlite3"

    def prepare():
        for leftover in tmp_path.glob("kinerja.sqlite3*"):
            leftover.unlink()
    kill_and_rerun(tmp_path, "demo", lambda: ("demo", "--employees", "40"), prepare=prepare,
                   check=lambda: info(db, tmp_path / "home"), ok_again=(0, 1))  # 1: it had committed


def test_roster_import_killed(tmp_path):
    db, home = tmp_path / "kinerja.sqlite3", tmp_path / "home"
    source = roster(tmp_path / "pegawai.csv", 600)

    def prepare():
        for leftover in tmp_path.glob("kinerja.sqlite3*"):
            leftover.unlink()
        assert run(db, "init", "--office-code", "1201", "--office-name", "KAB", home=home).returncode == 0
    kill_and_rerun(tmp_path, "roster", lambda: ("roster", "import", str(source)), prepare=prepare,
                   check=lambda: info(db, home))


@pytest.fixture(scope="module")
def district_template(tmp_path_factory):
    from .sync_world import build_templates

    return build_templates(tmp_path_factory.mktemp("kill-templates"), employees=40)


def test_sync_export_killed(tmp_path, district_template):
    db, home, usb = tmp_path / "kinerja.sqlite3", tmp_path / "home", tmp_path / "usb"
    province = shutil.copy(district_template["province"], tmp_path / "provinsi.sqlite3")

    def prepare():
        shutil.rmtree(usb, ignore_errors=True)
        shutil.rmtree(tmp_path / "outbox", ignore_errors=True)
        usb.mkdir()
        for leftover in tmp_path.glob("kinerja.sqlite3*"):
            leftover.unlink()
        shutil.copy(district_template["district"], db)

    def check():
        """Every package the database recorded is on the stick, whole; nothing staged is left."""
        with closing(sqlite3.connect(db)) as conn:
            committed = {name for (name,) in conn.execute("select file_name from sync_outbox")}
        on_stick = {p.name for p in usb.iterdir()}
        staged = [p.name for p in (tmp_path / "outbox").iterdir() if p.suffix != ".kinerja"]
        verified = [run(province, "sync", "verify", str(usb / name), home=home) for name in sorted(on_stick)]
        assert all(v.returncode == 0 for v in verified), [v.stdout + v.stderr for v in verified]
        return bool(committed) and committed == on_stick, staged

    kill_and_rerun(tmp_path, "export", lambda: ("sync", "export", "-o", str(usb)), prepare=prepare, check=check)


def test_province_import_killed(tmp_path, district_template):
    from kinerja_desktop.services.context import cli_actor
    from kinerja_desktop.store.migrate import open_database
    from kinerja_desktop.sync import district

    db, home, usb = tmp_path / "kinerja.sqlite3", tmp_path / "home", tmp_path / "usb"
    usb.mkdir()
    (tmp_path / "sumber").mkdir()
    shutil.copy(district_template["district"], tmp_path / "sumber" / "district.sqlite3")
    source = open_database(str(tmp_path / "sumber" / "district.sqlite3"))
    package = district.export_package(source, cli_actor(), passphrase=PASS, out_dir=usb).path
    source.close()
    receipts = tmp_path / "tanda-terima"

    def prepare():
        shutil.rmtree(receipts, ignore_errors=True)
        receipts.mkdir()
        for leftover in tmp_path.glob("kinerja.sqlite3*"):
            leftover.unlink()
        shutil.copy(district_template["province"], db)

    def check():
        status = run(db, "province", "status", "--json", home=home)
        assert status.returncode == 0, status.stderr
        return [(d["office"], d["last_sequence"]) for d in json.loads(status.stdout)], info(db, home)
    kill_and_rerun(tmp_path, "import", lambda: ("sync", "import", str(package), "--receipt-out", str(receipts)),
                   prepare=prepare, check=check)


def test_backup_and_restore_killed(tmp_path, district_template):
    db, home = tmp_path / "kinerja.sqlite3", tmp_path / "home"
    target = tmp_path / "cadangan.sqlite3"

    def prepare_backup():
        target.unlink(missing_ok=True)
        for leftover in tmp_path.glob("kinerja.sqlite3*"):
            leftover.unlink()
        shutil.copy(district_template["district"], db)

    def check_backup():
        with closing(sqlite3.connect(target)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return info(target, home)
    kill_and_rerun(tmp_path, "backup", lambda: ("backup", "-o", str(target)), prepare=prepare_backup,
                   check=check_backup)

    def prepare_restore():
        prepare_backup()
        assert run(db, "backup", "-o", str(target), home=home).returncode == 0
        assert run(db, "init", "--place", "Sesudah cadangan", home=home).returncode == 0

    def check_restore():
        with closing(sqlite3.connect(db)) as conn:
            return conn.execute("select place from office").fetchone()[0], info(db, home)
    kill_and_rerun(tmp_path, "restore", lambda: ("restore", str(target)), prepare=prepare_restore,
                   check=check_restore)
