"""Printed forms, checked as a reader would: the text on each page (pdftotext), the paper size
(pdfinfo), the structure (qpdf --check), embedded fonts (pdffonts), the QR code (decoded from a
rendered page), and the pages rendered to PNG in out/pages/ for a person to look at."""

import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from kinerja_desktop.domain import parse_period
from kinerja_desktop.domain.verification import verification_code
from kinerja_desktop.services import evaluation as ev
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services.printing import document_pdf, print_batch
from kinerja_desktop.services.printing.trust import verify_code

from .conftest import GURU, KABID, KADIS, STAF, penilai_actor
from .test_cli import kinerja
from .test_cycle import YEAR, approved_skp

PAGES = Path(__file__).resolve().parents[2] / "out" / "pages"
LONG = ("Tersusunnya rencana pembelajaran, bahan ajar, dan instrumen penilaian yang selaras dengan kurikulum "
        "merdeka untuk seluruh rombongan belajar, termasuk penyesuaian bagi peserta didik berkebutuhan khusus, "
        "yang ditelaah bersama kelompok kerja guru dan disahkan kepala sekolah sebelum semester dimulai")


def pages_of(pdf: bytes, tmp_path: Path, name: str, mode: str = "-layout") -> list[str]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())


def page_size(pdf: bytes, tmp_path: Path) -> tuple[float, float]:
    path = tmp_path / "size.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return round(float(w)), round(float(h))


def render_png(pdf: bytes, name: str) -> list[Path]:
    PAGES.mkdir(parents=True, exist_ok=True)
    source = PAGES / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(source), str(PAGES / name)], check=True)
    return sorted(PAGES.glob(f"{name}-*.png"))


@pytest.fixture
def cycle(staffed, operator):
    """Kadis, Kabid and Guru with approved SKPs; the Guru's TW1 evaluation final."""
    kadis, kadis_rhk = approved_skp(staffed, operator, KADIS, jpt=True)
    kabid, kabid_rhk = approved_skp(staffed, operator, KABID, kadis_rhk.id)
    guru, guru_rhk = approved_skp(staffed, operator, GURU, kabid_rhk.id, before_submit=lambda skp_id: (
        skp_service.add_lampiran(staffed, operator, skp_id=skp_id, section="konsekuensi",
                                 text="Tunjangan kinerja disesuaikan dengan capaian")))
    penilai = penilai_actor(staffed, KABID)
    evaluation = ev.open_evaluation(staffed, penilai, skp_id=guru.id, period=parse_period("TW1", YEAR))
    detail = ev.evaluation_detail(staffed, penilai, employee_id=guru.employee_id, period=parse_period("TW1", YEAR))
    for rhk in detail.skp.rhk:
        for indicator in rhk.indicators:
            ev.record_realisation(staffed, penilai, evaluation_id=evaluation.id, indicator_id=indicator.id,
                                  value=3, text="3 laporan selesai tepat waktu")
    ev.record_feedback(staffed, penilai, evaluation_id=evaluation.id, rhk_id=guru_rhk.id, text="Pertahankan kualitasnya")
    ev.set_ratings(staffed, penilai, evaluation_id=evaluation.id, rating_hasil="Di Atas Ekspektasi",
                   rating_perilaku="Sesuai Ekspektasi")
    final = ev.finalize_evaluation(staffed, penilai, evaluation_id=evaluation.id)
    return dict(db=staffed, guru=guru, kabid_rhk=kabid_rhk, seal=final.seal_hash, evaluation_id=evaluation.id)


def test_skp_holds_names_grouped_nip_and_labels_on_a4_and_f4(cycle, operator, tmp_path):
    db = cycle["db"]
    pdf = document_pdf(db, operator, doc="skp", nip=GURU, year=YEAR)
    assert page_size(pdf, tmp_path) == (595, 842)
    text = flat("\n".join(pages_of(pdf, tmp_path, "skp")))
    for expected in ("SASARAN KINERJA PEGAWAI", "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
                     "PENDEKATAN HASIL KERJA KUANTITATIF",
                     "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026", "PEGAWAI YANG DINILAI",
                     "PEJABAT PENILAI KINERJA", "Budi Santoso, S.Pd.", "19860926 201505 1 001",
                     "Sri Wahyuni, S.Pd., M.Si.", "19750505 200003 2 001", "Penata Muda Tingkat I, III/b",
                     "A. UTAMA", "B. TAMBAHAN", "Kuantitas laporan", "12 laporan", "Berorientasi Pelayanan",
                     "Memahami dan memenuhi kebutuhan masyarakat", "Kolaboratif",
                     "Dokumen milik Budi Santoso, S.Pd. (NIP 19860926 201505 1 001)", "Halaman 1 dari"):
        assert expected in text, expected
    assert "KONSEP" not in text
    f4 = document_pdf(db, operator, doc="skp", nip=GURU, year=YEAR, paper="F4")
    assert page_size(f4, tmp_path) == (609, 935)  # 215 x 330 mm
    render_png(pdf, "skp-guru")


