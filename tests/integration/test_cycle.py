"""The appraisal cycle through the services, on a real SQLite file."""

from datetime import date

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain import Period, PeriodKind, parse_period
from kinerja_desktop.errors import NotAllowed, UserError
from kinerja_desktop.services import organisation, skp as skp_service
from kinerja_desktop.services import evaluation as ev
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.maintenance import verify_audit
from kinerja_desktop.store.models import AuditEntry, Indicator, Unit

from .conftest import GURU, KABID, KADIS, STAF, penilai_actor

YEAR = 2026
ANNUAL = Period(YEAR, PeriodKind.TAHUNAN, 1)


def approved_skp(db, actor, nip, parent_rhk=None, *, jpt=False, before_submit=lambda skp_id: None):
    skp = skp_service.plan_skp(db, actor, nip=nip, year=YEAR)
    rhk = skp_service.add_rhk(db, actor, skp_id=skp.id, text=f"Terlaksananya tugas {nip[-3:]}",
                              parent_rhk_id=parent_rhk, intervensi_text="Sasaran Renstra" if jpt else "")
    if jpt:
        skp_service.add_indicator(db, actor, rhk_id=rhk.id, text="Persentase sekolah terakreditasi",
                                  target_min=90, satuan="%", perspektif="Penerima Layanan")
    else:
        for aspek in ("Kuantitas", "Kualitas", "Waktu"):
            skp_service.add_indicator(db, actor, rhk_id=rhk.id, text=f"{aspek} laporan", aspek=aspek,
                                      target_min=12, satuan="laporan")
    before_submit(skp.id)
    if jpt and not skp.penilai_id:  # the Kadis's penilai here is the Bupati, not an ASN
        skp_service.record_outside_penilai(db, cli_actor(), nip=nip, year=YEAR, nama="H. Suryadi",
                                           jabatan="Bupati Sukamaju")
    skp_service.submit_skp(db, actor, skp_id=skp.id)
    return skp_service.approve_skp(db, actor, skp_id=skp.id), rhk


@pytest.fixture
def chain(staffed, operator):
    kadis, kadis_rhk = approved_skp(staffed, operator, KADIS, jpt=True)
    kabid, kabid_rhk = approved_skp(staffed, operator, KABID, kadis_rhk.id)
    guru, guru_rhk = approved_skp(staffed, operator, GURU, kabid_rhk.id)
    return dict(kadis=kadis, kabid=kabid, guru=guru, kabid_rhk=kabid_rhk, guru_rhk=guru_rhk)


def test_snapshots_and_cascade(chain):
    guru = chain["guru"]
    assert guru.status == "Disetujui" and guru.form_family == "Administrasi/Fungsional"
    assert guru.penilai["nama"] == "Sri Wahyuni, S.Pd., M.Si."
    assert guru.penilai["pangkat"] == "Pembina, IV/a"
    assert guru.atasan["nama"] == "Drs. Ahmad Yani, M.Pd."
    assert chain["kadis"].form_family == "JPT"
    assert chain["guru_rhk"].parent_id == chain["kabid_rhk"].id


def test_subordinate_cannot_plan_before_superior(staffed, operator):
    with pytest.raises(NotAllowed, match="SKP atasan"):
        skp_service.plan_skp(staffed, operator, nip=GURU, year=YEAR)


def test_rhk_must_cascade_from_direct_superior(staffed, operator, chain):
    skp = skp_service.plan_skp(staffed, operator, nip=STAF, year=YEAR)
    with pytest.raises(NotAllowed, match="harus diturunkan"):
        skp_service.add_rhk(staffed, operator, skp_id=skp.id, text="Tersusunnya arsip")
    other = chain["guru_rhk"].id  # a colleague's RHK, not the superior's
    with pytest.raises(NotAllowed, match="atasan langsung"):
        skp_service.add_rhk(staffed, operator, skp_id=skp.id, text="Tersusunnya arsip", parent_rhk_id=other)
    assert [r.id for r in skp_service.superior_rhk(staffed, operator, skp.id)] == [chain["kabid_rhk"].id]


