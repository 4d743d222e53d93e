"""What follows a predikat (domain.md section 11), in the words an employee reads on their result."""

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from ..errors import UserError
from .ratings import Predikat

FOLLOW_UP: dict[str, tuple[str, ...]] = {
    Predikat.SANGAT_BAIK: ("Hasil ini menjadi dasar penghargaan dan pertimbangan pengembangan karier (kelompok rencana "
                           "suksesi/talenta).", "Anda tetap berhak atas sedikitnya 20 JP pengembangan kompetensi setahun."),
    Predikat.BAIK: ("Pertahankan capaian; pengembangan kompetensi diarahkan pada nilai perilaku dan RHK yang belum optimal.",
                    "Anda berhak atas sedikitnya 20 JP pengembangan kompetensi setahun."),
    Predikat.BUTUH_PERBAIKAN: ("Atasan menyusun rencana pembinaan kinerja bersama Anda, dengan tanggal tinjauan.",
                               "Pengembangan kompetensi diprioritaskan pada hasil kerja yang di bawah ekspektasi."),
    Predikat.KURANG: ("Atasan menyusun rencana pembinaan perilaku kerja bersama Anda, dengan tanggal tinjauan.",
                      "Perilaku yang di bawah ekspektasi menjadi titik awal pengembangan."),
    Predikat.SANGAT_KURANG: ("Anda mengikuti program pembinaan kinerja; hasilnya ditinjau pada periode berikutnya.",
                             "Predikat ini berdampak pada hak kepegawaian sesuai ketentuan; tanyakan kepada atasan "
                             "atau BKPSDM bila ada yang belum jelas, dan Anda dapat mengajukan keberatan."),
}

# --- competence development (PP 11/2017 as amended by PP 17/2020) ---
MIN_JP = 20  # every ASN's right to competence development, jam pelajaran a year
COACHED = frozenset({Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG})
REVIEW_MONTHS = 3  # a coaching plan is reviewed this long after it is made, unless the penilai says
FAR_FROM_TARGET = 0.8  # an RHK whose indicators reach under 80 % of target is where results training starts


# --- the talent box (PermenPANRB 3/2020; domain.md section 11) ---
class Kinerja(StrEnum):
    DI_BAWAH = "di bawah ekspektasi"
    SESUAI = "sesuai ekspektasi"
    DI_ATAS = "di atas ekspektasi"


class Potensi(StrEnum):
    RENDAH = "rendah"
    MENENGAH = "menengah"
    TINGGI = "tinggi"


def kinerja_of(predikat: str) -> Kinerja:
    """Sangat Baik is above expectations, Baik meets them, every other predikat is below."""
    return {Predikat.SANGAT_BAIK: Kinerja.DI_ATAS, Predikat.BAIK: Kinerja.SESUAI}.get(predikat, Kinerja.DI_BAWAH)


def potensi_of(text: str) -> Potensi:
    try:
        return Potensi(" ".join(str(text or "").lower().split()))
    except ValueError:
        raise UserError("Potensi '{text}' tidak dikenal: tulis rendah, menengah atau tinggi.", text=text) from None


BOXES = {  # (kinerja, potensi) -> box number, as domain.md numbers them
    (Kinerja.DI_BAWAH, Potensi.RENDAH): 1, (Kinerja.DI_BAWAH, Potensi.MENENGAH): 2,
    (Kinerja.SESUAI, Potensi.RENDAH): 3, (Kinerja.DI_BAWAH, Potensi.TINGGI): 4,
    (Kinerja.SESUAI, Potensi.MENENGAH): 5, (Kinerja.DI_ATAS, Potensi.RENDAH): 6,
    (Kinerja.SESUAI, Potensi.TINGGI): 7, (Kinerja.DI_ATAS, Potensi.MENENGAH): 8,
    (Kinerja.DI_ATAS, Potensi.TINGGI): 9,
}
BOX_ADVICE = {
    **dict.fromkeys((7, 8, 9), "Kelompok rencana suksesi (talent pool): promosi, penugasan khusus, pengembangan karier."),
    **dict.fromkeys((4, 5, 6), "Pengembangan kompetensi dan rotasi untuk memantapkan kinerja atau potensinya."),
    **dict.fromkeys((1, 2, 3), "Pembinaan kinerja, dan konsekuensi sesuai ketentuan bila tidak membaik."),
}


