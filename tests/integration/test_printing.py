"""Printed forms, checked as a reader would: the text on each page (pdftotext), the paper size
(pdfinfo), the structure (qpdf --check), embedded fonts (pdffonts), the QR code (decoded from a
rendered page), and the pages rendered to PNG in out/pages/ for a person to look at."""

import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain import parse_period
from kinerja_desktop.domain.verification import verification_code
from kinerja_desktop.services import evaluation as ev
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services.printing import document_pdf, print_batch
from kinerja_desktop.domain.dates import format_tanggal
from kinerja_desktop.errors import NotAllowed
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.printing.documents import SealBroken
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


def test_an_rhk_block_split_across_pages_repeats_its_rhk_marked_lanjutan(staffed, operator, tmp_path):
    _, kadis_rhk = approved_skp(staffed, operator, KADIS, jpt=True)
    _, kabid_rhk = approved_skp(staffed, operator, KABID, kadis_rhk.id)
    skp = skp_service.plan_skp(staffed, operator, nip=GURU, year=YEAR)
    rhk = skp_service.add_rhk(staffed, operator, skp_id=skp.id, text="Terlaksananya pembelajaran bermutu",
                              parent_rhk_id=kabid_rhk.id)
    for n in range(1, 16):
        skp_service.add_indicator(staffed, operator, rhk_id=rhk.id, text=f"Indikator {n}: {LONG[:90]}",
                                  aspek="Kuantitas", target_min=n, satuan="dokumen")
    pages = [flat(page) for page in pages_of(document_pdf(staffed, operator, doc="skp", nip=GURU, year=YEAR),
                                              tmp_path, "lanjutan")]
    assert "(lanjutan)" not in pages[0]
    assert "(lanjutan)" in pages[1] and "bermutu" in pages[1].split("(6)", 1)[1]
    assert pages[1].index("(lanjutan)") > pages[1].index("INDIKATOR KINERJA")  # under the repeated header


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


# ---- issue 12: paper you can trust -----------------------------------------------------------------

PASS = {"KINERJA_PASSPHRASE": "frasa-sandi-uji-panjang"}


def test_the_seal_covers_everything_printed_and_a_broken_seal_never_prints_as_sealed(cycle, db_path, operator):
    db, code = cycle["db"], verification_code(cycle["seal"])
    ok = kinerja("print", "verify", code, db=db_path)
    for expected in ("SAH", "Nama: Budi Santoso, S.Pd.", "NIP: 19860926 201505 1 001", "Jabatan: Guru Ahli Pertama",
                     "Unit kerja: Bidang Pembinaan SD Dinas Pendidikan", "Periode: TRIWULAN I 2026",
                     "Rating hasil kerja: Di Atas Ekspektasi", "Rating perilaku kerja: Sesuai Ekspektasi",
                     "Predikat: Baik", "Pejabat penilai: Sri Wahyuni, S.Pd., M.Si.", "Tanggal final:"):
        assert expected in ok.stdout, expected
    edits = ("UPDATE skp SET penilai_snapshot = json_set(penilai_snapshot, '$.nama', 'Orang Lain') WHERE id = {skp}",
             "UPDATE rhk SET text = 'RHK yang diganti' WHERE skp_id = {skp}",
             "UPDATE indicator SET target_min = 99 WHERE rhk_id IN (SELECT id FROM rhk WHERE skp_id = {skp})",
             "UPDATE skp SET approved_on = '2026-02-02' WHERE id = {skp}",
             "UPDATE evaluation SET finalized_at = '2026-04-20 09:00:00' WHERE id = {ev}")
    for edit in edits:
        with sqlite3.connect(db_path) as raw:
            before = raw.execute("SELECT * FROM skp WHERE id = ?", (cycle["guru"].id,)).fetchall()
            saved = {t: raw.execute(f"SELECT * FROM {t}").fetchall() for t in ("skp", "rhk", "indicator", "evaluation")}
            raw.execute(edit.format(skp=cycle["guru"].id, ev=cycle["evaluation_id"]))
        assert not verify_code(db, code).intact, edit
        with pytest.raises(SealBroken, match="kinerja audit verify"):
            document_pdf(db, operator, doc="dokumen-evaluasi", nip=GURU, year=YEAR, period="TW1")
        refused = kinerja("print", "evaluasi", "--nip", GURU, "--year", str(YEAR), "--period", "TW1",
                          "-o", str(db_path.with_name("x.pdf")), db=db_path)
        assert refused.returncode == 1 and "tidak lagi cocok dengan segelnya" in refused.stderr, edit
        assert not db_path.with_name("x.pdf").exists()
        audit = kinerja("audit", "verify", db=db_path)
        assert audit.returncode == 1 and "tidak cocok dengan segelnya" in audit.stdout + audit.stderr, edit
        with sqlite3.connect(db_path) as raw:  # put it back
            for table, rows in saved.items():
                raw.execute(f"DELETE FROM {table}")
                if rows:
                    raw.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
        assert verify_code(db, code).intact and before
    batch = print_batch(db, operator, doc="evaluasi", year=YEAR, period="TW1", out_dir=db_path.with_name("b"))
    assert len(batch.written) == 1


