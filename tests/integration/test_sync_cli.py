"""The whole exchange through the `kinerja` command, as the two offices would run it, and the
province's reference data coming back."""

import json

import pytest
from sqlalchemy import select

from kinerja_desktop.cli import main
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.store.models import AuditEntry, Employee, OrgPerformance, Unit

PASS = "frasa-sandi-uji"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def offices(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASS)
    dist, prov, usb = tmp_path / "kab" / "kab.sqlite3", tmp_path / "bkd" / "prov.sqlite3", tmp_path / "usb"
    dist.parent.mkdir(), prov.parent.mkdir(), usb.mkdir()
    assert run(capsys, "--db", dist, "demo", "--employees", 30)[0] == 0
    assert run(capsys, "--db", dist, "keys", "init", "--office", "1201")[0] == 0
    assert run(capsys, "--db", dist, "keys", "public", "-o", usb / "1201.pub")[0] == 0
    code, out, _ = run(capsys, "--db", prov, "province", "init", "--province", "12", "--name", "Provinsi Uji")
    assert code == 0 and "Sidik jari" in out
    assert run(capsys, "--db", prov, "province", "publish", "-o", usb / "provinsi.kinerja")[0] == 0
    code, out, _ = run(capsys, "--db", dist, "sync", "trust", usb / "provinsi.kinerja")
    assert code == 0 and "Sidik jari" in out
    code, out, _ = run(capsys, "--db", prov, "province", "enrol", usb / "1201.pub", "--office", "1201")
    assert code == 0 and "Sidik jari" in out
    return dist, prov, usb


def test_exchange_through_the_command_line(offices, capsys):
    dist, prov, usb = offices
    code, out, err = run(capsys, "--db", dist, "sync", "export", "-o", usb)
    package = usb / "1201-000001.kinerja"
    assert code == 0 and out.strip() == str(package) and "aman untuk mencabut" in err
    assert run(capsys, "--db", prov, "sync", "verify", package)[0] == 0
    code, out, _ = run(capsys, "--db", prov, "sync", "import", package, "--receipt-out", usb)
    assert code == 0 and "diterapkan" in out
    receipt = usb / "1201-000001.tanda-terima.kinerja"
    assert receipt.exists()
    assert run(capsys, "--db", dist, "sync", "verify", receipt)[0] == 0
    code, out, _ = run(capsys, "--db", dist, "sync", "import", receipt)
    assert code == 0 and "tersinkron" in out
    code, out, _ = run(capsys, "--db", dist, "sync", "outbox")
    assert "Diterima" in out
    code, out, _ = run(capsys, "--db", prov, "info", "--json")
    consolidated = json.loads(out)
    local = json.loads(run(capsys, "--db", dist, "info", "--json")[1])
    assert consolidated["mode"] == "provinsi" and consolidated["districts"] == 1
    for key in ("employees", "skps", "evaluations", "evaluations_final", "units", "rhk"):
        assert consolidated[key] == local[key], key
    code, out, _ = run(capsys, "--db", prov, "province", "status", "--json")
    status = json.loads(out)[0]
    assert (status["office"], status["last_sequence"], status["held"], status["days_since_last"]) == ("1201", 1, [], 0)


def test_reference_data_comes_back_and_is_applied(offices, capsys, tmp_path):
    dist, prov, usb = offices
    run(capsys, "--db", dist, "sync", "export", "-o", usb)
    run(capsys, "--db", prov, "sync", "import", usb / "1201-000001.kinerja")
    db = open_database(str(dist))
    with db.read() as s:
        emp = s.scalars(select(Employee).order_by(Employee.id)).first()
        unit = s.scalars(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.id)).first()
        nip, unit_name = emp.nip, unit.name
    roster = tmp_path / "koreksi.csv"
    roster.write_text(f"nip;golongan;jabatan\n{nip};IV/e;Jabatan Hasil Koreksi\n", encoding="utf-8")
    org = tmp_path / "predikat.csv"
    org.write_text(f"unit,tahun,periode,predikat\n{unit_name},2026,TAHUNAN,Istimewa\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", prov, "province", "reference", "--office", "1201", "--roster", roster,
                         "--org-predikat", org, "-o", usb)
    assert code == 0, err
    ref = usb / "1201-referensi-0001.kinerja"
    code, out, err = run(capsys, "--db", dist, "sync", "import", ref)
    assert code == 0 and "2 perubahan" in out, err
    with db.read() as s:
        emp = s.scalar(select(Employee).where(Employee.nip == nip))
        assert (emp.golongan, emp.jabatan) == ("IV/e", "Jabatan Hasil Koreksi")
        assert s.scalar(select(OrgPerformance.predikat).where(OrgPerformance.unit_id == unit.id,
                                                              OrgPerformance.year == 2026,
                                                              OrgPerformance.period_kind == "tahunan"))
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "employee.correct")) is not None
    code, out, _ = run(capsys, "--db", dist, "sync", "import", ref)
    assert code == 0 and "sebelumnya" in out  # twice: nothing changes
    # The corrections travel back in the next package as new versions of those records.
    run(capsys, "--db", dist, "sync", "export", "-o", usb)
    code, out, _ = run(capsys, "--db", prov, "sync", "import", usb / "1201-000002.kinerja")
    assert "2 diperbarui" in out or "1 baru" in out
    db.close()


def test_bad_reference_csv_names_the_row(offices, capsys, tmp_path):
    dist, prov, usb = offices
    run(capsys, "--db", dist, "sync", "export", "-o", usb)
    run(capsys, "--db", prov, "sync", "import", usb / "1201-000001.kinerja")
    roster = tmp_path / "koreksi.csv"
    roster.write_text("nip;golongan\n12345;III/a\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", prov, "province", "reference", "--office", "1201", "--roster", roster, "-o", usb)
    assert code == 1 and "baris 2" in err and "nip" in err


def test_wrong_passphrase_on_the_command_line(offices, capsys, monkeypatch):
    dist, prov, usb = offices
    monkeypatch.setenv("KINERJA_PASSPHRASE", "bukan-yang-benar")
    code, _, err = run(capsys, "--db", dist, "sync", "export", "-o", usb)
    assert code == 1 and "Frasa sandi salah" in err and "Traceback" not in err
    assert list(usb.glob("*.kinerja")) == [usb / "provinsi.kinerja"]
