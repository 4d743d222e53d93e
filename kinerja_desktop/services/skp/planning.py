"""Planning an SKP: create it, add RHK cascaded from the superior's, indicators, expectations."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.jabatan import JenisJabatan, form_family
from ...domain.workflow import SkpStatus, skp_is_editable
from ...errors import NotAllowed, Text, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import BehaviourExpectation, Employee, Indicator, LampiranItem, Rhk, Skp
from ..access import employee_by_nip, load, require_owner_or_penilai, require_writer
from ..context import Actor
from ..rows import IndicatorRow, RhkRow, SkpRow
from .snapshots import person_snapshot

ASPEK = ("Kuantitas", "Kualitas", "Waktu", "Biaya")
PERSPEKTIF = ("Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran")
APPROACHES = ("kuantitatif", "kualitatif")
from ...domain.lampiran import LAMPIRAN_SECTIONS, LAMPIRAN_TITLES  # noqa: F401 - re-exported
from ...domain.limits import check_length


def plan_skp(db: Database, actor: Actor, *, nip: str, year: int, approach: str = "kuantitatif") -> SkpRow:
    """Create the year's SKP in Draft, with snapshots of the employee, the penilai (the direct
    superior) and the penilai's superior, and the seven BerAKHLAK expectations (empty).
    A non-JPT cannot plan before the superior's SKP exists (cascading)."""
    require_writer(actor)
    if approach not in APPROACHES:
        raise UserError("Pendekatan '{approach}' tidak dikenal: pilih kuantitatif atau kualitatif.", approach=approach)
    with db.transaction() as s:
        employee = employee_by_nip(s, nip)
        penilai = s.get(Employee, employee.atasan_id) if employee.atasan_id else None
        _check_can_plan(s, employee, penilai, year)
        skp = Skp(employee_id=employee.id, year=year, approach=approach,
                  form_family=form_family(JenisJabatan(employee.jenis_jabatan)).value,
                  status=SkpStatus.DRAFT.value, penilai_id=penilai.id if penilai else None,
                  pegawai_snapshot=person_snapshot(s, employee),
                  penilai_snapshot=person_snapshot(s, penilai),
                  atasan_snapshot=person_snapshot(s, s.get(Employee, penilai.atasan_id) if penilai and penilai.atasan_id else None))
        require_owner_or_penilai(actor, skp)
        s.add(skp)
        s.flush()
        s.add_all(BehaviourExpectation(skp_id=skp.id, value_number=n) for n in range(1, 8))
        row = SkpRow.of(skp)
        audit.record(s, actor=actor.username, action="skp.plan", entity="skp", entity_uuid=skp.uuid,
                     after={"nip": employee.nip, "year": year, "approach": approach})
        return row


def _check_can_plan(s: Session, employee: Employee, penilai: Employee | None, year: int) -> None:
    if s.scalar(select(Skp.id).where(Skp.employee_id == employee.id, Skp.year == year)):
        raise NotAllowed("SKP {nama} untuk tahun {year} sudah ada.", nama=employee.nama, year=year)
    if JenisJabatan(employee.jenis_jabatan).is_jpt:
        return
    if penilai is None:
        raise NotAllowed("{nama} belum punya atasan langsung (pejabat penilai): isi NIP ATASAN di daftar pegawai dahulu.", nama=employee.nama)
    if not s.scalar(select(Skp.id).where(Skp.employee_id == penilai.id, Skp.year == year)):
        raise NotAllowed("SKP atasan ({nama}) untuk tahun {year} belum ada: RHK pegawai diturunkan dari RHK atasan, jadi atasan menyusun SKP-nya lebih dahulu.", nama=penilai.nama, year=year)


def editable_skp(s: Session, actor: Actor, skp_id: int) -> Skp:
    skp = load(s, Skp, skp_id, Text("SKP"))
    require_owner_or_penilai(actor, skp)
    if not skp_is_editable(skp.status):
        raise NotAllowed("SKP berstatus {status} tidak dapat diubah; minta atasan mengembalikannya.", status=skp.status)
    if skp.status == SkpStatus.DIKEMBALIKAN:
        skp.status = SkpStatus.DRAFT.value  # editing a returned plan makes it a draft again
    skp.bump()
    return skp


def superior_rhk(db: Database, actor: Actor, skp_id: int) -> list[RhkRow]:
    """The RHK an RHK of this SKP may intervene: those of the penilai's SKP of the same year;
    for whoever may see this SKP."""
    from ..access import require_can_view

    with db.read() as s:
        skp = load(s, Skp, skp_id, Text("SKP"))
        require_can_view(actor, s.get(Employee, skp.employee_id))
        parent_skp = s.scalar(select(Skp.id).where(Skp.employee_id == skp.penilai_id, Skp.year == skp.year))
        rhk = s.scalars(select(Rhk).where(Rhk.skp_id == parent_skp).order_by(Rhk.position)) if parent_skp else []
        return [RhkRow.of(r) for r in rhk]