# --- angka kredit of a fungsional (PermenPANRB 1/2023; domain.md sections 3.5 and 11) ---
COEFFICIENTS = {"Pemula": Decimal("3.75"), "Terampil": Decimal("5"), "Mahir": Decimal("12.5"),
                "Penyelia": Decimal("25"), "Ahli Pertama": Decimal("12.5"), "Ahli Muda": Decimal("25"),
                "Ahli Madya": Decimal("37.5"), "Ahli Utama": Decimal("50")}
PERCENT = {Predikat.SANGAT_BAIK: 150, Predikat.BAIK: 100, Predikat.BUTUH_PERBAIKAN: 75, Predikat.KURANG: 50,
           Predikat.SANGAT_KURANG: 25}


def jenjang_of(jabatan: str) -> str | None:
    """The jenjang a fungsional's jabatan names ("Guru Ahli Pertama" -> "Ahli Pertama"), or None."""
    text = " ".join(str(jabatan or "").split()).lower()
    found = [j for j in COEFFICIENTS if re.search(rf"\b{j.lower()}\b", text)]
    return max(found, key=len) if found else None


def angka_kredit(jenjang: str, predikat: str, months: int) -> Decimal:
    """Coefficient x percentage x months/12, to three decimals as the conversion sheet writes it."""
    value = COEFFICIENTS[jenjang] * PERCENT[Predikat(predikat)] / 100 * Decimal(months) / 12
    return value.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


# --- who is not evaluated, and when (domain.md section 11) ---
class Status(StrEnum):
    CLTN = "cltn"
    TUGAS_BELAJAR = "tugas belajar"
    PEMBERHENTIAN_SEMENTARA = "pemberhentian sementara"
    PENSIUN = "pensiun"
    MENINGGAL = "meninggal"
    PINDAH_KELUAR = "pindah keluar"
    PINDAH_MASUK = "pindah masuk"


STATUS_TITLES = {Status.CLTN: "Cuti di luar tanggungan negara", Status.TUGAS_BELAJAR: "Tugas belajar",
                 Status.PEMBERHENTIAN_SEMENTARA: "Pemberhentian sementara", Status.PENSIUN: "Pensiun",
                 Status.MENINGGAL: "Meninggal dunia", Status.PINDAH_KELUAR: "Pindah keluar",
                 Status.PINDAH_MASUK: "Pindah masuk"}
GONE = frozenset({Status.PENSIUN, Status.MENINGGAL, Status.PINDAH_KELUAR})  # from the date on, for good
_STATUS_ALIASES = {"cuti di luar tanggungan negara": Status.CLTN, "cuti diluar tanggungan negara": Status.CLTN,
                   "tubel": Status.TUGAS_BELAJAR, "meninggal dunia": Status.MENINGGAL, "mutasi keluar": Status.PINDAH_KELUAR,
                   "mutasi masuk": Status.PINDAH_MASUK, "pemberhentian sementara": Status.PEMBERHENTIAN_SEMENTARA}


def status_of(text: str) -> Status:
    key = " ".join(str(text or "").lower().split())
    try:
        return _STATUS_ALIASES.get(key) or Status(key)
    except ValueError:
        raise UserError("Status '{text}' tidak dikenal: pilih {choices}.", text=text,
                        choices=", ".join(s.value for s in Status)) from None


MISSING = {"skp": "SKP belum disetujui", "evaluasi": "belum ada evaluasi", "final": "evaluasi belum final"}


def excluded_for(kind: Status, start: date, end: date | None, first: date, last: date) -> bool:
    """Whether a status period keeps a person out of the evaluation of the period first..last.
    Gone (pensiun, meninggal, pindah keluar) from ``start``: out when that is on or before the
    period's first day. Arrived (pindah masuk) on ``start``: out when that is after its last day.
    Away (cuti, tugas belajar, pemberhentian sementara): out when the absence covers the whole
    period; a partial absence still owes an evaluation of the months worked."""
    if kind in GONE:
        return start <= first
    if kind is Status.PINDAH_MASUK:
        return start > last
    return start <= first and (end is None or end >= last)


def months_worked(periods: list[tuple["Status", date, date | None]], year: int) -> int:
    """Full months of ``year`` not covered by an absence or after a departure (for angka kredit
    pro rata): a month counts when the person was at work on its 15th."""
    count = 0
    for month in range(1, 13):
        day = date(year, month, 15)
        away = any((kind in GONE and start <= day) or (kind is Status.PINDAH_MASUK and start > day)
                   or (kind not in GONE and kind is not Status.PINDAH_MASUK and start <= day and (end is None or end >= day))
                   for kind, start, end in periods)
        count += not away
    return count
