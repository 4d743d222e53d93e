"""What follows a predikat (domain.md section 11), in the words an employee reads on their result."""

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