def test_a_version_1_seal_still_verifies_under_its_own_rules(cycle, db_path):
    from kinerja_desktop.services.evaluation.seal import seal_of

    with cycle["db"].read() as s:
        old = seal_of(s, cycle["evaluation_id"], 1)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE evaluation SET seal_hash = ?, seal_version = 1 WHERE id = ?", (old, cycle["evaluation_id"]))
        raw.execute("UPDATE rhk SET text = 'v1 tidak menyegel teks RHK' WHERE skp_id = ?", (cycle["guru"].id,))
    assert verify_code(cycle["db"], verification_code(old)).intact  # version 1 covered ratings and realisasi only
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE realisation SET value = 7 WHERE evaluation_id = ?", (cycle["evaluation_id"],))
    assert not verify_code(cycle["db"], verification_code(old)).intact


def _signed_qr(cycle, db_path, tmp_path) -> str:
    assert kinerja("keys", "init", "--office", "1204", db=db_path, env=PASS).returncode == 0
    signed = kinerja("print", "sign", db=db_path, env=PASS)
    assert signed.returncode == 0 and signed.stdout.startswith("1 evaluasi final"), signed.stderr
    pdf = document_pdf(cycle["db"], cli_actor(), doc="dokumen-evaluasi", nip=GURU, year=YEAR, period="TW1")
    (tmp_path / "signed.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(tmp_path / "signed.pdf"), str(tmp_path / "qr")],
                   check=True)
    import zxingcpp
    from PIL import Image

    found = zxingcpp.read_barcodes(Image.open(tmp_path / "qr.png"))
    assert len(found) == 1
    return found[0].text


def test_the_qr_is_a_signed_statement_anyone_checks_with_the_office_public_key(cycle, db_path, tmp_path):
    text = _signed_qr(cycle, db_path, tmp_path)
    lines = text.split("\n")
    assert lines[:8] == ["KINERJA DESKTOP - HASIL EVALUASI KINERJA PEGAWAI (v1)", "Kantor: 1204", f"NIP: {GURU}",
                         "Periode: 2026 TW1", "Rating hasil kerja: Di Atas Ekspektasi",
                         "Rating perilaku kerja: Sesuai Ekspektasi", "Predikat: Baik", f"Segel: {cycle['seal']}"]
    here = kinerja("print", "verify", "--qr", text, db=db_path)
    assert here.returncode == 0 and here.stdout.startswith("SAH") and "kunci kantor ini" in here.stdout
    # another office: an empty database and the public key file the province already holds
    public = tmp_path / "1204.pub"
    assert kinerja("keys", "public", "-o", str(public), db=db_path).returncode == 0
    elsewhere = tmp_path / "lain.sqlite3"
    (tmp_path / "qr.txt").write_text(text, encoding="utf-8")
    other = kinerja("print", "verify", "--qr", f"@{tmp_path / 'qr.txt'}", "--key", str(public), db=elsewhere)
    assert other.returncode == 0 and "SAH" in other.stdout and "Predikat: Baik" in other.stdout, other.stderr
    forged = text.replace("Predikat: Baik", "Predikat: Sangat Baik")
    refused = kinerja("print", "verify", "--qr", forged, "--key", str(public), db=elsewhere)
    assert refused.returncode == 1 and refused.stdout.startswith("TIDAK SAH")
    no_key = kinerja("print", "verify", "--qr", text, db=elsewhere)
    assert_clean(no_key, "Kunci publik kantor 1204 tidak ada", "--key")
    assert_clean(kinerja("print", "verify", "--qr", "halo dunia", db=elsewhere), "bukan pernyataan hasil evaluasi")
    # a third party's own few lines (docs/qr-format.md): Ed25519 over every line before the last
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    body, _, signature = text.rpartition("\n")
    key = base64.b64decode(public.read_text().splitlines()[1])[10:]
    Ed25519PublicKey.from_public_bytes(key).verify(base64.b64decode(signature.split(": ")[1]), (body + "\n").encode())


