"""What a printed document shows: frozen rows filled by services/printing.py, read by the builders."""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Person:
    nama: str = ""
    nip: str = ""
    pangkat: str = ""
    jabatan: str = ""
    unit: str = ""
    pppk: bool = False  # NI PPPK and Golongan instead of NIP and PANGKAT/GOL. RUANG

    @classmethod
    def of(cls, snapshot: dict) -> "Person":
        pangkat = str(snapshot.get("pangkat", ""))
        pppk = snapshot.get("jenis_pegawai") == "PPPK" or (bool(pangkat) and "/" not in pangkat
                                                             and set(pangkat) <= set("IVX"))
        return cls(*(snapshot.get(k, "") for k in ("nama", "nip", "pangkat", "jabatan", "unit")), pppk=pppk)


@dataclass(frozen=True)
class Letterhead:
    instansi: str
    kabupaten: str
    place: str  # the seat of the kabupaten/kota, for signatures
    paper: str = "A4"
    emblem: Path | None = None


@dataclass(frozen=True)
class IndicatorLine:
    aspek: str
    perspektif: str
    text: str
    target: str
    realisasi: str = ""
    period_target: str = ""  # a periodic evaluation: a count's target prorated to the period


@dataclass(frozen=True)
class RhkLine:
    intervensi: str
    text: str
    indicators: tuple[IndicatorLine, ...]
    feedback: str = ""


@dataclass(frozen=True)
class ValueLine:
    number: int
    name: str
    guides: tuple[str, ...]
    ekspektasi: str
    feedback: str = ""


@dataclass(frozen=True)
class SkpDoc:
    head: Letterhead
    year: int
    period_text: str  # 1 JANUARI SD 31 DESEMBER 2026
    pegawai: Person
    penilai: Person
    atasan: Person
    jpt: bool
    approach: str  # kuantitatif / kualitatif
    utama: tuple[RhkLine, ...]
    tambahan: tuple[RhkLine, ...]
    values: tuple[ValueLine, ...]
    lampiran: dict[str, tuple[str, ...]]
    draft: bool  # not yet approved: KONSEP
    signed_on: date | None  # the day the plan was approved; None while it is not


@dataclass(frozen=True)
class EvaluationDoc:
    skp: SkpDoc
    period_label: str  # TRIWULAN I, AKHIR
    period_text: str
    annual: bool
    rating_hasil: str
    rating_perilaku: str
    predikat: str
    org_predikat: str
    distribution: dict[str, int] = field(default_factory=dict)  # the unit's predikat counts
    catatan: str = ""
    seal_hash: str = ""  # set only when final
    signed_on: date | None = None  # the day it was made final
    statement: str = ""  # the office-signed QR text, once the office has signed it

    @property
    def final(self) -> bool:
        return bool(self.seal_hash)

    @property
    def head(self) -> Letterhead:
        return self.skp.head


@dataclass(frozen=True)
class RekapLine:
    nama: str
    nip: str
    jabatan: str
    predikat: str


@dataclass(frozen=True)
class RekapDoc:
    head: Letterhead
    unit: str
    period_label: str
    year: int
    org_predikat: str
    counts: dict[str, int]
    staff: tuple[RekapLine, ...]
    warnings: tuple[str, ...]
    leader: Person  # the head of the perangkat daerah
    signed_on: date | None  # the day the organisation predikat was set
    period_text: str = ""
    draft: bool = True  # KONSEP until the organisation predikat is set and every evaluation is final


@dataclass(frozen=True)
class SkmDoc:
    head: Letterhead
    unit: str
    year: int
    responden: int
    nrr: dict[str, float]  # U1..U9
    nrr_mutu: dict[str, str]
    ikm: float | None
    mutu: str | None
    answers: dict[str, dict[int, int]]  # U1..U9 -> how many answered 1, 2, 3, 4
    comments: tuple[str, ...]


@dataclass(frozen=True)
class HasilSayaDoc:
    """"Hasil penilaian saya": the evaluation told to the employee, with the masukan summary."""

    evaluation: EvaluationDoc
    masukan: dict  # Kind -> services.masukan.KindSummary
    follow_up: tuple[str, ...]
    plan: object = None  # services.follow_up.plans.Plan, when one is stored for the year

    @property
    def head(self) -> Letterhead:
        return self.evaluation.skp.head
