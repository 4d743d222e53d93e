"""Pure appraisal rules of PermenPANRB 6/2022: no SQLAlchemy, no Qt."""

from .berakhlak import CoreValue, core_value, core_values
from .dates import format_tanggal
from .distribution import distribution_warnings
from .golongan import Golongan, parse_golongan, pangkat_golongan
from .jabatan import FormFamily, JenisJabatan, JenisPegawai, form_family
from .nip import NipError, ParsedNip, format_nip, normalize_nip, parse_nip
from .periods import Period, PeriodKind, parse_period, periods_of_year
from .ratings import Predikat, PredikatOrganisasi, Rating, predikat_pegawai, rating_hasil_for_unit_head
from .workflow import EvaluationStatus, SkpStatus

__all__ = [
    "CoreValue", "EvaluationStatus", "FormFamily", "Golongan", "JenisJabatan", "JenisPegawai",
    "NipError", "ParsedNip", "Period", "PeriodKind", "Predikat", "PredikatOrganisasi", "Rating",
    "SkpStatus", "core_value", "core_values", "distribution_warnings", "form_family",
    "format_nip", "format_tanggal", "normalize_nip", "pangkat_golongan", "parse_golongan",
    "parse_nip", "parse_period", "periods_of_year", "predikat_pegawai", "rating_hasil_for_unit_head",
]