def test_jpt_skp_prints_perspektif_and_a_draft_says_konsep(cycle, operator, tmp_path):
    db = cycle["db"]
    text = flat("\n".join(pages_of(document_pdf(db, operator, doc="skp", nip=KADIS, year=YEAR), tmp_path, "jpt")))
    assert "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" in text and "PERSPEKTIF" in text and "Penerima Layanan" in text
    draft = skp_service.plan_skp(db, operator, nip=KADIS, year=YEAR + 1)
    skp_service.add_rhk(db, operator, skp_id=draft.id, text="Meningkatnya mutu pendidikan", intervensi_text="Renstra")
    pdf = document_pdf(db, operator, doc="skp", nip=KADIS, year=YEAR + 1)
    assert "KONSEP" in "\n".join(pages_of(pdf, tmp_path, "draft", "-raw"))  # turned text reads in raw order
    render_png(pdf, "skp-konsep")


def test_ten_rhk_skp_spans_pages_with_its_headers_repeated(staffed, operator, tmp_path):
    _, kadis_rhk = approved_skp(staffed, operator, KADIS, jpt=True)
    _, kabid_rhk = approved_skp(staffed, operator, KABID, kadis_rhk.id)
    skp = skp_service.plan_skp(staffed, operator, nip=GURU, year=YEAR)
    for n in range(1, 11):
        rhk = skp_service.add_rhk(staffed, operator, skp_id=skp.id, text=f"{LONG} ({n})", parent_rhk_id=kabid_rhk.id)
        for aspek in ("Kuantitas", "Kualitas", "Waktu"):
            skp_service.add_indicator(staffed, operator, rhk_id=rhk.id, text=f"{aspek}: {LONG[:120]}", aspek=aspek,
                                      target_min=n, satuan="dokumen")
    pdf = document_pdf(staffed, operator, doc="skp", nip=GURU, year=YEAR)
    pages = pages_of(pdf, tmp_path, "ten")
    assert len(pages) >= 3
    table_pages = [page for page in pages if "(10)" in page or "(1)" in flat(page)]
    body = [flat(page) for page in pages if "Kuantitas:" in page]
    assert len(body) >= 2 and all("INDIKATOR KINERJA" in page and "(6)" in page for page in body)
    assert all(f"({n})" in flat("\n".join(pages)) for n in range(1, 11)) and table_pages
    assert all(f"Halaman {i} dari {len(pages)}" in page for i, page in enumerate(pages, start=1))
    render_png(pdf, "skp-sepuluh-rhk")


def test_evaluation_and_dokumen_show_ratings_predikat_and_a_working_code(cycle, operator, tmp_path):
    db = cycle["db"]
    code = verification_code(cycle["seal"])
    evaluasi = document_pdf(db, operator, doc="evaluasi", nip=GURU, year=YEAR, period="TW1")
    w, h = page_size(evaluasi, tmp_path)
    assert (w, h) == (842, 595)  # A4, turned for its eight columns
    text = flat("\n".join(pages_of(evaluasi, tmp_path, "evaluasi")))
    for expected in ("EVALUASI KINERJA PEGAWAI", "PERIODE: TRIWULAN I", "1 JANUARI SD 31 MARET 2026",
                     "REALISASI BERDASARKAN", "UMPAN BALIK",
                     "3 laporan selesai tepat waktu", "Pertahankan kualitasnya", "RATING HASIL KERJA Di Atas Ekspektasi",
                     "RATING PERILAKU KERJA Sesuai Ekspektasi", "PREDIKAT KINERJA PEGAWAI Baik",
                     "CAPAIAN KINERJA ORGANISASI", "POLA DISTRIBUSI", f"Kode verifikasi: {code}"):
        assert expected in text, expected
    dokumen = document_pdf(db, operator, doc="dokumen-evaluasi", nip=GURU, year=YEAR, period="TW1")
    pages = pages_of(dokumen, tmp_path, "dokumen")
    text = flat(pages[0])
    assert len(pages) == 1
    for expected in ("DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: TRIWULAN I", "1 PEGAWAI YANG DINILAI",
                     "2 PEJABAT PENILAI KINERJA", "3 ATASAN PEJABAT PENILAI KINERJA", "Drs. Ahmad Yani, M.Pd.",
                     "19700101 199503 1 002", "PREDIKAT KINERJA PEGAWAI : Baik", "5 CATATAN/REKOMENDASI", code):
        assert expected in text, expected
    assert "KONSEP" not in text
    png = render_png(dokumen, "dokumen-evaluasi")[0]
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(PAGES / "dokumen-evaluasi.pdf"),
                    str(tmp_path / "qr")], check=True)
    import zxingcpp
    from PIL import Image

    found = zxingcpp.read_barcodes(Image.open(tmp_path / "qr.png"))
    assert found == [] and "kinerja print sign" in text and png.is_file()  # no QR until the office signs
    render_png(evaluasi, "evaluasi-triwulan")