def add_rhk(db: Database, actor: Actor, *, skp_id: int, text: str, parent_rhk_id: int | None = None,
            intervensi_text: str = "", jenis: str = "utama") -> RhkRow:
    """Add an RHK. A utama RHK of a non-JPT must hang under an RHK of the superior's SKP."""
    text = check_length("rhk", " ".join(text.split()))
    intervensi_text = check_length("intervensi", intervensi_text)
    if not text:
        raise UserError("Teks RHK kosong: tulis hasil kerja yang direncanakan.")
    if jenis not in ("utama", "tambahan"):
        raise UserError("Jenis RHK '{jenis}' tidak dikenal: utama atau tambahan.", jenis=jenis)
    with db.transaction() as s:
        skp = editable_skp(s, actor, skp_id)
        _check_parent(s, skp, parent_rhk_id, jenis, intervensi_text)
        position = (s.scalar(select(func.max(Rhk.position)).where(Rhk.skp_id == skp.id)) or 0) + 1
        rhk = Rhk(skp_id=skp.id, parent_id=parent_rhk_id, intervensi_text=intervensi_text,
                  jenis=jenis, position=position, text=text)
        s.add(rhk)
        s.flush()
        row = RhkRow.of(rhk)
        audit.record(s, actor=actor.username, action="rhk.add", entity="rhk", entity_uuid=rhk.uuid,
                     after={"skp": skp.uuid, "text": text, "jenis": jenis, "parent_id": parent_rhk_id})
        return row


def _check_parent(s: Session, skp: Skp, parent_id: int | None, jenis: str, intervensi_text: str) -> None:
    if parent_id is None:
        if jenis == "utama" and skp.form_family != "JPT" and not intervensi_text:
            raise NotAllowed("RHK utama harus diturunkan dari RHK atasan yang diintervensi: pilih RHK atasan.")
        return
    parent = load(s, Rhk, parent_id, Text("RHK atasan"))
    parent_skp = s.get(Skp, parent.skp_id)
    if parent_skp.employee_id != skp.penilai_id or parent_skp.year != skp.year:
        raise NotAllowed("RHK yang diintervensi harus berasal dari SKP atasan langsung pada tahun yang sama.")


def add_indicator(db: Database, actor: Actor, *, rhk_id: int, text: str, aspek: str = "",
                  target_min: float | None = None, target_max: float | None = None, satuan: str = "",
                  target_text: str = "", perspektif: str = "", source: str = "") -> IndicatorRow:
    """Add an indicator: per aspek for Administrasi/Fungsional, with a perspektif for JPT;
    a numeric target for the kuantitatif approach, a narrated one for kualitatif. ``source``
    "presensi" binds a percentage indicator to the attendance recap (its realisasi is proposed
    from the data for the penilai to confirm)."""
    if source not in ("", "presensi"):
        raise UserError("Sumber realisasi '{source}' tidak dikenal: kosongkan, atau presensi.", source=source)
    if source and satuan.strip() != "%":
        raise UserError("Indikator yang diisi dari presensi bersatuan %: persentase kehadiran.")
    text, satuan = check_length("indikator", " ".join(text.split())), check_length("satuan", satuan)
    target_text = check_length("target", target_text)
    with db.transaction() as s:
        rhk = load(s, Rhk, rhk_id, Text("RHK"))
        skp = editable_skp(s, actor, rhk.skp_id)
        _check_indicator(skp, text, aspek, target_min, target_max, target_text, perspektif)
        position = (s.scalar(select(func.max(Indicator.position)).where(Indicator.rhk_id == rhk.id)) or 0) + 1
        ind = Indicator(rhk_id=rhk.id, position=position, aspek=aspek, perspektif=perspektif,
                        text=" ".join(text.split()), target_min=target_min,
                        target_max=target_max if target_max is not None else target_min,
                        satuan=satuan, target_text=target_text, source=source)
        s.add(ind)
        s.flush()
        row = IndicatorRow.of(ind)
        audit.record(s, actor=actor.username, action="indicator.add", entity="indicator",
                     entity_uuid=ind.uuid, after={k: v for k, v in row.__dict__.items() if k not in ("id", "rhk_id")})
        return row