def test_return_with_note_then_resubmit(staffed, operator, chain):
    skp = skp_service.plan_skp(staffed, operator, nip=STAF, year=YEAR)
    with pytest.raises(NotAllowed, match="RHK utama"):
        skp_service.submit_skp(staffed, operator, skp_id=skp.id)
    rhk = skp_service.add_rhk(staffed, operator, skp_id=skp.id, text="Tertatanya arsip",
                              parent_rhk_id=chain["kabid_rhk"].id)
    skp_service.add_indicator(staffed, operator, rhk_id=rhk.id, text="Jumlah arsip", aspek="Kuantitas",
                              target_min=100, satuan="berkas")
    skp_service.submit_skp(staffed, operator, skp_id=skp.id)
    returned = skp_service.return_skp(staffed, operator, skp_id=skp.id, note="Tambahkan aspek waktu")
    assert returned.status == "Dikembalikan" and returned.return_note == "Tambahkan aspek waktu"
    skp_service.add_indicator(staffed, operator, rhk_id=rhk.id, text="Tepat waktu", aspek="Waktu",
                              target_min=12, satuan="bulan")
    assert skp_service.submit_skp(staffed, operator, skp_id=skp.id).status == "Diajukan"


def test_evaluation_finalize_seal_and_lock(staffed, operator, chain, tmp_path):
    kabid = penilai_actor(staffed, KABID)
    evaluation = ev.open_evaluation(staffed, kabid, skp_id=chain["guru"].id, period=parse_period("TW1", YEAR))
    with staffed.read() as s:
        ind_ids = s.scalars(select(Indicator.id).where(Indicator.rhk_id == chain["guru_rhk"].id)).all()
    for ind in ind_ids:
        ev.record_realisation(staffed, kabid, evaluation_id=evaluation.id, indicator_id=ind, value=3, text="3 laporan")
    bukti = tmp_path / "laporan.pdf"
    bukti.write_bytes(b"%PDF-1.4 bukti")
    sha = ev.attach_evidence(staffed, kabid, evaluation_id=evaluation.id, indicator_id=ind_ids[0], file=bukti)
    assert (staffed.evidence_dir / sha[:2] / sha).read_bytes() == b"%PDF-1.4 bukti"
    ev.record_feedback(staffed, kabid, evaluation_id=evaluation.id, rhk_id=chain["guru_rhk"].id, text="Pertahankan")
    ev.record_feedback(staffed, kabid, evaluation_id=evaluation.id, value_number=1, text="Ramah kepada siswa")
    ev.add_feedback_input(staffed, kabid, evaluation_id=evaluation.id, source="peer", author="Rekan", text="Kooperatif")
    with pytest.raises(NotAllowed, match="rating"):
        ev.finalize_evaluation(staffed, kabid, evaluation_id=evaluation.id)
    rated = ev.set_ratings(staffed, kabid, evaluation_id=evaluation.id,
                           rating_hasil="Di Atas Ekspektasi", rating_perilaku="Di Atas Ekspektasi")
    assert rated.predikat == "Sangat Baik"
    final = ev.finalize_evaluation(staffed, kabid, evaluation_id=evaluation.id)
    assert final.status == "Final" and len(final.seal_hash) == 64
    with pytest.raises(NotAllowed, match="sudah final"):
        ev.set_ratings(staffed, kabid, evaluation_id=evaluation.id, rating_hasil="Sesuai Ekspektasi",
                       rating_perilaku="Sesuai Ekspektasi")
    with pytest.raises(NotAllowed, match="sudah final"):
        ev.record_realisation(staffed, kabid, evaluation_id=evaluation.id, indicator_id=ind_ids[0], value=1)
    assert verify_audit(staffed).problems == ()
    # an unlock needs a reason, and is in the audit log with it
    with pytest.raises(UserError):
        ev.unlock_evaluation(staffed, kabid, evaluation_id=evaluation.id, reason="")
    ev.unlock_evaluation(staffed, kabid, evaluation_id=evaluation.id, reason="Salah ketik realisasi bulan Maret")
    with staffed.read() as s:
        last = s.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
    assert last.action == "evaluation.unlock" and "Salah ketik" in last.after


