"""Lay the plan out as units and people: heads first, so every superior precedes their staff."""

from itertools import cycle

from .names import NAKES
from .org import Plan
from .people import PeopleBuilder, Person


def build_structure(b: PeopleBuilder, plan: Plan) -> None:
    seksi: list[Person] = []
    outlets: dict[str, list[tuple[int, Person, int]]] = {"Sekolah": [], "Puskesmas": []}
    sekda = None  # the penilai of every other head of a perangkat daerah; the Bupati is the Sekda's
    for index, pd in enumerate(sorted(plan.pds, key=lambda p: p.name != SETDA)):
        pd_unit = b.unit(pd.name, None, "perangkat daerah")
        head_kind = "camat" if pd.head == "Camat" else "jpt"
        head = b.person(head_kind, pd.head, pd_unit, sekda, pd.sector, index, pd.name)
        if pd.name == SETDA:
            head.row["jenis_jabatan"], sekda = "JPT Madya", head
        first = {SETDA: "Bagian Perencanaan dan Keuangan"}.get(pd.name, "Sekretariat" if head_kind == "jpt"
                                                                  else "Sekretariat Kecamatan")
        title = {"Sekretariat": "Sekretaris", "Sekretariat Kecamatan": "Sekretaris Camat"}.get(first, f"Kepala {first}")
        b.person("sekretaris", title, b.unit(first, pd_unit, "sekretariat"), head, "umum", index, first)
        for bidang in pd.bidang[:plan.bidang_per_pd]:
            below = sub_unit(pd.name, bidang)
            if below is None:  # a kecamatan's seksi or an inspektur pembantu: one level, staff directly below
                unit = b.unit(bidang, pd_unit, "seksi" if head_kind == "camat" else "bidang")
                kind = "kasi" if head_kind == "camat" else "kabid"
                title = bidang if bidang.startswith("Inspektur") else f"Kepala {bidang}"
                seksi.append(b.person(kind, title, unit, head, "umum", index, bidang))
                continue
            unit = b.unit(bidang, pd_unit, "bidang")
            kabid = b.person("kabid", f"Kepala {bidang}", unit, head, "umum", index, bidang)
            seksi_unit = b.unit(below, unit, "seksi")
            seksi.append(b.person("kasi", f"Kepala {below}", seksi_unit, kabid, "umum", index, bidang))
            if pd.outlet:
                outlets[pd.outlet].append((pd_unit, kabid, index))
    _outlets(b, outlets["Sekolah"], plan.schools, plan.teachers, "pendidikan")
    _outlets(b, outlets["Puskesmas"], plan.puskesmas, plan.nakes, "kesehatan")
    _staff(b, seksi, plan.staff)


SETDA = "Sekretariat Daerah"
SETDA_SUBBAGIAN = {"Bagian Umum": "Subbagian Tata Usaha Pimpinan", "Bagian Hukum": "Subbagian Peraturan Perundang-undangan",
                   "Bagian Organisasi": "Subbagian Kelembagaan dan Analisis Jabatan"}


def sub_unit(pd_name: str, bidang: str) -> str | None:
    """The unit under a bidang as real structures name it: a Seksi in a Dinas, a Subbidang in a
    Badan, a Subbagian under a Bagian of the Setda; None where there is no lower level."""
    topic = bidang.split(" ", 1)[-1]
    if bidang.startswith("Bagian"):
        return SETDA_SUBBAGIAN.get(bidang, f"Subbagian {topic}")
    if not bidang.startswith("Bidang"):
        return None
    return f"{'Seksi' if pd_name.startswith('Dinas') else 'Subbidang'} Program {topic}"


def _outlets(b: PeopleBuilder, parents, count: int, staff: int, sector: str) -> None:
    if not parents or not count:
        return
    heads = []
    kecamatan = [p.name.removeprefix("Kecamatan ") for p in b.plan.pds if p.head == "Camat"] or ["Sukamaju"]
    for n in range(count):
        pd_unit, kabid, index = parents[n % len(parents)]
        place = kecamatan[n % len(kecamatan)]
        if sector == "pendidikan":
            level = "SD" if n % 3 else "SMP"
            name = f"{level} Negeri {n // len(kecamatan) + 1} {place}"
            head = b.person("kepsek", f"Guru Ahli Madya (Kepala {level})", b.unit(name, pd_unit, "sekolah"),
                            kabid, sector, index, name)
        else:
            name = f"Puskesmas {place}" + (f" {n // len(kecamatan) + 1}" if n >= len(kecamatan) else "")
            head = b.person("kapus", "Kepala Puskesmas", b.unit(name, pd_unit, "puskesmas"), kabid, sector, index, name)
        heads.append(head)
    for head, _ in zip(cycle(heads), range(staff)):
        if sector == "pendidikan":
            person = b.person("guru", "Guru", head.row["unit_id"], head, sector, head.pd, head.area)
            person.row["jabatan"] = _guru_level(person.row["golongan"])
        else:
            jabatan, depan, belakang, golongan = b.rng.choice(NAKES)
            person = b.person("nakes", jabatan, head.row["unit_id"], head, sector, head.pd, head.area,
                              gelar=(depan, belakang))
            person.row["golongan"] = b.rng.choice(golongan)


def _guru_level(golongan: str) -> str:
    """The guru's jenjang follows the golongan: III/a-b Pertama, III/c-d Muda, IV Madya."""
    if golongan.startswith("IV"):
        return "Guru Ahli Madya"
    return "Guru Ahli Muda" if golongan in ("III/c", "III/d") else "Guru Ahli Pertama"


# Staff jabatan by golongan: pelaksana names of the current nomenclature, and functional
# jenjang a golongan may hold (Terampil from II/c, Ahli Pertama from III/a).
STAFF_JABATAN = {
    "II/a": ("Operator Layanan Operasional", "Pengadministrasi Perkantoran"),
    "II/b": ("Operator Layanan Operasional", "Pengadministrasi Perkantoran"),
    "II/c": ("Pengelola Layanan Operasional", "Pengadministrasi Perkantoran", "Pranata Komputer Terampil",
             "Arsiparis Terampil"),
    "II/d": ("Pengelola Layanan Operasional", "Pranata Komputer Terampil", "Arsiparis Terampil"),
    "III/a": ("Penata Layanan Operasional", "Analis Kebijakan Ahli Pertama", "Analis Sumber Daya Manusia Aparatur Ahli Pertama"),
    "III/b": ("Penata Layanan Operasional", "Analis Kebijakan Ahli Pertama", "Pranata Komputer Ahli Pertama"),
}


def _staff(b: PeopleBuilder, seksi: list[Person], count: int) -> None:
    for kasi, _ in zip(cycle(seksi), range(count)):
        person = b.person("staf", "", kasi.row["unit_id"], kasi, "umum", kasi.pd, kasi.area)
        title = b.rng.choice(STAFF_JABATAN[person.row["golongan"]])
        person.row["jabatan"] = title
        if "Ahli" in title or "Terampil" in title:
            person.row["jenis_jabatan"] = "Fungsional"
