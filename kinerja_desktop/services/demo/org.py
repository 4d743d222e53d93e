"""The demo kabupaten's organisation: perangkat daerah with bidang, schools and puskesmas."""

from dataclasses import dataclass, field

from .names import KECAMATAN


@dataclass(frozen=True)
class PdTemplate:
    name: str
    head: str  # jabatan of the head
    sector: str  # pendidikan / kesehatan / umum
    bidang: tuple[str, ...]
    outlet: str = ""  # "SD"/"SMP" schools or "Puskesmas"


PERANGKAT_DAERAH = (
    PdTemplate("Dinas Pendidikan", "Kepala Dinas Pendidikan", "pendidikan",
               ("Bidang Pembinaan SD", "Bidang Pembinaan SMP", "Bidang PAUD dan Pendidikan Nonformal"), "Sekolah"),
    PdTemplate("Dinas Kesehatan", "Kepala Dinas Kesehatan", "kesehatan",
               ("Bidang Pelayanan Kesehatan", "Bidang Pencegahan dan Pengendalian Penyakit",
                "Bidang Kesehatan Masyarakat"), "Puskesmas"),
    PdTemplate("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala Badan", "umum",
               ("Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi", "Bidang Penilaian Kinerja")),
    PdTemplate("Sekretariat Daerah", "Sekretaris Daerah", "umum",
               ("Bagian Umum", "Bagian Hukum", "Bagian Organisasi")),
    PdTemplate("Inspektorat Daerah", "Inspektur", "umum", ("Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II")),
    PdTemplate("Badan Perencanaan Pembangunan Daerah", "Kepala Badan", "umum",
               ("Bidang Perencanaan Ekonomi", "Bidang Perencanaan Sosial Budaya")),
    PdTemplate("Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala Badan", "umum",
               ("Bidang Anggaran", "Bidang Perbendaharaan", "Bidang Aset")),
    PdTemplate("Dinas Pekerjaan Umum dan Penataan Ruang", "Kepala Dinas", "umum",
               ("Bidang Bina Marga", "Bidang Sumber Daya Air", "Bidang Penataan Ruang")),
    PdTemplate("Dinas Sosial", "Kepala Dinas", "umum", ("Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial")),
    PdTemplate("Dinas Kependudukan dan Pencatatan Sipil", "Kepala Dinas", "umum",
               ("Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil")),
    PdTemplate("Dinas Pertanian", "Kepala Dinas", "umum", ("Bidang Tanaman Pangan", "Bidang Penyuluhan")),
)


def kecamatan_templates(count: int) -> list[PdTemplate]:
    return [PdTemplate(f"Kecamatan {name}", "Camat", "umum", ("Seksi Pemerintahan", "Seksi Pelayanan Umum"))
            for name in KECAMATAN[:count]]


@dataclass
class Plan:
    """How many of what: sized so the employees add up to exactly the number asked for."""

    pds: list[PdTemplate]
    bidang_per_pd: int
    schools: int
    puskesmas: int
    staff: int  # pelaksana/fungsional spread over the seksi
    teachers: int
    nakes: int
    extra: dict = field(default_factory=dict)


def size_plan(total: int) -> Plan:
    kecamatan = max(0, min(len(KECAMATAN), total // 450))
    pds = [*PERANGKAT_DAERAH, *kecamatan_templates(kecamatan)][:max(2, total // 25)]
    bidang = 1 if total < 1500 else 2 if total < 6000 else 3
    # head, sekretaris, and per bidang its head and (where there is a lower level) a kepala seksi
    from .structure import sub_unit

    structural = sum(2 + sum(1 + (sub_unit(p.name, b) is not None) for b in p.bidang[:bidang]) for p in pds)
    rest = max(0, total - structural)
    has_school = any(p.outlet == "Sekolah" for p in pds)
    has_pkm = any(p.outlet == "Puskesmas" for p in pds)
    education = rest * 45 // 100 if has_school else 0
    health = rest * 20 // 100 if has_pkm else 0
    schools = max(1, education // 14) if education >= 3 else 0
    puskesmas = max(1, health // 22) if health >= 3 else 0
    teachers = max(0, education - schools)
    nakes = max(0, health - puskesmas)
    staff = total - structural - schools - teachers - puskesmas - nakes
    return Plan(pds, bidang, schools, puskesmas, staff, teachers, nakes)
