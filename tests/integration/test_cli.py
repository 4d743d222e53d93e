"""The `kinerja` command as a user runs it: a real process, real files, exit codes."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from kinerja_desktop.store.migrate import HEAD

from .conftest import GURU, ROSTER, write


def kinerja(*args, db=None, env=None):
    cmd = [sys.executable, "-m", "kinerja_desktop"] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300)


def assert_clean_failure(result, *fragments):
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in result.stderr


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = kinerja("demo", "--employees", "120", "--seed", "7", db=path)
    assert result.returncode == 0, result.stderr
    return path


def test_demo_and_info_json(demo_db):
    result = kinerja("info", "--json", db=demo_db)
    info = json.loads(result.stdout)
    assert info["employees"] == 120 and info["skps"] == 240 and info["evaluations"] > 240
    assert info["evaluations_final"] > 0 and info["schema"] == HEAD


def test_demo_is_deterministic(tmp_path, demo_db):
    again = tmp_path / "again.sqlite3"
    assert kinerja("demo", "--employees", "120", "--seed", "7", db=again).returncode == 0
    query = "select nip, nama, gelar_belakang, jabatan from employee order by id"
    with sqlite3.connect(demo_db) as a, sqlite3.connect(again) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        seals = "select seal_hash from evaluation order by id"
        assert a.execute(seals).fetchall() == b.execute(seals).fetchall()


def test_demo_refuses_a_database_with_staff(demo_db):
    assert_clean_failure(kinerja("demo", db=demo_db), "kosong")


def test_default_location_and_env_override(tmp_path):
    home = tmp_path / "home"
    assert kinerja("init", env={"KINERJA_HOME": str(home)}).returncode == 0
    assert (home / "kinerja.sqlite3").exists()
    other = tmp_path / "lain.sqlite3"
    assert kinerja("init", env={"KINERJA_DB": str(other)}).returncode == 0 and other.exists()


def test_roster_import_export_cli(tmp_path):
    db = tmp_path / "k.sqlite3"
    result = kinerja("roster", "import", str(write(tmp_path / "r.csv", ROSTER)), db=db)
    assert result.returncode == 0 and "4 pegawai baru" in result.stdout
    out = tmp_path / "out.xlsx"
    assert kinerja("roster", "export", "-o", str(out), db=db).returncode == 0 and out.exists()


def test_bad_roster_exit_1_names_rows_and_changes_nothing(tmp_path):
    db = tmp_path / "k.sqlite3"
    bad = ROSTER.replace(GURU, "98609262015051001")
    assert_clean_failure(kinerja("roster", "import", str(write(tmp_path / "r.csv", bad)), db=db),
                         "r.csv", "baris 4", "17 digit")
    info = json.loads(kinerja("info", "--json", db=db).stdout)
    assert info["employees"] == 0 and info["audit_entries"] == 0


def test_missing_file_and_not_a_database(tmp_path):
    assert_clean_failure(kinerja("roster", "import", str(tmp_path / "nope.xlsx"), db=tmp_path / "k.sqlite3"),
                         "tidak ditemukan")
    junk = write(tmp_path / "junk.sqlite3", "this is not sqlite " * 100)
    assert_clean_failure(kinerja("info", db=junk), "junk.sqlite3", "tidak dapat dibuka")


def test_usage_error_exit_2():
    assert kinerja("frobnicate").returncode == 2


def test_audit_verify_catches_an_edited_audit_row(tmp_path):
    db = tmp_path / "k.sqlite3"
    kinerja("roster", "import", str(write(tmp_path / "r.csv", ROSTER)), db=db)
    assert kinerja("audit", "verify", db=db).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("update audit_entry set actor = 'orang lain' where id = 2")
    result = kinerja("audit", "verify", db=db)
    assert result.returncode == 1 and "#2" in result.stdout and "diubah" in result.stdout


def test_audit_verify_catches_a_deleted_audit_row(tmp_path):
    db = tmp_path / "k.sqlite3"
    kinerja("roster", "import", str(write(tmp_path / "r.csv", ROSTER)), db=db)
    with sqlite3.connect(db) as conn:
        conn.execute("delete from audit_entry where id = 3")
    result = kinerja("audit", "verify", db=db)
    assert result.returncode == 1 and "#4" in result.stdout and "terputus" in result.stdout


def test_audit_verify_catches_an_edited_final_evaluation(tmp_path, demo_db):
    db = tmp_path / "copy.sqlite3"
    assert kinerja("backup", "-o", str(db), db=demo_db).returncode == 0
    with sqlite3.connect(db) as conn:
        eid = conn.execute("select id from evaluation where status='Final' and predikat!='Sangat Baik' limit 1").fetchone()[0]
        conn.execute("update evaluation set predikat='Sangat Baik' where id=?", (eid,))
    result = kinerja("audit", "verify", db=db)
    assert result.returncode == 1 and f"evaluasi #{eid}" in result.stdout


def test_backup_and_restore(tmp_path):
    db = tmp_path / "k.sqlite3"
    kinerja("roster", "import", str(write(tmp_path / "r.csv", ROSTER)), db=db)
    backup = tmp_path / "cadangan.sqlite3"
    assert kinerja("backup", "-o", str(backup), db=db).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("delete from employee where atasan_id is not null")
    result = kinerja("restore", str(backup), db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(kinerja("info", "--json", db=db).stdout)["employees"] == 4
    assert kinerja("audit", "verify", db=db).returncode == 0
    assert_clean_failure(kinerja("restore", str(write(tmp_path / "bukan.sqlite3", "x")), db=db), "bukan.sqlite3")


def test_unusable_database_locations_are_refused_cleanly(tmp_path):
    blocker = write(tmp_path / "file", "x")  # a file where a folder should be
    assert_clean_failure(kinerja("info", db=blocker / "sub" / "k.sqlite3"), "tidak dapat dibuka")
    assert_clean_failure(kinerja("info", db="foo://bar"), "tidak dikenali")


def test_demo_keeps_the_office_that_init_named(tmp_path):
    db = tmp_path / "kantor.sqlite3"
    assert kinerja("init", "--office-code", "1501", "--office-name", "PEMERINTAH KABUPATEN KERINCI",
                   "--place", "Siulak", db=db).returncode == 0
    result = kinerja("demo", "--employees", "40", db=db)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("select code, name, place, province from office").fetchone() == (
            "1501", "PEMERINTAH KABUPATEN KERINCI", "Siulak", "15")


def test_keys_init_refuses_a_code_of_another_office_or_province(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert kinerja("demo", "--employees", "40", db=db).returncode == 0  # Kabupaten Sukamaju, province 12
    env = {"KINERJA_PASSPHRASE": "frasa-sandi-panjang-1"}
    assert_clean_failure(kinerja("keys", "init", "--office", "1501", db=db, env=env), "provinsi 15", "provinsi 12")
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from sync_key").fetchone() == (0,)
    assert kinerja("keys", "init", "--office", "1201", db=db, env=env).returncode == 0
    assert_clean_failure(kinerja("keys", "init", "--office", "1271", db=db, env=env), "kode 1201, bukan 1271")


def test_demo_progress_line_ends_once_and_a_closed_pipe_ends_quietly(tmp_path):
    db = tmp_path / "demo.sqlite3"
    result = kinerja("demo", "--employees", "40", db=db)
    assert result.returncode == 0
    progress = [line for line in result.stderr.splitlines() if "pegawai" in line]
    assert progress == ["  menyusun SKP dan evaluasi: 40/40 pegawai"]  # not a terminal: the final count, once
    cmd = [sys.executable, "-m", "kinerja_desktop", "--db", str(db), "info"]
    reader = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # like `kinerja info | head -0`: nobody reads
    stderr = reader.stderr.read().decode()
    assert reader.wait(timeout=60) == 0 and stderr == ""
