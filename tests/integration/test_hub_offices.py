"""Issue 16, point 8, end to end: a kabupaten hub and three sub-offices built from empty installs
through files alone. Each plans and evaluates with its own accounts; the hub moves one employee
between two sub-offices mid-year; the hub consolidates and reports to the province, which holds
exactly what each office wrote. Real `kinerja` processes carry every file; the people at the
sub-offices act through the services, as their windows do."""

import json
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

from kinerja_desktop.domain.periods import Period, PeriodKind
from kinerja_desktop.domain.ratings import Rating
from kinerja_desktop.services import accounts
from kinerja_desktop.services.evaluation.rating import finalize_evaluation, set_ratings
from kinerja_desktop.services.evaluation.recording import open_evaluation, record_feedback, record_realisation
from kinerja_desktop.services.skp import add_indicator, add_rhk, approve_skp, submit_skp
from kinerja_desktop.store.migrate import open_database

from .test_hub import dump, kinerja, to_province

OFFICES = {"1201.01": "SMP Negeri 1 Sukamaju", "1201.02": "Puskesmas Sukamaju", "1201.03": "Seksi Program Pembinaan SD"}
TW4 = Period(2026, PeriodKind.TRIWULAN, 4)
MOVED_ON = date(2026, 10, 1)


def one(db: Path, sql: str, *args):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchone()


def head_of(db: Path, unit: str) -> str:
    """The NIP of the unit's head: the one in it whose atasan sits elsewhere."""
    (nip,) = one(db, "select e.nip from employee e join unit u on u.id = e.unit_id left join employee a on "
                     "a.id = e.atasan_id where u.name = ? and (a.id is null or a.unit_id != e.unit_id)", unit)
    return nip


def penilai_at(db: Path, nip: str):
    """The sub-office's own accounts: its first operator adds the head as a penilai, who logs in."""
    office = open_database(str(db))
    accounts.create_first_operator(office, username="operator", password="sandi-operator-1")
    operator = accounts.login(office, username="operator", password="sandi-operator-1")
    accounts.create_user(office, operator, username="kepala", password="sandi-kepala-1", role="penilai", nip=nip)
    return office, accounts.login(office, username="kepala", password="sandi-kepala-1")


def evaluate_one(db: Path, office, actor, *, text: str) -> tuple[str, str]:
    """The head's Q4 evaluation of one of their staff: feedback, both ratings, final. (kind, uuid)."""
    row = one(db, "select v.id, v.uuid from evaluation v join skp k on k.id = v.skp_id where k.penilai_id = ? and "
                  "k.year = 2026 and v.period_kind = 'triwulan' and v.period_number = 4 and v.status = 'Draft' "
                  "order by v.uuid limit 1", actor.employee_id)
    assert row, "the head has a draft Q4 evaluation to finish"
    record_feedback(office, actor, evaluation_id=row[0], text=text, value_number=1)
    set_ratings(office, actor, evaluation_id=row[0], rating_hasil=Rating.SESUAI, rating_perilaku=Rating.DI_ATAS,
                catatan=text)
    finalize_evaluation(office, actor, evaluation_id=row[0])
    return ("evaluation", row[1])


