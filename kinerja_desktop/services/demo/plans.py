"""Demo SKPs: RHK cascaded from the superior's RHK, with indicators per aspek or perspektif."""

from dataclasses import dataclass

from .people import Person

RHK_TEMPLATES = {
    "jpt": ("Meningkatnya kualitas layanan {area}", "Meningkatnya akuntabilitas kinerja {area}",
            "Terwujudnya tata kelola {area} yang efektif"),
    "camat": ("Meningkatnya kualitas pelayanan publik di {area}", "Terselenggaranya pemerintahan {area} yang tertib"),
    "sekretaris": ("Terselenggaranya dukungan administrasi dan keuangan yang akuntabel",
                   "Tersusunnya dokumen perencanaan dan laporan kinerja"),
    "kabid": ("Meningkatnya capaian program {area}", "Terlaksananya pembinaan dan pengendalian {area}"),
    "kasi": ("Tersusunnya rencana dan laporan program {area}", "Terlaksananya pemantauan kegiatan {area}"),
    "staf": ("Tersusunnya laporan administrasi {area}", "Terkelolanya data dan arsip {area}",
             "Terlaksananya layanan administrasi yang tepat waktu"),
    "kepsek": ("Meningkatnya mutu pembelajaran di {area}", "Terkelolanya sumber daya {area}"),
    "guru": ("Terlaksananya pembelajaran yang berkualitas", "Tersusunnya perangkat dan penilaian pembelajaran",
             "Terlaksananya bimbingan peserta didik"),
    "kapus": ("Meningkatnya cakupan pelayanan kesehatan di {area}", "Terkelolanya layanan {area} sesuai standar"),
    "nakes": ("Terlaksananya pelayanan kesehatan sesuai standar", "Tersusunnya pencatatan dan pelaporan pelayanan",
              "Terlaksananya penyuluhan kesehatan masyarakat"),
}
JPT_INDICATORS = (("Indeks kepuasan masyarakat", 82.0, "indeks", "Penerima Layanan"),
                  ("Persentase program yang tepat waktu", 90.0, "%", "Proses Bisnis"),
                  ("Nilai akuntabilitas kinerja", 70.0, "nilai", "Penguatan Internal"),
                  ("Persentase realisasi anggaran", 95.0, "%", "Anggaran"))
ASPEK_INDICATORS = (("Kuantitas", "Jumlah {obj}", (4, 12, 24), "dokumen"),
                    ("Kualitas", "Persentase {obj} yang sesuai standar", (90, 95, 100), "%"),
                    ("Waktu", "Ketepatan waktu penyelesaian {obj}", (12,), "bulan"))


@dataclass(frozen=True)
class PlannedRhk:
    id: int
    uuid: str
    indicators: tuple[tuple[int, str, float, str], ...]  # (id, uuid, target, satuan)


def rhk_rows(person: Person, skp_id: int, parent_rhk: list[PlannedRhk], new_id, uuid, rng):
    """(rhk rows, indicator rows, planned RHK) for one SKP; ``new_id(table)`` hands out ids."""
    templates = RHK_TEMPLATES[person.kind]
    count = min(len(templates), 2 + (rng.random() < 0.5))
    rhks, indicators, planned = [], [], []
    for position, template in enumerate(templates[:count], start=1):
        rid, ruuid = new_id("rhk"), uuid()
        parent = parent_rhk[(position - 1) % len(parent_rhk)].id if parent_rhk else None
        text = template.format(area=person.area)
        rhks.append(dict(id=rid, uuid=ruuid, version=1, skp_id=skp_id, parent_id=parent,
                         intervensi_text="" if parent else "Sasaran strategis Renstra perangkat daerah",
                         jenis="utama", position=position, text=text))
        ind = _indicators(person, rid, text, new_id, uuid, rng)
        indicators += ind
        planned.append(PlannedRhk(rid, ruuid, tuple((i["id"], i["uuid"], i["target_min"], i["satuan"]) for i in ind)))
    return rhks, indicators, planned


def _indicators(person: Person, rhk_id: int, text: str, new_id, uuid, rng) -> list[dict]:
    obj = text.split(" ", 1)[1][:60].lower() if " " in text else text
    if person.kind == "jpt":
        picks = rng.sample(JPT_INDICATORS, 2)
        return [dict(id=new_id("indicator"), uuid=uuid(), version=1, rhk_id=rhk_id, position=n, aspek="",
                     perspektif=p, text=t, target_min=target, target_max=target, satuan=unit, target_text="")
                for n, (t, target, unit, p) in enumerate(picks, start=1)]
    rows = []
    for n, (aspek, t, targets, unit) in enumerate(ASPEK_INDICATORS, start=1):
        target = float(rng.choice(targets))
        rows.append(dict(id=new_id("indicator"), uuid=uuid(), version=1, rhk_id=rhk_id, position=n, aspek=aspek,
                         perspektif="", text=t.format(obj=obj), target_min=target, target_max=target,
                         satuan=unit, target_text=""))
    return rows
