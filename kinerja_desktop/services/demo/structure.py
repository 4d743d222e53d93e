"""Lay the plan out as units and people: heads first, so every superior precedes their staff."""

from itertools import cycle

from .names import NAKES
from .org import Plan
from .people import PeopleBuilder, Person


def build_structure(b: PeopleBuilder, plan: Plan) -> None:
    seksi: list[Person] = []
    outlets: dict[str, list[tuple[int, Person, int]]] = {"Sekolah": [], "Puskesmas": []}
    for index, pd in enumerate(plan.pds):
        pd_unit = b.unit(pd.name, None, "perangkat daerah")
        head_kind = "camat" if pd.head == "Camat" else "jpt"
        head = b.person(head_kind, pd.head, pd_unit, None, pd.sector, index, pd.name)
        sekretariat = b.unit("Sekretariat" if head_kind == "jpt" else "Sekretariat Kecamatan", pd_unit, "sekretariat")
        b.person("sekretaris", "Sekretaris" if head_kind == "jpt" else "Sekretaris Camat", sekretariat, head,
                 "umum", index, "Sekretariat")
        for bidang in pd.bidang[:plan.bidang_per_pd]:
            unit = b.unit(bidang, pd_unit, "bidang")
            kabid = b.person("kabid", f"Kepala {bidang}", unit, head, "umum", index, bidang)
            seksi_unit = b.unit(f"Subbidang Program {bidang.split(' ', 1)[-1]}", unit, "seksi")
            seksi.append(b.person("kasi", f"Kepala Subbidang Program {bidang.split(' ', 1)[-1]}", seksi_unit,
                                  kabid, "umum", index, bidang))
            if pd.outlet:
                outlets[pd.outlet].append((pd_unit, kabid, index))
    _outlets(b, outlets["Sekolah"], plan.schools, plan.teachers, "pendidikan")
    _outlets(b, outlets["Puskesmas"], plan.puskesmas, plan.nakes, "kesehatan")
    _staff(b, seksi, plan.staff)


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
            jabatan, depan, belakang = b.rng.choice(NAKES)
            b.person("nakes", jabatan, head.row["unit_id"], head, sector, head.pd, head.area, gelar=(depan, belakang))


def _guru_level(golongan: str) -> str:
    """The guru's jenjang follows the golongan: III/a-b Pertama, III/c-d Muda, IV Madya."""
    if golongan.startswith("IV"):
        return "Guru Ahli Madya"
    return "Guru Ahli Muda" if golongan in ("III/c", "III/d") else "Guru Ahli Pertama"


def _staff(b: PeopleBuilder, seksi: list[Person], count: int) -> None:
    jabatan = ("Pengadministrasi Umum", "Pengelola Data", "Analis Kebijakan Ahli Pertama", "Pengelola Keuangan",
               "Analis Sumber Daya Manusia Aparatur", "Pranata Komputer Terampil", "Arsiparis Terampil")
    for kasi, _ in zip(cycle(seksi), range(count)):
        title = b.rng.choice(jabatan)
        kind = "staf"
        person = b.person(kind, title, kasi.row["unit_id"], kasi, "umum", kasi.pd, kasi.area)
        if "Ahli" in title or "Terampil" in title:
            person.row["jenis_jabatan"] = "Fungsional"