def test_penilai_only_rates_own_subordinates(staffed, operator, chain):
    other = penilai_actor(staffed, KADIS)  # the Kepala Dinas is not the guru's direct penilai
    with pytest.raises(NotAllowed, match="bukan pejabat penilai"):
        ev.open_evaluation(staffed, other, skp_id=chain["guru"].id, period=ANNUAL)


def test_org_predikat_warnings_and_jpt_rating(staffed, operator, chain):
    kabid = penilai_actor(staffed, KABID)
    guru_eval = ev.open_evaluation(staffed, kabid, skp_id=chain["guru"].id, period=ANNUAL)
    ev.set_ratings(staffed, kabid, evaluation_id=guru_eval.id, rating_hasil="Sesuai Ekspektasi",
                   rating_perilaku="Sesuai Ekspektasi")
    with staffed.read() as s:
        dinas = s.scalar(select(Unit.id).where(Unit.name == "Dinas Pendidikan"))
    result = organisation.set_org_predikat(staffed, operator, unit_id=dinas, period=ANNUAL, predikat="Baik")
    assert result.counts["Baik"] == 1
    assert any("sedikitnya satu" in w for w in result.warnings)
    kadis_eval = ev.open_evaluation(staffed, operator, skp_id=chain["kadis"].id, period=ANNUAL)
    with pytest.raises(NotAllowed, match="capaian organisasi"):
        ev.set_ratings(staffed, operator, evaluation_id=kadis_eval.id, rating_hasil="Di Atas Ekspektasi",
                       rating_perilaku="Sesuai Ekspektasi")
    row = ev.set_ratings(staffed, operator, evaluation_id=kadis_eval.id, rating_hasil=None,
                         rating_perilaku="Di Bawah Ekspektasi")
    assert row.rating_hasil == "Sesuai Ekspektasi" and row.predikat == "Kurang/Misconduct"
    after = organisation.unit_distribution(staffed, operator, unit_id=dinas, period=ANNUAL)
    assert after.warnings == () and after.counts["Kurang/Misconduct"] == 1


def test_objection_within_14_days_and_final_decision(staffed, operator, chain):
    kabid = penilai_actor(staffed, KABID)
    e = ev.open_evaluation(staffed, kabid, skp_id=chain["guru"].id, period=ANNUAL)
    ev.set_ratings(staffed, kabid, evaluation_id=e.id, rating_hasil="Di Bawah Ekspektasi",
                   rating_perilaku="Sesuai Ekspektasi")
    ev.finalize_evaluation(staffed, kabid, evaluation_id=e.id)
    with pytest.raises(NotAllowed, match="14 hari"):
        ev.file_objection(staffed, operator, evaluation_id=e.id, reason="Tidak adil",
                          received_on=date(2027, 1, 2), filed_on=date(2027, 1, 17))
    obj = ev.file_objection(staffed, operator, evaluation_id=e.id, reason="Realisasi tidak dihitung",
                            received_on=date(2027, 1, 2), filed_on=date(2027, 1, 16))
    wrong = penilai_actor(staffed, KABID)  # the penilai cannot decide on their own rating
    with pytest.raises(NotAllowed, match="atasan pejabat penilai"):
        ev.decide_objection(staffed, wrong, objection_id=obj.id, decision="Ditolak")
    kadis = penilai_actor(staffed, KADIS)
    decided = ev.decide_objection(staffed, kadis, objection_id=obj.id, decision="Diterima sebagian",
                                  rating_hasil="Sesuai Ekspektasi")
    assert decided.old_result["predikat"] == "Butuh Perbaikan"
    assert decided.new_result["predikat"] == "Baik"
    with pytest.raises(NotAllowed, match="final"):
        ev.decide_objection(staffed, kadis, objection_id=obj.id, decision="Lagi")
    assert verify_audit(staffed).problems == ()


def test_failed_action_changes_nothing(staffed, operator, chain):
    with staffed.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(UserError):
        skp_service.add_indicator(staffed, operator, rhk_id=chain["guru_rhk"].id, text="x", aspek="Warna")
    with staffed.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before