def test_a_reopened_evaluation_loses_its_statement_and_an_export_signs_what_is_pending(cycle, db_path, tmp_path):
    _signed_qr(cycle, db_path, tmp_path)
    penilai = penilai_actor(cycle["db"], KABID)
    ev.unlock_evaluation(cycle["db"], penilai, evaluation_id=cycle["evaluation_id"], reason="Salah ketik realisasi")
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT seal_statement FROM evaluation WHERE id = ?", (cycle["evaluation_id"],)).fetchone() == (None,)
    ev.finalize_evaluation(cycle["db"], penilai, evaluation_id=cycle["evaluation_id"])
    assert kinerja("sync", "export", "-o", str(tmp_path), db=db_path, env=PASS).returncode == 0
    with sqlite3.connect(db_path) as raw:
        statement = raw.execute("SELECT seal_statement FROM evaluation WHERE id = ?", (cycle["evaluation_id"],)).fetchone()[0]
    assert statement and "Kantor: 1204" in statement


def test_numbers_print_the_indonesian_way_without_scientific_notation(staffed, operator, tmp_path):
    from kinerja_desktop.domain.numbers import format_range

    assert format_range(150_000_000, None, "rupiah") == "150.000.000 rupiah"
    assert format_range(2.5, 3.75, "dokumen") == "2,5 – 3,75 dokumen"
    assert format_range(1234567.125, None, "", "en") == "1,234,567.125"
    _, kadis_rhk = approved_skp(staffed, operator, KADIS, jpt=True)
    skp = skp_service.plan_skp(staffed, operator, nip=KABID, year=YEAR)
    rhk = skp_service.add_rhk(staffed, operator, skp_id=skp.id, text="Terkelolanya anggaran", parent_rhk_id=kadis_rhk.id)
    skp_service.add_indicator(staffed, operator, rhk_id=rhk.id, text="Anggaran terserap", aspek="Biaya",
                              target_min=150_000_000, satuan="rupiah")
    skp_service.add_indicator(staffed, operator, rhk_id=rhk.id, text="Dokumen", aspek="Kuantitas",
                              target_min=2.5, target_max=3.75, satuan="dokumen")
    text = flat("\n".join(pages_of(document_pdf(staffed, operator, doc="skp", nip=KABID, year=YEAR), tmp_path, "n")))
    assert "150.000.000 rupiah" in text and "2,5 – 3,75 dokumen" in text and "e+0" not in text


def test_pppk_and_an_outside_penilai_print_their_own_labels():
    from kinerja_desktop.reports.model import Person
    from kinerja_desktop.reports.parts import id_line, person_fields

    pppk = Person.of({"nama": "Ani", "nip": "199001012022212001", "pangkat": "IX", "jabatan": "Guru Ahli Pertama",
                      "unit": "SD Negeri 1", "jenis_pegawai": "PPPK"})
    assert dict(person_fields(pppk))["NI PPPK"] == "19900101 202221 2 001"
    assert dict(person_fields(pppk))["GOLONGAN"] == "Golongan IX" and id_line(pppk).startswith("NI PPPK")
    bupati = Person.of({"nama": "H. Suryadi", "nip": "", "jabatan": "Bupati Sukamaju"})
    assert id_line(bupati) == ""


def test_jpt_needs_a_penilai_and_an_outside_one_prints_without_nip(staffed, operator, tmp_path):
    skp = skp_service.plan_skp(staffed, operator, nip=KADIS, year=YEAR)
    rhk = skp_service.add_rhk(staffed, operator, skp_id=skp.id, text="Meningkatnya mutu", intervensi_text="Renstra")
    skp_service.add_indicator(staffed, operator, rhk_id=rhk.id, text="Akreditasi", target_min=90, satuan="%",
                              perspektif="Penerima Layanan")
    skp_service.submit_skp(staffed, operator, skp_id=skp.id)
    with pytest.raises(NotAllowed, match="belum punya pejabat penilai"):
        skp_service.approve_skp(staffed, operator, skp_id=skp.id)
    skp_service.return_skp(staffed, operator, skp_id=skp.id, note="Catat penilainya")
    db_path = staffed.sqlite_path
    done = kinerja("skp", "penilai", "--nip", KADIS, "--year", str(YEAR), "--nama", "H. Suryadi, S.H.",
                   "--jabatan", "Bupati Sukamaju", db=db_path)
    assert done.returncode == 0, done.stderr
    skp_service.submit_skp(staffed, operator, skp_id=skp.id)
    approved = skp_service.approve_skp(staffed, operator, skp_id=skp.id)
    assert approved.approved_on is not None
    text = flat("\n".join(pages_of(document_pdf(staffed, operator, doc="skp", nip=KADIS, year=YEAR), tmp_path, "j")))
    assert "H. Suryadi, S.H." in text and "Bupati Sukamaju" in text
    assert format_tanggal(approved.approved_on) in text  # the approval date, not the print date


