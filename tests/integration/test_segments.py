"""A move mid-year: the Guru leaves the Kabid's bidang for the Kadis's office on 1 July. The
first segment keeps its penilai and its evaluations; the second has its own plan, penilai and
evaluations; the annual result is set on the last segment with a combined suggestion; every list
counts the segment in force; the SKP prints each segment; the province receives both."""

import subprocess

import pytest

from kinerja_desktop.domain.periods import parse_period
from kinerja_desktop.domain.ratings import Rating, predikat_pegawai
from kinerja_desktop.errors import NotAllowed
from kinerja_desktop.services import evaluation as ev
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services.employees import list_employees
from kinerja_desktop.services.follow_up.compliance import compliance
from kinerja_desktop.services.printing import document_pdf
from kinerja_desktop.services.rekap import rekap
from kinerja_desktop.services.skp.segments import combined_result, segments_of

from .conftest import GURU, KABID, KADIS, ROSTER, STAF, penilai_actor, write
from .test_cli import assert_clean_failure, kinerja
from .test_cycle import YEAR, approved_skp


def _rate(db, actor, skp_id, employee_id, code, hasil, perilaku, segment=None):
    period = parse_period(code, YEAR)
    evaluation = ev.open_evaluation(db, actor, skp_id=skp_id, period=period)
    detail = ev.evaluation_detail(db, actor, employee_id=employee_id, period=period, segment=segment)
    for rhk in detail.skp.rhk:
        for indicator in rhk.indicators:
            ev.record_realisation(db, actor, evaluation_id=evaluation.id, indicator_id=indicator.id, value=12)
    ev.set_ratings(db, actor, evaluation_id=evaluation.id, rating_hasil=hasil, rating_perilaku=perilaku)
    return ev.finalize_evaluation(db, actor, evaluation_id=evaluation.id)


