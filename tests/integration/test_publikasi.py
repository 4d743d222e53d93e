"""Publikasi: counts only, small counts hidden so no person can be picked out, signed files the
standard minisign tool checks."""

import subprocess

from kinerja_desktop.services.publikasi import HIDDEN, SECONDARY, _hide

from .test_cli import assert_clean_failure, kinerja

PASS = {"KINERJA_PASSPHRASE": "frasa-sandi-publik-1"}


def test_small_counts_are_hidden_and_cannot_be_recovered_from_the_total():
    assert _hide({"final": 35, "a": 3, "b": 20, "c": 12}) == {"final": "35", "a": HIDDEN, "b": "20", "c": SECONDARY}
    assert _hide({"final": 35, "a": 3, "b": 28, "c": 4}) == {"final": "35", "a": HIDDEN, "b": "28", "c": HIDDEN}
    assert _hide({"final": 30, "a": 0, "b": 30}) == {"final": "30", "a": "0", "b": "30"}


def test_publication_files_are_signed_and_name_no_one(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert kinerja("demo", "--employees", "120", "--seed", "4", db=db).returncode == 0
    assert_clean_failure(kinerja("publikasi", "--year", "2025", "-o", str(tmp_path / "p"), db=db, env=PASS),
                         "belum punya kunci")
    assert kinerja("keys", "init", "--office", "1204", db=db, env=PASS).returncode == 0
    done = kinerja("publikasi", "--year", "2025", "-o", str(tmp_path / "p"), db=db, env=PASS)
    assert done.returncode == 0, done.stderr
    assert kinerja("keys", "public", "-o", str(tmp_path / "office.pub"), db=db).returncode == 0
    for name in ("publikasi.csv", "publikasi.pdf", "publikasi.html"):
        check = subprocess.run(["minisign", "-V", "-p", str(tmp_path / "office.pub"), "-m", str(tmp_path / "p" / name)],
                               capture_output=True, text=True)
        assert check.returncode == 0 and "verified" in check.stdout, (name, check.stdout + check.stderr)
    csv_text = (tmp_path / "p" / "publikasi.csv").read_text(encoding="utf-8-sig")
    html = (tmp_path / "p" / "publikasi.html").read_text(encoding="utf-8")
    assert "Lainnya" in csv_text  # the 120-staff demo has perangkat daerah under ten staff
    assert "<script" not in html and "http" not in html.split("<body>")[1].split("minisign")[0]
    import sqlite3

    with sqlite3.connect(db) as raw:
        names = [n for (n,) in raw.execute("SELECT nama FROM employee")]
        nips = [n for (n,) in raw.execute("SELECT nip FROM employee")]
    for text in (csv_text, html):
        assert not any(n in text for n in names) and not any(n in text for n in nips)
    rows = [line.split(";") for line in csv_text.splitlines()[1:] if line and ";" in line]
    for row in rows:
        for cell in row[2:3] + row[4:9]:
            assert cell in (HIDDEN, SECONDARY) or cell == "0" or int(cell) >= 5, row
    tampered = tmp_path / "p" / "publikasi.csv"
    tampered.write_bytes(tampered.read_bytes().replace(b"Baik", b"Buruk", 1))
    assert subprocess.run(["minisign", "-V", "-p", str(tmp_path / "office.pub"), "-m", str(tampered)],
                          capture_output=True).returncode != 0
