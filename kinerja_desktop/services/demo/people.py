"""Demo units and employees: a hierarchy with valid NIPs and titled names, superiors first."""

import random
import uuid as _uuid
from dataclasses import dataclass
from datetime import date

from .names import FAMILY, FEMALE, GELAR_BELAKANG, LEADER_GELAR, MALE
from .org import Plan


@dataclass
class Person:
    """An employee being generated; ``kind`` drives the RHK templates."""

    row: dict
    kind: str  # jpt, sekretaris, kabid, kasi, staf, kepsek, guru, kapus, nakes, camat
    sector: str
    pd: int  # index of the perangkat daerah
    area: str  # bidang/school/puskesmas name, for RHK texts


GOLONGAN = {"jpt": ("IV/c", "IV/d"), "camat": ("IV/a", "IV/b"), "sekretaris": ("IV/a", "IV/b"),
            "kabid": ("IV/a", "IV/b"), "kasi": ("III/c", "III/d"), "kepsek": ("IV/a", "IV/b"),
            "kapus": ("III/d", "IV/a"), "guru": ("III/a", "III/b", "III/c", "III/d", "IV/a"),
            "nakes": ("II/c", "II/d", "III/a", "III/b"), "staf": ("II/a", "II/b", "II/c", "II/d", "III/a", "III/b")}
JENIS = {"jpt": "JPT Pratama", "camat": "Administrator", "sekretaris": "Administrator", "kabid": "Administrator",
         "kasi": "Pengawas", "kepsek": "Fungsional", "kapus": "Pengawas", "guru": "Fungsional",
         "nakes": "Fungsional", "staf": "Pelaksana"}
BORN = {"jpt": (1966, 1975), "camat": (1968, 1980), "sekretaris": (1968, 1980), "kabid": (1968, 1982),
        "kasi": (1972, 1988), "kepsek": (1968, 1982), "kapus": (1972, 1988)}


class PeopleBuilder:
    def __init__(self, rng: random.Random, plan: Plan, office_id: int, today: date, next_ids: dict):
        self.rng, self.plan, self.office_id, self.today = rng, plan, office_id, today
        self.ids = next_ids
        self.units: list[dict] = []
        self.people: list[Person] = []
        self._nips: set[str] = set()

    def uuid(self) -> str:
        return str(_uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def unit(self, name: str, parent: int | None, kind: str) -> int:
        uid = self.ids["unit"]
        self.ids["unit"] += 1
        self.units.append(dict(id=uid, uuid=self.uuid(), version=1, office_id=self.office_id, parent_id=parent,
                               code=f"DEMO-{uid:05d}", name=name, kind=kind, active=True))
        return uid

    def person(self, kind: str, jabatan: str, unit_id: int, atasan: Person | None, sector: str, pd: int,
               area: str, gelar: tuple[str, str] | None = None) -> Person:
        """One employee; ``gelar`` (depan, belakang) when the jabatan implies the titles."""
        rng = self.rng
        female = rng.random() < (0.62 if sector in ("pendidikan", "kesehatan") else 0.45)
        born = self._birth(kind)
        nip = self._nip(born, female)
        gelar_depan, gelar_belakang = gelar or self._gelar(kind, sector, born, female)
        family = rng.choice(FAMILY) if rng.random() < 0.8 else rng.choice(MALE)
        nama = f"{rng.choice(FEMALE if female else MALE)} {family}"
        pid = self.ids["employee"]
        self.ids["employee"] += 1
        row = dict(id=pid, uuid=self.uuid(), version=1, office_id=self.office_id, nip=nip, nama=nama,
                   gelar_depan=gelar_depan, gelar_belakang=gelar_belakang, jenis_pegawai="PNS",
                   golongan=rng.choice(GOLONGAN[kind]), jabatan=jabatan, jenis_jabatan=JENIS[kind],
                   unit_id=unit_id, atasan_id=atasan.row["id"] if atasan else None, birth_date=born,
                   sex="P" if female else "L", active=True)
        p = Person(row, kind, sector, pd, area)
        self.people.append(p)
        return p

    def _gelar(self, kind: str, sector: str, born: date, female: bool) -> tuple[str, str]:
        rng = self.rng
        if kind not in ("jpt", "kabid", "sekretaris", "kepsek", "camat"):
            return "", rng.choice(GELAR_BELAKANG[sector])
        if born.year < 1972 and rng.random() < 0.4:
            return ("Dra." if female else "Drs."), rng.choice(("M.Si.", "M.M.", "M.Pd." if sector == "pendidikan" else "M.AP."))
        if sector == "kesehatan" and kind == "jpt":
            return "dr.", rng.choice(("M.Kes.", "M.K.M.", "Sp.PK."))
        return "", rng.choice(LEADER_GELAR[sector])

    def _birth(self, kind: str) -> date:
        low, high = BORN.get(kind, (1970, min(2000, self.today.year - 24)))
        return date(self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _nip(self, born: date, female: bool) -> str:
        while True:
            tmt_year = min(self.today.year - 1, born.year + self.rng.randint(22, 32))
            tmt = f"{tmt_year}{self.rng.randint(1, 12):02d}"
            nip = f"{born:%Y%m%d}{tmt}{2 if female else 1}{self.rng.randint(1, 999):03d}"
            if nip not in self._nips:
                self._nips.add(nip)
                return nip