def test_a_hub_and_three_sub_offices_plan_evaluate_move_and_report_to_the_province(tmp_path):
    usb, hub = tmp_path / "usb", tmp_path / "bkpsdm" / "kab.sqlite3"
    usb.mkdir()
    hub.parent.mkdir()
    kinerja("demo", "--employees", "60", "--seed", "3", db=hub)
    kinerja("keys", "init", "--office", "1201", db=hub)
    kinerja("hub", "publish", "-o", usb / "hub.kinerja", db=hub)
    heads = {code: head_of(hub, unit) for code, unit in OFFICES.items()}
    # the employee who moves: a teacher whose 2026 SKP has no evaluation from October on
    (mover,) = one(hub, "select e.nip from employee e join unit u on u.id = e.unit_id join skp k on k.employee_id = "
                        "e.id and k.year = 2026 where u.name = ? and e.nip != ? and not exists (select 1 from "
                        "evaluation v where v.skp_id = k.id and (v.period_number = 4 or v.period_kind = 'tahunan')) "
                        "order by e.nip limit 1", OFFICES["1201.01"], heads["1201.01"])

    # 1. every sub-office: an empty install, its keys, enrolled at the hub, trusts the hub, takes its slice
    sub = {code: tmp_path / code / "kinerja.sqlite3" for code in OFFICES}
    for code, db in sub.items():
        db.parent.mkdir()
        kinerja("keys", "init", "--office", code, db=db)
        kinerja("keys", "public", "-o", usb / f"{code}.pub", db=db)
        kinerja("hub", "enrol", usb / f"{code}.pub", "--office", code, "--unit", OFFICES[code], db=hub)
        kinerja("sync", "trust", usb / "hub.kinerja", db=db)
        sliced = Path(kinerja("hub", "slice", "--office", code, "-o", usb, db=hub).stdout.splitlines()[0])
        assert "Irisan data nomor 1 dari hub 1201 diterapkan" in kinerja("sync", "import", sliced, db=db).stdout

    # 2. each office evaluates with its own accounts, offline
    people = {code: penilai_at(db, heads[code]) for code, db in sub.items()}
    written = {code: {evaluate_one(sub[code], *people[code], text=f"Dinilai di {code}")} for code in OFFICES}

    def as_sent(code: str) -> dict:
        """What the office wrote, as its package carries it (the export signs the QR statements)."""
        here = dump(sub[code])
        return {(k, u): here[k][u] for k, u in written[code]}
    # the school's clerk also edits the mover's development plan: by the time it arrives, the
    # mover's atasan sits elsewhere, so the hub keeps it as a conflict
    (plan,) = one(sub["1201.01"], "select p.uuid from development_plan p join employee e on e.id = p.employee_id "
                                  "where e.nip = ?", mover)
    (old_skp,) = one(sub["1201.01"], "select k.uuid from skp k join employee e on e.id = k.employee_id "
                                     "where e.nip = ? and k.year = 2026", mover)
    with sqlite3.connect(sub["1201.01"]) as conn:
        conn.execute("update development_plan set note = 'Ditulis sekolah sebelum mutasi' where uuid = ?", (plan,))
        # and the school edits the SKP whose segment the hub is about to end: both change it
        conn.execute("update rhk set text = text || ' (direvisi sekolah)' where skp_id = (select id from skp where "
                     "uuid = ?)", (old_skp,))
    early = Path(kinerja("sync", "export", "-o", usb, db=sub["1201.01"]).stdout.strip())
    wrote = {"1201.01": as_sent("1201.01")}

    # 3. the hub moves the teacher to the Seksi on 1 October: two slices, one for each side
    moved = kinerja("hub", "transfer", "--nip", mover, "--to", "1201.03", "--tanggal", MOVED_ON, "-o", usb, db=hub)
    assert "pindah dari 1201.01 ke 1201.03 mulai 2026-10-01" in moved.stdout and "segmen 2" in moved.stdout
    files = [Path(line) for line in moved.stdout.splitlines() if line.endswith(".kinerja")]
    unsent = as_sent("1201.03")  # written at the Seksi, not exported yet
    assert [f.name for f in files] == ["1201.01-irisan-0002.kinerja", "1201.03-irisan-0002.kinerja"]
    for f in files:
        said = kinerja("sync", "import", f, db=sub[f.name[:7]]).stdout
        assert "Pindah: " in said and f"(NIP {mover}) dari 1201.01 ke 1201.03 mulai 2026-10-01" in said
        assert "diubah di sini dan belum diterima hub tetap seperti di sini" in said
    # the school's evaluation is on its way to the hub: the slice, older, leaves it as it is
    assert as_sent("1201.01") == wrote["1201.01"] and as_sent("1201.03") == unsent
    segments = {code: [tuple(r) for r in sqlite3.connect(sub[code]).execute(
        "select k.segment, k.starts_on, k.ends_on, p.nip from skp k join employee e on e.id = k.employee_id join "
        "employee p on p.id = k.penilai_id where e.nip = ? and k.year = 2026 order by k.segment", (mover,))]
        for code in ("1201.01", "1201.03")}
    assert segments["1201.03"] == [(1, None, "2026-09-30", heads["1201.01"]), (2, "2026-10-01", None, heads["1201.03"])]
    # the school keeps the SKP it still evaluates; its own edit is on the way, so it stays as it is
    assert segments["1201.01"] == [(1, None, None, heads["1201.01"])]
    assert one(sub["1201.01"], "select count(*) from attendance a join employee e on e.id = a.employee_id "
                               "where e.nip = ?", mover) == (0,)  # and lets go of what is no longer its own

    # 4. the new penilai plans the second segment and evaluates its quarter
    office, intan = people["1201.03"]
    (skp_id,) = one(sub["1201.03"], "select k.id from skp k join employee e on e.id = k.employee_id where e.nip = ? "
                                    "and k.segment = 2", mover)
    (parent,) = one(sub["1201.03"], "select r.id from rhk r join skp k on k.id = r.skp_id where k.employee_id = ? "
                                    "and k.year = 2026 order by r.id limit 1", intan.employee_id)
    rhk = add_rhk(office, intan, skp_id=skp_id, text="Program pembinaan SD triwulan IV tersusun", parent_rhk_id=parent)
    indicator = add_indicator(office, intan, rhk_id=rhk.id, text="Dokumen program", aspek="Kuantitas",
                              target_min=2, target_max=2, satuan="dokumen")
    submit_skp(office, intan, skp_id=skp_id)
    approve_skp(office, intan, skp_id=skp_id)
    evaluation = open_evaluation(office, intan, skp_id=skp_id, period=TW4)
    record_realisation(office, intan, evaluation_id=evaluation.id, indicator_id=indicator.id, value=2)
    set_ratings(office, intan, evaluation_id=evaluation.id, rating_hasil=Rating.SESUAI,
                rating_perilaku=Rating.SESUAI, catatan="Segmen kedua dinilai di Seksi")
    finalize_evaluation(office, intan, evaluation_id=evaluation.id)
    (skp_uuid,) = one(sub["1201.03"], "select uuid from skp where id = ?", skp_id)
    written["1201.03"] |= {("skp", skp_uuid), ("evaluation", evaluation.uuid)}

    # 5. packages up; the hub applies what each owns; receipts back
    packages = [early] + [Path(kinerja("sync", "export", "-o", usb, db=sub[c]).stdout.strip())
                          for c in ("1201.02", "1201.03")]
    wrote |= {c: as_sent(c) for c in ("1201.02", "1201.03")}
    # the Seksi prints the second segment's evaluation for signature, offline, with its own letterhead
    printed = tmp_path / "evaluasi.pdf"
    kinerja("print", "evaluasi", "--nip", mover, "--year", "2026", "--period", "TW4", "--segmen", "2", "-o", printed,
            db=sub["1201.03"])
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(printed), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    (mover_name, intan_name) = (one(sub["1201.03"], "select nama from employee where nip = ?", n)[0]
                                for n in (mover, heads["1201.03"]))
    assert mover_name in text and intan_name in text and "Program pembinaan SD triwulan" in text
    applied = kinerja("sync", "import", *packages, "--receipt-out", usb, db=hub).stdout
    assert "Paket 1201.01 nomor 1 diterapkan" in applied and "2 bentrok" in applied
    found = json.loads(kinerja("hub", "conflicts", "--json", db=hub).stdout)
    assert sorted((c["office"], c["kind"], c["uuid"], c["reason"].split(",")[0]) for c in found) == [
        ("1201.01", "development_plan", plan, "ditulis oleh 1201.01"),  # the mover's atasan sits elsewhere now
        ("1201.01", "skp", old_skp, "diubah di hub sejak 1201.01 menerimanya")]  # the segment the hub ended
    for code in ("1201.01", "1201.02", "1201.03"):
        kinerja("sync", "import", usb / f"{code}-000001.tanda-terima.kinerja", db=sub[code])
    status = {r["office"]: r for r in json.loads(kinerja("hub", "status", "--json", db=hub).stdout)}
    assert {c: (r["last_sequence"], r["slices"], r["conflicts"]) for c, r in status.items()} == {
        "1201.01": (1, 2, 2), "1201.02": (1, 1, 0), "1201.03": (1, 2, 0)}

    # the school's next slice lets go of its stale copy too: the hub decides the conflict
    again = Path(kinerja("hub", "slice", "--office", "1201.01", "-o", usb, db=hub).stdout.splitlines()[0])
    kinerja("sync", "import", again, db=sub["1201.01"])
    assert one(sub["1201.01"], "select count(*) from development_plan where uuid = ?", plan) == (0,)
    assert one(sub["1201.01"], "select ends_on from skp where uuid = ?", old_skp) == ("2026-09-30",)

    # 6. the hub reports to the province as one district
    province = to_province(hub, tmp_path / "provinsi", usb)

    with sqlite3.connect(province) as conn:
        held = {(k, u): json.loads(d) for k, u, d in conn.execute("select kind, uuid, data from prov_record")}
        assert {o for (o,) in conn.execute("select distinct office from prov_record")} == {"1201"}
    for code in OFFICES:  # every record each office wrote, as it wrote it
        for (kind, uid), data in wrote[code].items():
            assert held[(kind, uid)] == data, (code, kind, uid)
            assert kind != "evaluation" or (data["status"], data["catatan"][:6]) in {("Final", "Dinila"),
                                                                                     ("Final", "Segmen")}
    at_hub = dump(hub)
    assert held[("development_plan", plan)] == at_hub["development_plan"][plan]
    assert held[("development_plan", plan)]["note"] != "Ditulis sekolah sebelum mutasi"
    moved_uuid = next(u for (k, u), d in held.items() if k == "employee" and d["nip"] == mover)
    assert held[("employee", moved_uuid)]["unit"] == next(u for u, d in at_hub["unit"].items()
                                                          if d["name"] == OFFICES["1201.03"])
    bounds = sorted((d["segment"], d.get("starts_on"), d.get("ends_on")) for (k, _), d in held.items()
                    if k == "skp" and d["employee"] == moved_uuid and d["year"] == 2026)
    assert bounds == [(1, None, "2026-09-30"), (2, "2026-10-01", None)]
    assert held == {(k, u): at_hub[k][u] for k, u in held}  # the province holds the hub's records, all