def _decided_objection(staffed, operator, chain):
    """The guru's annual evaluation, rated Butuh Perbaikan by the kabid and finalized; an
    objection filed for the guru; the kadis (the kabid's atasan) decides Sangat Baik."""
    kabid = penilai_actor(staffed, KABID)
    e = ev.open_evaluation(staffed, kabid, skp_id=chain["guru"].id, period=ANNUAL)
    ev.set_ratings(staffed, kabid, evaluation_id=e.id, rating_hasil="Di Bawah Ekspektasi",
                   rating_perilaku="Sesuai Ekspektasi")
    ev.finalize_evaluation(staffed, kabid, evaluation_id=e.id)
    obj = ev.file_objection(staffed, operator, evaluation_id=e.id, reason="Realisasi tidak dihitung",
                            received_on=date.today())
    with pytest.raises(NotAllowed, match="sedang diajukan keberatan"):  # no pre-empting the atasan
        ev.unlock_evaluation(staffed, kabid, evaluation_id=e.id, reason="Memperbaiki rating sebelum diputuskan")
    kadis = penilai_actor(staffed, KADIS)
    ev.decide_objection(staffed, kadis, objection_id=obj.id, decision="Diterima",
                        rating_hasil="Di Atas Ekspektasi", rating_perilaku="Di Atas Ekspektasi")
    return e, kabid, kadis


def test_the_penilai_cannot_overturn_a_decided_objection(staffed, operator, chain):
    e, kabid, kadis = _decided_objection(staffed, operator, chain)
    with staffed.read() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(NotAllowed, match="sudah diputuskan atasan"):
        ev.unlock_evaluation(staffed, kabid, evaluation_id=e.id, reason="Saya ingin menilai ulang pegawai ini")
    with pytest.raises(NotAllowed):
        ev.set_ratings(staffed, kabid, evaluation_id=e.id, rating_hasil="Di Bawah Ekspektasi",
                       rating_perilaku="Di Bawah Ekspektasi")
    with staffed.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
    detail = ev.evaluation_detail(staffed, operator, employee_id=chain["guru"].employee_id, period=ANNUAL)
    assert (detail.evaluation.status, detail.evaluation.predikat) == ("Final", "Sangat Baik")
    # The atasan who decided may reopen it (audited), and then only they or the operator change it.
    ev.unlock_evaluation(staffed, kadis, evaluation_id=e.id, reason="Koreksi salah ketik keputusan")
    with pytest.raises(NotAllowed):
        ev.set_ratings(staffed, kabid, evaluation_id=e.id, rating_hasil="Di Bawah Ekspektasi",
                       rating_perilaku="Di Bawah Ekspektasi")
    ev.finalize_evaluation(staffed, kadis, evaluation_id=e.id)
    ev.unlock_evaluation(staffed, operator, evaluation_id=e.id, reason="Perintah BKPSDM nomor 12/2026")
    assert verify_audit(staffed).problems == ()


def test_an_objection_is_the_employees_own(staffed, operator, chain):
    kabid = penilai_actor(staffed, KABID)
    e = ev.open_evaluation(staffed, kabid, skp_id=chain["guru"].id, period=ANNUAL)
    ev.set_ratings(staffed, kabid, evaluation_id=e.id, rating_hasil="Sesuai Ekspektasi",
                   rating_perilaku="Sesuai Ekspektasi")
    ev.finalize_evaluation(staffed, kabid, evaluation_id=e.id)
    for other in (kabid, penilai_actor(staffed, KADIS)):  # not the penilai, not anyone else
        with pytest.raises(NotAllowed, match="pegawai yang dinilai sendiri"):
            ev.file_objection(staffed, other, evaluation_id=e.id, reason="Keberatan palsu",
                              received_on=date.today())
    guru = penilai_actor(staffed, GURU)  # an account linked to the guru: their own objection
    assert ev.file_objection(staffed, guru, evaluation_id=e.id, reason="Realisasi tidak dihitung",
                             received_on=date.today()).status == "Diajukan"