def test_duplex_pads_each_employee_to_an_even_page_count(cycle, operator, tmp_path):
    result = print_batch(cycle["db"], operator, doc="skp", year=YEAR, out_dir=tmp_path / "dup", combined=True,
                         duplex=True)
    pages = pages_of(result.written[0].read_bytes(), tmp_path, "dup")
    starts = [n for n, page in enumerate(pages) if "Halaman 1 dari" in page] + [len(pages)]
    assert len(starts) == 4 and all((b - a) % 2 == 0 for a, b in zip(starts, starts[1:]))
    assert not list((tmp_path / "dup").glob(".*"))  # no temporary file left


def test_every_kind_of_the_table_prints(cycle, operator):
    from kinerja_desktop.services.printing import KINDS

    for name, kind in KINDS.items():
        pdf = document_pdf(cycle["db"], operator, doc=name, nip=GURU, year=YEAR, period="TW1" if kind.per_period else None)
        assert pdf.startswith(b"%PDF"), name


def assert_clean(result, *fragments):
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)


def words_of(pdf: bytes, tmp_path: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words with their boxes (xMin, yMin, xMax, yMax), from pdftotext -bbox."""
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def _plan_with(db, actor, rhk_count: int) -> None:
    _, kadis_rhk = approved_skp(db, actor, KADIS, jpt=True)
    _, kabid_rhk = approved_skp(db, actor, KABID, kadis_rhk.id)
    skp = skp_service.plan_skp(db, actor, nip=GURU, year=YEAR)
    for n in range(1, rhk_count + 1):
        rhk = skp_service.add_rhk(db, actor, skp_id=skp.id, text=f"Terlaksananya kegiatan {n} {LONG[:60]}",
                                  parent_rhk_id=kabid_rhk.id)
        for aspek in ("Kuantitas", "Kualitas", "Waktu"):
            skp_service.add_indicator(db, actor, rhk_id=rhk.id, text=f"{aspek} kegiatan {n}", aspek=aspek,
                                      target_min=n, satuan="dokumen")


# Plans whose PERILAKU KERJA heading fell alone at the foot of a page before headings kept room
# below them (found by trying 1-15 RHK of 3, 8 and 15 words).
ORPHANS = [(6, 15), (9, 8), (13, 3), (14, 3), (3, 8)]


@pytest.mark.parametrize(("rhk_count", "words"), ORPHANS)
def test_no_heading_alone_at_a_page_foot_and_the_signatures_keep_the_last_rows(tmp_path, rhk_count, words):
    from datetime import date

    from kinerja_desktop.domain.berakhlak import core_value
    from kinerja_desktop.reports.model import IndicatorLine, Letterhead, Person, RhkLine, SkpDoc, ValueLine
    from kinerja_desktop.reports.skp import build_skp

    values = tuple(ValueLine(n, core_value(n).name, tuple(core_value(n).guides), "") for n in range(1, 8))
    rhk = tuple(RhkLine("Sasaran organisasi", "RHK " + "kata " * words,
                        tuple(IndicatorLine("Kuantitas", "", "Indikator " + "kata " * words, "4 dokumen")
                              for _ in range(2))) for _ in range(rhk_count))
    doc = SkpDoc(Letterhead("PEMERINTAH KABUPATEN SUKAMAJU", "Sukamaju", "Sukamaju"), YEAR,
                 "1 JANUARI SD 31 DESEMBER 2026", Person("Budi", GURU), Person("Sri", KABID), Person(), False,
                 "kuantitatif", rhk, (), values, {}, False, date(2026, 1, 5))
    pages = [flat(page) for page in pages_of(build_skp(doc), tmp_path, f"foot{rhk_count}", "-raw")]
    for page in pages:
        assert not page.split(" Dokumen milik ")[0].endswith(("PERILAKU KERJA", "HASIL KERJA")), page[-200:]
    assert "Kolaboratif" in pages[-1] and "PEJABAT PENILAI KINERJA" in pages[-1]  # never a signature alone


def test_signature_columns_line_up_and_the_footer_never_overprints(staffed, operator, tmp_path):
    from sqlalchemy import update

    from kinerja_desktop.store.models import Employee

    with staffed.transaction() as s:  # a name long enough to push the footer into the page number
        s.execute(update(Employee).where(Employee.nip == KADIS).values(
            nama="Ahmad Yani Kusumawardhana Prawiranegara Soerjosoemarno Hadiningrat Mangkubumi Tjokroaminoto"))
    _plan_with(staffed, operator, 1)
    pdf = document_pdf(staffed, operator, doc="skp", nip=KADIS, year=YEAR)  # the Kadis: an outside penilai, no NIP
    for page in words_of(pdf, tmp_path):
        footer = [w for w in page if w[2] > 800]
        number = [w for w in footer if w[0] == "Halaman"]
        assert number and all(w[3] < number[0][1] for w in footer if w[1] < number[0][1]), footer
    last = words_of(pdf, tmp_path)[-1]
    dates = [w for w in last if re.fullmatch(r"\d{4}", w[0]) and w[1] > 0]
    roles = [w for w in last if w[0] == "DINILAI" or w[0] == "KINERJA"][-2:]
    assert len({round(w[2]) for w in dates[-2:]}) == 1 and len({round(w[2]) for w in roles}) == 1  # same heights
    text = flat("\n".join(pages_of(pdf, tmp_path, "longname")))
    assert "…" in text and "H. Suryadi" in text


def test_official_wording_dates_and_the_periodic_target(cycle, operator, db_path, tmp_path):
    db = cycle["db"]
    evaluasi = flat("\n".join(pages_of(document_pdf(db, operator, doc="evaluasi", nip=GURU, year=YEAR, period="TW1"),
                                       tmp_path, "ev", "-raw")))
    for expected in ("EVALUASI KINERJA PEGAWAI PENDEKATAN HASIL KERJA KUANTITATIF BAGI PEJABAT ADMINISTRASI DAN "
                     "PEJABAT FUNGSIONAL PERIODE: TRIWULAN I", "12 laporan (periode ini: 3 laporan)"):
        assert expected in evaluasi, expected
    assert evaluasi.count("INSTANSI (BELUM DIATUR)") == 1  # the instansi printed once
    dokumen = flat(pages_of(document_pdf(db, operator, doc="dokumen-evaluasi", nip=GURU, year=YEAR, period="TW1"),
                            tmp_path, "dok")[0])
    assert "PERIODE PENILAIAN: 1 JANUARI SD 31 MARET 2026" in dokumen
    with sqlite3.connect(db_path) as raw:
        finalized = raw.execute("SELECT date(finalized_at) FROM evaluation WHERE id = ?",
                                (cycle["evaluation_id"],)).fetchone()[0]
        raw.execute("UPDATE skp SET approved_on = '2026-01-07' WHERE id = ?", (cycle["guru"].id,))
    from datetime import date

    assert format_tanggal(date.fromisoformat(finalized)) in dokumen  # the day it was made final
    skp = flat("\n".join(pages_of(document_pdf(db, operator, doc="skp", nip=GURU, year=YEAR), tmp_path, "s")))
    assert "7 Januari 2026" in skp  # the day the plan was approved, not today
    # a rekap is KONSEP until the organisation predikat is set and every evaluation is final; then dated
    out = tmp_path / "rekap.pdf"
    assert kinerja("print", "rekap", "--unit", "Dinas Pendidikan", "--year", str(YEAR), "--period", "TW1",
                   "-o", str(out), db=db_path).returncode == 0
    assert "KONSEP" in "\n".join(pages_of(out.read_bytes(), tmp_path, "rk", "-raw"))


def test_lampiran_items_hang_under_their_text(cycle, operator, tmp_path):
    long = "Dukungan anggaran, sarana dan tenaga pendukung " * 4
    skp = skp_service.plan_skp(cycle["db"], operator, nip=STAF, year=YEAR)
    skp_service.add_lampiran(cycle["db"], operator, skp_id=skp.id, section="dukungan_sumber_daya", text=long)
    words = words_of(document_pdf(cycle["db"], operator, doc="lampiran", nip=STAF, year=YEAR), tmp_path)[0]
    number = next(w for w in words if w[0].startswith("1."))
    second_line = sorted({round(w[2]) for w in words if w[2] > number[2] + 2 and w[0] in long.split()})[0]
    first_word = min((w for w in words if round(w[2]) == second_line), key=lambda w: w[1])
    assert first_word[1] > number[1] + 5  # the second line starts under the text, not under "1."


@pytest.mark.parametrize("indicators", [1, 2, 3])
def test_a_row_taller_than_the_page_never_repeats_the_header_mid_page(tmp_path, indicators):
    """Realisasi and feedback at their length limits make one row taller than a turned page;
    ReportLab cut it in the last sliver of a page and printed the header twice there."""
    from datetime import date

    from kinerja_desktop.domain.berakhlak import core_value
    from kinerja_desktop.reports.evaluation import build_evaluation
    from kinerja_desktop.reports.model import (
        EvaluationDoc, IndicatorLine, Letterhead, Person, RhkLine, SkpDoc, ValueLine,
    )

    long = ("Realisasi kegiatan pembinaan dengan bukti dukung lengkap " * 18)[:1000]
    values = tuple(ValueLine(n, core_value(n).name, tuple(core_value(n).guides), "", "Baik") for n in range(1, 8))
    rhk = tuple(RhkLine("Sasaran", "RHK " + "kata " * 90,
                        tuple(IndicatorLine("Kuantitas", "", "Indikator " + "kata " * 50, "4 dokumen", long)
                              for _ in range(indicators)), "umpan balik " * 80) for _ in range(2))
    skp = SkpDoc(Letterhead("PEMERINTAH KABUPATEN SUKAMAJU", "Sukamaju", "Sukamaju"), YEAR, "1 JANUARI SD 31 DESEMBER 2026",
                 Person("Budi", GURU), Person("Sri", KABID), Person(), False, "kuantitatif", rhk, (), values, {}, False,
                 date(2026, 1, 5))
    pdf = build_evaluation(EvaluationDoc(skp, "TRIWULAN I", "1 JANUARI SD 31 MARET 2026", False, "Sesuai Ekspektasi",
                                         "Sesuai Ekspektasi", "Baik", "Baik"))
    pages = pages_of(pdf, tmp_path, f"tall{indicators}")
    assert all(page.count("INDIKATOR KINERJA") <= 1 for page in pages), [p.count("INDIKATOR KINERJA") for p in pages]
    assert "INDIKATOR KINERJA" in pages[0]  # the heading and the table start together


def test_the_province_checks_a_district_qr_with_the_key_it_enrolled(world):
    """The export signs what is pending on its way; the province, holding only the key it enrolled,
    checks the statement, and the signed statements travel in the package."""
    from kinerja_desktop.store.models import Evaluation
    from kinerja_desktop.services.printing.trust import verify_statement

    path = world.export()
    world.import_(path)
    with world.district.read() as s:
        statement = s.scalar(select(Evaluation.seal_statement).where(Evaluation.seal_statement.is_not(None)))
        unsigned = s.scalar(select(func.count()).select_from(Evaluation).where(
            Evaluation.status == "Final", Evaluation.seal_statement.is_(None)))
    assert statement and unsigned == 0
    check = verify_statement(world.province, statement)
    assert check.ok and check.local is None and "terdaftar di provinsi" in str(check.key_source)
    assert not verify_statement(world.province, statement.replace("Kantor: 1201\nNIP: 1", "Kantor: 1201\nNIP: 2")).ok


def test_a_long_rekap_keeps_its_last_rows_with_the_signature(tmp_path):
    from kinerja_desktop.reports.model import Letterhead, Person, RekapDoc, RekapLine
    from kinerja_desktop.reports.rekap import build_rekap

    for count in (3, 21, 24, 27, 62, 65, 68, 80):  # 21-27 and 62-68 put the signature alone on a page
        staff = tuple(RekapLine(f"Pegawai {n:03d}", GURU, "Guru Ahli Pertama", "Baik") for n in range(count))
        doc = RekapDoc(Letterhead("PEMERINTAH KABUPATEN SUKAMAJU", "Sukamaju", "Sukamaju"), "Dinas Pendidikan",
                       "AKHIR", YEAR, "Baik", {"Baik": count}, staff, (), Person("Kepala", KADIS, jabatan="Kepala Dinas"),
                       None, "1 JANUARI SD 31 DESEMBER 2026", False)
        last = flat(pages_of(build_rekap(doc), tmp_path, f"rekap{count}")[-1])
        assert f"Pegawai {count - 1:03d}" in last and "KEPALA DINAS" in last, (count, last[:200])