def test_files_are_well_formed_with_fonts_embedded(cycle, operator, tmp_path):
    for doc in ("skp", "lampiran", "evaluasi", "dokumen-evaluasi"):
        path = tmp_path / f"{doc}.pdf"
        path.write_bytes(document_pdf(cycle["db"], operator, doc=doc, nip=GURU, year=YEAR, period="TW1"))
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout, check.stdout
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes " in row and "DejaVuSansCondensed" in row for row in rows), fonts
    lampiran = flat(pages_of(path.with_name("lampiran.pdf").read_bytes(), tmp_path, "lamp")[0])
    assert "LAMPIRAN SASARAN KINERJA PEGAWAI" in lampiran and "KONSEKUENSI 1. Tunjangan kinerja" in lampiran


def test_verify_code_matches_and_catches_an_edit_behind_the_programs_back(cycle, db_path):
    code = verification_code(cycle["seal"])
    ok = kinerja("print", "verify", code.lower().replace("-", " "), db=db_path)
    assert ok.returncode == 0 and "SAH" in ok.stdout and "Budi Santoso" in ok.stdout and "TRIWULAN I 2026" in ok.stdout
    unknown = kinerja("print", "verify", "0000-0000-0000", db=db_path)
    assert unknown.returncode == 1 and "tidak cocok" in unknown.stdout
    typo = kinerja("print", "verify", "ABC", db=db_path)
    assert typo.returncode == 1 and "12 karakter" in typo.stderr and "Traceback" not in typo.stderr
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE realisation SET value = 9 WHERE evaluation_id = ?", (cycle["evaluation_id"],))
    tampered = verify_code(cycle["db"], code)
    assert tampered.found and not tampered.intact and "tidak lagi cocok" in tampered.message


def test_command_line_documents_batch_and_refusals(cycle, db_path, tmp_path):
    out = tmp_path / "skp.pdf"
    done = kinerja("print", "skp", "--nip", "19860926 201505 1 001", "--year", str(YEAR), "--paper", "F4",
                   "-o", str(out), db=db_path)
    assert done.returncode == 0 and out.read_bytes().startswith(b"%PDF")
    unknown = kinerja("print", "skp", "--nip", "199912312020121001", "--year", str(YEAR), "-o", str(out), db=db_path)
    assert unknown.returncode == 1 and "tidak ada di basis data" in unknown.stderr
    no_skp = kinerja("print", "evaluasi", "--nip", STAF, "--year", str(YEAR), "-o", str(out), db=db_path)
    assert no_skp.returncode == 1 and "belum mempunyai SKP tahun 2026" in no_skp.stderr
    batch = kinerja("print", "batch", "--doc", "skp", "--year", str(YEAR), "-o", str(tmp_path / "semua"), db=db_path)
    assert batch.returncode == 0 and "3 berkas PDF" in batch.stdout and "1 pegawai dilewati" in batch.stdout
    assert "4/4 pegawai" in batch.stderr
    assert len(list((tmp_path / "semua").glob("skp-2026-*.pdf"))) == 3


def test_combined_batch_numbers_each_employees_pages(cycle, operator, tmp_path):
    result = print_batch(cycle["db"], operator, doc="dokumen-evaluasi", year=YEAR, period="TW1",
                         out_dir=tmp_path / "gabung", combined=True)
    assert len(result.written) == 1 and len(result.skipped) == 3  # only the Guru has a TW1 evaluation
    result = print_batch(cycle["db"], operator, doc="skp", year=YEAR, out_dir=tmp_path / "gabung", combined=True,
                         unit="Dinas Pendidikan")
    pages = pages_of(result.written[0].read_bytes(), tmp_path, "combined")
    owners = [re.search(r"Dokumen milik (.+?) \(NIP", flat(page)).group(1) for page in pages]
    assert owners[0] == "Drs. Ahmad Yani, M.Pd." and "Budi Santoso, S.Pd." in owners
    first_pages = [n for n, page in enumerate(pages) if "Halaman 1 dari" in page]
    assert len(first_pages) == 3 and first_pages[0] == 0
    shutil.copy(result.written[0], tmp_path / "keep.pdf")


def test_unit_rekap_lists_staff_distribution_and_leader(cycle, db_path, tmp_path):
    out = tmp_path / "rekap.pdf"
    done = kinerja("print", "rekap", "--unit", "Dinas Pendidikan", "--year", str(YEAR), "--period", "TW1",
                   "-o", str(out), db=db_path)
    assert done.returncode == 0, done.stderr
    text = flat("\n".join(pages_of(out.read_bytes(), tmp_path, "rekap")))
    for expected in ("REKAPITULASI DAN PENETAPAN PREDIKAT KINERJA PEGAWAI", "DINAS PENDIDIKAN", "PERIODE: TRIWULAN I 2026",
                     "POLA DISTRIBUSI", "Budi Santoso, S.Pd.", "19860926 201505 1 001", "Baik", "belum dinilai",
                     "KEPALA DINAS", "Drs. Ahmad Yani, M.Pd.", "1 JANUARI SD 31 MARET 2026"):
        assert expected in text, expected
    missing = kinerja("print", "rekap", "--unit", "Dinas Entah", "--year", str(YEAR), "-o", str(out), db=db_path)
    assert missing.returncode == 1 and "Dinas Entah" in missing.stderr
