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

    @classmethod
    def of(cls, snapshot: dict) -> "Person":
        return cls(*(snapshot.get(k, "") for k in ("nama", "nip", "pangkat", "jabatan", "unit")))


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
    signed_on: date


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
    signed_on: date | None = None

    @property
    def final(self) -> bool:
        return bool(self.seal_hash)


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
    leader: Person
    signed_on: date
