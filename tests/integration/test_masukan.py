"""Masukan from the command line: questionnaires with one-use codes, answers typed back all or
nothing, and a summary that keeps the respondents anonymous."""

import csv
import json
import sqlite3
import subprocess

from .conftest import GURU, KABID, KADIS, STAF, write
from .test_cli import assert_clean_failure, kinerja

HEADER = "KODE;BERORIENTASI PELAYANAN;AKUNTABEL;KOMPETEN;HARMONIS;LOYAL;ADAPTIF;KOLABORATIF;KOMENTAR"


def codes(folder) -> list[dict]:
    with open(folder / "kode.csv", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f, delimiter=";"))


def test_forms_codes_answers_and_an_anonymous_summary(staffed, db_path, tmp_path):
    peers = kinerja("masukan", "formulir", "--year", "2026", "--nip", GURU, "--kind", "rekan", "-o",
                    str(tmp_path / "rekan"), db=db_path)
    assert peers.returncode == 0, peers.stderr
    proposed = codes(tmp_path / "rekan")
    assert len(proposed) == 1 and proposed[0]["NIP"] == GURU  # the Guru's one peer under the same Kabid
    assert proposed[0]["JENIS"] == "rekan" and proposed[0]["PERIODE"] == "2026 TAHUNAN"
    done = kinerja("masukan", "formulir", "--year", "2026", "--nip", GURU, "--kind", "masyarakat", "--count", "4",
                   "-o", str(tmp_path / "publik"), db=db_path)
    assert done.returncode == 0 and "4 kuesioner" in done.stdout
    pdf = next((tmp_path / "publik").glob("kuesioner-masyarakat-2026.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    first = codes(tmp_path / "publik")[0]["KODE"]
    assert len(pages) == 4 and "MASUKAN MASYARAKAT PENGGUNA LAYANAN" in pages[0] and "Budi Santoso" in pages[0]
    assert f"{first[:4]}-{first[4:]}" in pages[0] and "Selalu" in pages[0] and "Berorientasi Pelayanan" in pages[0]
    public = [c["KODE"] for c in codes(tmp_path / "publik")]
    two = write(tmp_path / "dua.csv", "\n".join([HEADER, f"{public[0]};4;4;4;4;4;4;4;Ramah sekali",
                                                 f"{public[1].lower()};3;3;3;3;3;3;3;"]) + "\n")
    assert kinerja("masukan", "impor", str(two), db=db_path).returncode == 0
    hidden = json.loads(kinerja("masukan", "ringkasan", "--nip", GURU, "--year", "2026", "--json", db=db_path).stdout)
    assert hidden["masyarakat"] == {"responden": 2, "disembunyikan": True}  # under three: only how many
    assert "Ramah sekali" not in json.dumps(hidden)
    third = write(tmp_path / "tiga.csv", "\n".join([HEADER, f"{public[2][:4]}-{public[2][4:]};2;2;2;2;2;2;2;Lambat"]))
    assert kinerja("masukan", "impor", str(third), db=db_path).returncode == 0
    shown = json.loads(kinerja("masukan", "ringkasan", "--nip", GURU, "--year", "2026", "--json", db=db_path).stdout)
    assert shown["masyarakat"]["responden"] == 3 and shown["masyarakat"]["rata_rata"]["Akuntabel"] == 3.0
    assert sorted(shown["masyarakat"]["komentar"]) == ["Lambat", "Ramah sekali"]
    with sqlite3.connect(db_path) as raw:  # masukan never moves a rating
        assert raw.execute("SELECT count(*) FROM evaluation").fetchone() == (0,)


def test_a_bad_answer_sheet_is_refused_by_row_and_nothing_is_written(staffed, db_path, tmp_path):
    assert kinerja("masukan", "formulir", "--year", "2026", "--nip", KABID, "--kind", "bawahan", "-o",
                   str(tmp_path / "f"), db=db_path).returncode == 0
    good = [c["KODE"] for c in codes(tmp_path / "f")]
    assert len(good) == 2  # the Guru and the Staf report to the Kabid
    sheet = write(tmp_path / "salah.csv", "\n".join([
        HEADER, f"{good[0]};4;4;4;4;4;4;4;", f"{good[0]};4;4;4;4;4;4;4;", "ZZZZ-ZZZZ;4;4;4;4;4;4;4;",
        f"{good[1]};5;4;4;4;4;4;;"]) + "\n")
    refused = kinerja("masukan", "impor", str(sheet), db=db_path)
    assert_clean_failure(refused, "salah.csv", "tidak ada jawaban yang disimpan", "baris 5, kolom BERORIENTASI PELAYANAN: '5' bukan 1-4",
                         "baris 5, kolom KOLABORATIF: kosong")
    sheet2 = write(tmp_path / "kode.csv", "\n".join([HEADER, f"{good[0]};4;4;4;4;4;4;4;", f"{good[0]};4;4;4;4;4;4;4;",
                                                     "ZZZZ-ZZZZ;4;4;4;4;4;4;4;"]) + "\n")
    assert_clean_failure(kinerja("masukan", "impor", str(sheet2), db=db_path), "baris 3, kolom KODE: kode",
                         "juga ada di baris 2", "baris 4, kolom KODE: 'ZZZZ-ZZZZ' bukan kode kuesioner")
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM masukan_response").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM masukan_code WHERE used_at IS NOT NULL").fetchone() == (0,)
    once = write(tmp_path / "sekali.csv", "\n".join([HEADER, f"{good[0]};4;4;4;4;4;4;4;"]) + "\n")
    assert kinerja("masukan", "impor", str(once), db=db_path).returncode == 0
    assert_clean_failure(kinerja("masukan", "impor", str(once), db=db_path), "sudah dipakai")
    assert_clean_failure(kinerja("masukan", "formulir", "--year", "2026", "--nip", STAF, "--kind", "bawahan", "-o",
                                 str(tmp_path / "g"), db=db_path), "--count")


def test_hasil_penilaian_saya_explains_the_result_and_keeps_respondents_anonymous(tmp_path):
    """A new kind of the printing table: one entry, one builder, printed like the others."""
    db = tmp_path / "demo.sqlite3"
    assert kinerja("demo", "--employees", "60", "--seed", "2", db=db).returncode == 0
    with sqlite3.connect(db) as raw:
        nip, = raw.execute("SELECT m.nip FROM evaluation e JOIN skp s ON s.id = e.skp_id JOIN employee m "
                           "ON m.id = s.employee_id WHERE e.period_kind = 'tahunan' AND e.status = 'Final' "
                           "AND e.predikat = 'Baik' LIMIT 1").fetchone()
    assert kinerja("masukan", "formulir", "--year", "2025", "--nip", nip, "--kind", "masyarakat", "--count", "2",
                   "-o", str(tmp_path / "f"), db=db).returncode == 0
    sheet = write(tmp_path / "j.csv", "\n".join([HEADER] + [f"{c['KODE']};4;4;4;4;4;4;4;Rahasia {n}"
                                                            for n, c in enumerate(codes(tmp_path / "f"))]) + "\n")
    assert kinerja("masukan", "impor", str(sheet), db=db).returncode == 0
    out = tmp_path / "hasil.pdf"
    done = kinerja("print", "hasil-saya", "--nip", nip, "--year", "2025", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    for expected in ("HASIL PENILAIAN KINERJA SAYA", "bertemu pada predikat Baik", "UMPAN BALIK PEJABAT PENILAI",
                     "Masukan masyarakat pengguna layanan: 2 responden: belum ditampilkan", "20 JP", "keberatan"):
        assert expected in text, expected
    assert "Rahasia" not in text


def test_ringkasan_masukan_page_hides_small_groups(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert kinerja("demo", "--employees", "60", "--seed", "2", db=db).returncode == 0
    with sqlite3.connect(db) as raw:  # the demo filled last year's questionnaires
        nip, = raw.execute("SELECT e.nip FROM employee e JOIN masukan_response r ON r.employee_id = e.id "
                           "WHERE r.kind = 'rekan' GROUP BY e.id HAVING count(*) >= 3 LIMIT 1").fetchone()
        hidden_comment = raw.execute("SELECT komentar FROM masukan_response r JOIN employee e ON e.id = r.employee_id "
                                     "WHERE e.nip = ? AND r.kind = 'rekan' AND komentar != ''", (nip,)).fetchall()
    out = tmp_path / "ringkasan.pdf"
    assert kinerja("print", "ringkasan-masukan", "--nip", nip, "--year", "2025", "-o", str(out), db=db).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "RINGKASAN MASUKAN" in text and "Masukan rekan kerja" in text and "Penilaian diri" in text
    assert all(c in text for (c,) in hidden_comment)  # three or more: the comments are shown, without author
    # the Evaluasi Kinerja can carry the same page at its end, turned like it, numbered with it
    both = tmp_path / "evaluasi-masukan.pdf"
    assert kinerja("print", "evaluasi-masukan", "--nip", nip, "--year", "2025", "-o", str(both), db=db).returncode == 0
    pages = subprocess.run(["pdftotext", "-layout", str(both), "-"], capture_output=True, text=True).stdout.split("\f")[:-1]
    assert "EVALUASI KINERJA PEGAWAI" in pages[0] and "RINGKASAN MASUKAN" in pages[-1]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert all(c in pages[-1] for (c,) in hidden_comment)


def test_an_office_may_raise_the_anonymity_threshold_never_lower_it(staffed, operator, db_path, tmp_path):
    import pytest

    from kinerja_desktop.errors import UserError
    from kinerja_desktop.services import masukan
    from kinerja_desktop.services.office import update_office

    forms = masukan.create_forms(staffed, operator, year=2026, kind="masyarakat", nip=GURU, count=4)
    for form in forms[:3]:
        masukan.record_answer(staffed, operator, code=form.code, values=(3,) * 7)
    assert not masukan.summary(staffed, operator, nip=GURU, year=2026)[masukan.Kind.MASYARAKAT].hidden
    update_office(staffed, operator, masukan_min="5")
    assert masukan.summary(staffed, operator, nip=GURU, year=2026)[masukan.Kind.MASYARAKAT].hidden
    with pytest.raises(UserError, match="sedikitnya 3"):
        update_office(staffed, operator, masukan_min="2")


def test_masukan_and_survey_answers_reach_the_province_without_their_codes(world):
    """They travel like other records: the province counts them; the questionnaire code, which the
    office alone hands out, stays at home."""
    import json as _json

    from sqlalchemy import func, select

    from kinerja_desktop.store.models import MasukanResponse, ProvRecord, SkmResponse

    world.import_(world.export())
    with world.district.read() as s:
        answers = s.scalar(select(func.count()).select_from(MasukanResponse))
        surveys = s.scalar(select(func.count()).select_from(SkmResponse))
    with world.province.read() as s:
        held = dict(s.execute(select(ProvRecord.kind, func.count()).group_by(ProvRecord.kind)).all())
        one = _json.loads(s.scalar(select(ProvRecord.data).where(ProvRecord.kind == "masukan").limit(1)))
    assert answers and held["masukan"] == answers and held.get("skm", 0) == surveys
    assert "code_id" not in one and {"employee", "kind", "v1", "v7", "year"} <= set(one)


def test_desk_cards_keep_their_codes_until_renewed_and_only_the_unit_s_kiosk_takes_them(staffed, db, operator,
                                                                                        db_path, tmp_path):
    import pytest

    from kinerja_desktop.errors import NotAllowed, UserError
    from kinerja_desktop.services import desk
    from kinerja_desktop.store.models import MasukanResponse, Unit
    from sqlalchemy import func, select

    from .conftest import penilai_actor

    done = kinerja("masukan", "meja", "--unit", "Bidang Pembinaan SD", "-o", str(tmp_path / "meja.pdf"), db=db_path)
    assert done.returncode == 0 and "3 kartu" in done.stdout, done.stderr
    with sqlite3.connect(db_path) as raw:
        first = dict(raw.execute("SELECT e.nip, d.code FROM masukan_desk d JOIN employee e ON e.id = d.employee_id"))
    assert set(first) == {KABID, GURU, STAF} and all(len(c) == 6 and c.isdigit() for c in first.values())
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "meja.pdf"), "-"], capture_output=True,
                                   text=True).stdout.split())
    assert f"{first[GURU][:3]} {first[GURU][3:]}" in text and "Budi Santoso" in text and "NILAI PELAYANAN SAYA" in text
    again = desk.desk_cards(db, operator, nip=GURU)  # printed again: the same code, the card on the desk still works
    assert [c.code for c in again] == [first[GURU]]
    with db.read() as s:
        bidang = s.scalar(select(Unit.id).where(Unit.name == "Bidang Pembinaan SD"))
        dinas = s.scalar(select(Unit.id).where(Unit.name == "Dinas Pendidikan"))
    for _ in range(2):  # reused by every visitor
        desk.record_desk_answer(db, operator, unit_id=dinas, code=first[GURU], year=2026, values=(3,) * 7)
    renewed = desk.desk_cards(db, operator, nip=GURU, renew=True)[0].code
    assert renewed != first[GURU]
    with pytest.raises(NotAllowed, match="tidak dikenal di unit layanan ini"):
        desk.desk_officer(db, operator, unit_id=bidang, code=first[GURU])  # the old card stops working
    assert desk.desk_officer(db, operator, unit_id=bidang, code=renewed).nip == GURU
    kadis = desk.desk_cards(db, operator, nip=KADIS)[0].code  # the Kadis sits above the bidang, not in it
    for wrong, error in ((kadis, NotAllowed), ("12345", UserError), ("0123456", UserError), ("١٢٣٤٥٦", UserError)):
        with pytest.raises(error):
            desk.record_desk_answer(db, operator, unit_id=bidang, code=wrong, year=2026, values=(3,) * 7)
    with pytest.raises(UserError, match="ketujuh nilai"):
        desk.record_desk_answer(db, operator, unit_id=bidang, code=renewed, year=2026, values=(5,) * 7)
    with pytest.raises(NotAllowed, match="operator"):
        desk.desk_cards(db, penilai_actor(db, KABID), nip=GURU)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MasukanResponse)) == 2
    refused = kinerja("masukan", "meja", "--unit", "Dinas Tidak Ada", "-o", str(tmp_path / "x.pdf"), db=db_path)
    assert_clean_failure(refused)
    assert not (tmp_path / "x.pdf").exists()