def test_a_move_mid_year_splits_the_year_into_two_evaluated_segments(staffed, operator, db_path, tmp_path):
    db = staffed
    _kadis, kadis_rhk = approved_skp(db, operator, KADIS, jpt=True)
    _kabid, kabid_rhk = approved_skp(db, operator, KABID, kadis_rhk.id)
    first, _ = approved_skp(db, operator, GURU, kabid_rhk.id)
    kabid = penilai_actor(db, KABID)
    for code in ("TW1", "TW2"):
        _rate(db, kabid, first.id, first.employee_id, code, "Di Atas Ekspektasi", "Sesuai Ekspektasi")
    # the Guru moves: the roster now puts them under the Kadis, and the BKPSDM records the move
    moved = ROSTER.replace(f"{GURU};Budi Santoso;;S.Pd.;III/b;Guru Ahli Pertama;Fungsional;"
                           f"Dinas Pendidikan > Bidang Pembinaan SD;{KABID}",
                           f"{GURU};Budi Santoso;;S.Pd.;III/b;Guru Ahli Muda;Fungsional;Dinas Pendidikan;{KADIS}")
    assert moved != ROSTER
    assert kinerja("roster", "import", str(write(tmp_path / "pindah.csv", moved)), db=db_path).returncode == 0
    assert_clean_failure(kinerja("skp", "segmen", "--nip", GURU, "--year", str(YEAR), "--mulai", f"{YEAR}-04-01",
                                 db=db_path), "TRIWULAN II")  # already rated by the old penilai
    done = kinerja("skp", "segmen", "--nip", GURU, "--year", str(YEAR), "--mulai", f"{YEAR}-07-01", db=db_path)
    assert done.returncode == 0 and "Segmen 2" in done.stdout, done.stderr
    assert_clean_failure(kinerja("skp", "segmen", "--nip", GURU, "--year", str(YEAR), "--mulai", f"{YEAR}-03-01",
                                 db=db_path), "berurutan")
    segments = segments_of(db, operator, employee_id=first.employee_id, year=YEAR)
    assert [(g.number, g.starts_on.isoformat(), g.ends_on.isoformat(), g.months) for g in segments] == [
        (1, f"{YEAR}-01-01", f"{YEAR}-06-30", 6), (2, f"{YEAR}-07-01", f"{YEAR}-12-31", 6)]
    assert segments[1].penilai.startswith("Drs. Ahmad Yani") and segments[1].jabatan == "Guru Ahli Muda"
    second = skp_service.skp_detail(db, operator, employee_id=first.employee_id, year=YEAR)
    assert second.skp.segment == 2 and second.skp.status == "Draft" and not second.rhk
    kadis = penilai_actor(db, KADIS)
    rhk = skp_service.add_rhk(db, kadis, skp_id=second.skp.id, text="Terlaksananya pembelajaran kelas rangkap",
                              parent_rhk_id=kadis_rhk.id)
    for aspek in ("Kuantitas", "Kualitas"):
        skp_service.add_indicator(db, kadis, rhk_id=rhk.id, text=f"{aspek} pembelajaran", aspek=aspek, target_min=12,
                                  satuan="laporan")
    skp_service.submit_skp(db, operator, skp_id=second.skp.id)
    skp_service.approve_skp(db, kadis, skp_id=second.skp.id)
    # the first segment's penilai still sees and rates what was theirs; not the months after the move
    assert ev.evaluation_detail(db, kabid, employee_id=first.employee_id, period=parse_period("TW2", YEAR),
                                segment=1).evaluation.status == "Final"
    assert [g.number for g in segments_of(db, kabid, employee_id=first.employee_id, year=YEAR)] == [1, 2]
    assert GURU in [r.nip for r in list_employees(db, kabid, year=YEAR)]  # still on the Kabid's list this year
    with pytest.raises(NotAllowed):  # a penilai who never rated this person sees nothing of it
        segments_of(db, penilai_actor(db, STAF), employee_id=first.employee_id, year=YEAR)
    with pytest.raises(NotAllowed, match="di luar masa segmen"):
        ev.open_evaluation(db, kabid, skp_id=first.id, period=parse_period("TW3", YEAR))
    with pytest.raises(NotAllowed, match="segmen terakhir"):
        ev.open_evaluation(db, operator, skp_id=first.id, period=parse_period(None, YEAR))
    for code in ("TW3", "TW4"):
        _rate(db, kadis, second.skp.id, first.employee_id, code, "Sesuai Ekspektasi", "Sesuai Ekspektasi")
    combined = combined_result(db, operator, employee_id=first.employee_id, year=YEAR)
    assert [(p.segment.number, p.period, p.predikat) for p in combined.parts] == [
        (1, "TW2", predikat_pegawai(Rating.DI_ATAS, Rating.SESUAI).value), (2, "TW4", "Baik")]
    assert (combined.rating_hasil, combined.rating_perilaku) == ("Di Atas Ekspektasi", "Sesuai Ekspektasi")  # 6 + 6 months: a tie goes up
    annual = _rate(db, kadis, second.skp.id, first.employee_id, None, combined.rating_hasil, combined.rating_perilaku)
    assert annual.predikat == combined.predikat
    # every list counts the segment in force: the Kabid's in TW2, the Kadis's from TW3
    assert next(r for r in list_employees(db, operator, year=YEAR) if r.nip == GURU).skp_status == "Disetujui"
    from kinerja_desktop.services.follow_up.results import people_in, results_in

    with db.read() as s:
        guru = [p for p in people_in(s, operator, None) if p.nip == GURU]
        penilai_of = {code: results_in(s, guru, parse_period(code, YEAR))[guru[0].id].penilai.get("nip")
                      for code in ("TW2", "TW3", None)}
    assert penilai_of == {"TW2": KABID, "TW3": KADIS, None: KADIS}
    for code in ("TW2", "TW3"):
        result = compliance(db, operator, year=YEAR, period=code)
        assert all(GURU not in [p.nip for p in people] for t in result.units for people in t.missing.values())
        assert sum(r.final for r in rekap(db, operator, period=parse_period(code, YEAR))) == 1  # the Guru, once
    # the SKP prints each segment, each with its own dates and penilai
    pdf = tmp_path / "skp.pdf"
    pdf.write_bytes(document_pdf(db, operator, doc="skp", nip=GURU, year=YEAR))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert text.count("SASARAN KINERJA PEGAWAI") == 2 and text.count("Halaman 1 dari") == 2  # each on its own pages
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")
    starts = [n for n, page in enumerate(pages) if "SASARAN KINERJA PEGAWAI" in page]
    assert all("Halaman 1 dari" in pages[n] for n in starts)
    assert f"1 JANUARI SD 30 JUNI {YEAR}" in text and f"1 JULI SD 31 DESEMBER {YEAR}" in text
    assert "Sri Wahyuni" in text and "Ahmad Yani" in text
    early = tmp_path / "tw2.pdf"
    assert kinerja("print", "evaluasi", "--nip", GURU, "--year", str(YEAR), "--period", "TW2", "--segmen", "1",
                   "-o", str(early), db=db_path).returncode == 0
    assert "Sri Wahyuni" in subprocess.run(["pdftotext", str(early), "-"], capture_output=True, text=True).stdout
    listing = kinerja("skp", "segmen", "--nip", GURU, "--year", str(YEAR), "--json", db=db_path)
    assert '"gabungan"' in listing.stdout and '"nomor": 2' in listing.stdout
