"""Frozen rows that services return; screens and reports hold these, never ORM objects."""

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.numbers import format_range

LEVEL_UNITS = ("%", "indeks", "nilai")  # targets that are levels, not counts to add up over the year
from ..store.models import Evaluation, Indicator, Rhk, Skp


@dataclass(frozen=True)
class SkpRow:
    id: int
    uuid: str
    employee_id: int
    year: int
    approach: str
    form_family: str
    status: str
    penilai_id: int | None
    pegawai: dict
    penilai: dict
    atasan: dict
    return_note: str
    approved_on: date | None = None
    segment: int = 1  # a mid-year move opens segment 2, 3, ... (services/skp/segments.py)
    starts_on: date | None = None  # None: 1 January
    ends_on: date | None = None  # None: 31 December

    @classmethod
    def of(cls, s: Skp) -> "SkpRow":
        return cls(s.id, s.uuid, s.employee_id, s.year, s.approach, s.form_family, s.status,
                   s.penilai_id, dict(s.pegawai_snapshot), dict(s.penilai_snapshot),
                   dict(s.atasan_snapshot), s.return_note, s.approved_on, s.segment or 1, s.starts_on, s.ends_on)

    @property
    def segmented(self) -> bool:
        return self.segment > 1 or self.ends_on is not None


@dataclass(frozen=True)
class RhkRow:
    id: int
    uuid: str
    skp_id: int
    parent_id: int | None
    intervensi_text: str
    jenis: str
    position: int
    text: str

    @classmethod
    def of(cls, r: Rhk) -> "RhkRow":
        return cls(r.id, r.uuid, r.skp_id, r.parent_id, r.intervensi_text, r.jenis, r.position, r.text)


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    uuid: str
    rhk_id: int
    aspek: str
    perspektif: str
    text: str
    target_min: float | None
    target_max: float | None
    satuan: str
    target_text: str
    source: str = ""  # "presensi": the realisasi is proposed from the attendance recap

    def target_in(self, language: str = "id") -> str:
        """As printed and shown: the narrated target, or ``85 %`` / ``10 – 12 dokumen`` in the
        language's digits."""
        if self.target_text:
            return self.target_text
        return format_range(self.target_min or 0, self.target_max, self.satuan, language)

    @property
    def is_level(self) -> bool:
        """A level (90 %, an index) holds in every period; a count (24 dokumen) adds up over the year."""
        return self.satuan.strip().lower() in LEVEL_UNITS

    def period_target_in(self, months: int, language: str = "id") -> str:
        """The target for a period of ``months``: a count prorated (24 dokumen a year: 6 a quarter);
        "" where it is the annual one (a level, a narrated target, the whole year)."""
        if self.target_text or self.target_min is None or months == 12 or self.is_level:
            return ""
        scale = months / 12
        high = self.target_max * scale if self.target_max is not None else None
        return format_range(self.target_min * scale, high, self.satuan, language)

    @classmethod
    def of(cls, i: Indicator) -> "IndicatorRow":
        return cls(i.id, i.uuid, i.rhk_id, i.aspek, i.perspektif, i.text, i.target_min, i.target_max,
                   i.satuan, i.target_text, i.source or "")


@dataclass(frozen=True)
class EvaluationRow:
    id: int
    uuid: str
    skp_id: int
    period_kind: str
    period_number: int
    status: str
    rating_hasil: str | None
    rating_perilaku: str | None
    predikat: str | None
    org_predikat: str | None
    catatan: str
    seal_hash: str | None
    finalized_at: datetime | None = None
    seal_version: int | None = None
    seal_statement: str | None = None

    @classmethod
    def of(cls, e: Evaluation) -> "EvaluationRow":
        return cls(e.id, e.uuid, e.skp_id, e.period_kind, e.period_number, e.status, e.rating_hasil,
                   e.rating_perilaku, e.predikat, e.org_predikat, e.catatan, e.seal_hash, e.finalized_at,
                   e.seal_version, e.seal_statement)