def _check_indicator(skp: Skp, text, aspek, target_min, target_max, target_text, perspektif) -> None:
    if not text.strip():
        raise UserError("Teks indikator kosong: tulis indikator kinerja individu.")
    if skp.form_family == "JPT":
        if perspektif not in PERSPEKTIF:
            raise UserError("Perspektif '{perspektif}' tidak dikenal: pilih {choices}.", perspektif=perspektif, choices=', '.join(PERSPEKTIF))
    elif aspek not in ASPEK:
        raise UserError("Aspek '{aspek}' tidak dikenal: pilih {choices}.", aspek=aspek, choices=', '.join(ASPEK))
    if skp.approach == "kualitatif":
        if not target_text.strip():
            raise UserError("Target kosong: pendekatan kualitatif memakai target berupa uraian.")
    elif target_min is None:
        raise UserError("Target kosong: pendekatan kuantitatif memakai target berupa angka.")
    elif target_max is not None and target_max < target_min:
        raise UserError("Target maksimum {target_max} lebih kecil dari target minimum {target_min}.", target_max=target_max, target_min=target_min)


def set_expectations(db: Database, actor: Actor, *, skp_id: int, texts: dict[int, str]) -> None:
    """The leader's ekspektasi khusus per BerAKHLAK value (1..7), all in one transaction."""
    texts = {n: check_length("ekspektasi", t) for n, t in texts.items()}
    bad = [n for n in texts if not 1 <= n <= 7]
    if bad:
        raise UserError("Nilai BerAKHLAK nomor {value} tidak ada (1 sampai 7).", value=bad[0])
    with db.transaction() as s:
        skp = editable_skp(s, actor, skp_id)
        rows = {r.value_number: r for r in s.scalars(select(BehaviourExpectation).where(BehaviourExpectation.skp_id == skp.id))}
        before = {n: rows[n].ekspektasi_khusus for n in texts}
        for number, text in texts.items():
            rows[number].ekspektasi_khusus = text.strip()
        audit.record(s, actor=actor.username, action="skp.expectations", entity="skp", entity_uuid=skp.uuid,
                     before=before, after={n: t.strip() for n, t in texts.items()})


def add_lampiran(db: Database, actor: Actor, *, skp_id: int, section: str, text: str) -> None:
    """One numbered item of the Lampiran SKP (dukungan sumber daya, skema, konsekuensi)."""
    if section not in LAMPIRAN_SECTIONS:
        raise UserError("Bagian lampiran '{section}' tidak dikenal: {choices}.", section=section, choices=', '.join(LAMPIRAN_SECTIONS))
    text = check_length("lampiran", text)
    if not text.strip():
        raise UserError("Isi lampiran kosong.")
    with db.transaction() as s:
        skp = editable_skp(s, actor, skp_id)
        position = (s.scalar(select(func.max(LampiranItem.position)).where(
            LampiranItem.skp_id == skp.id, LampiranItem.section == section)) or 0) + 1
        s.add(LampiranItem(skp_id=skp.id, section=section, position=position, text=text.strip()))
        audit.record(s, actor=actor.username, action="skp.lampiran", entity="skp", entity_uuid=skp.uuid,
                     after={"section": section, "position": position, "text": text.strip()})


def record_outside_penilai(db: Database, actor: Actor, *, nip: str, year: int, nama: str, jabatan: str) -> SkpRow:
    """The penilai of a JPT who is not an ASN (the Bupati or Wali Kota for the Sekda): recorded
    by the operator with name and jabatan on a plan still being drafted, printed without an NIP."""
    from ..access import require_operator

    require_operator(actor)
    nama, jabatan = check_length("nama", nama).strip(), check_length("jabatan", jabatan).strip()
    if not nama or not jabatan:
        raise UserError("Isi nama dan jabatan pejabat penilai, mis. --nama 'H. Ahmad Fauzi' --jabatan 'Bupati Sukamaju'.")
    with db.transaction() as s:
        employee = employee_by_nip(s, nip)
        skp = s.scalar(select(Skp).where(Skp.employee_id == employee.id, Skp.year == year).order_by(Skp.segment.desc())
                       .limit(1))
        if skp is None:
            raise NotAllowed("Pegawai NIP {nip} belum mempunyai SKP tahun {year}; susun SKP-nya dahulu.", nip=nip, year=year)
        editable_skp(s, actor, skp.id)
        before = dict(skp.penilai_snapshot or {})
        skp.penilai_id = None
        skp.penilai_snapshot = {"nama": nama, "nip": "", "pangkat": "", "jabatan": jabatan, "unit": "",
                                "jenis_pegawai": "non-ASN"}
        skp.atasan_snapshot = {}
        audit.record(s, actor=actor.username, action="skp.penilai_luar", entity="skp", entity_uuid=skp.uuid,
                     before=before, after=skp.penilai_snapshot)
        return SkpRow.of(skp)


def has_penilai(skp: Skp) -> bool:
    return skp.penilai_id is not None or bool((skp.penilai_snapshot or {}).get("nama"))
