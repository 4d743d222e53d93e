"""Roster column names as SIASN/SIMPEG exports write them, matched case-insensitively."""

import re

from ...errors import UserError

# field -> accepted headers (normalised: upper case, punctuation as single spaces)
ALIASES: dict[str, tuple[str, ...]] = {
    "nip": ("NIP", "NIP BARU", "NIP 18", "NIP PEGAWAI", "NI PPPK", "NIPPPK"),
    "nama": ("NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA TANPA GELAR"),
    "gelar_depan": ("GELAR DEPAN", "GLR DEPAN"),
    "gelar_belakang": ("GELAR BELAKANG", "GLR BELAKANG"),
    "jenis_pegawai": ("JENIS PEGAWAI", "STATUS PEGAWAI", "JENIS ASN", "STATUS ASN"),
    "golongan": ("GOLONGAN", "GOL", "GOL RUANG", "GOLONGAN RUANG", "PANGKAT GOL", "PANGKAT GOL RUANG"),
    "jabatan": ("JABATAN", "NAMA JABATAN"),
    "jenis_jabatan": ("JENIS JABATAN", "JENIS JAB"),
    "unit": ("UNIT KERJA", "UNOR", "UNIT ORGANISASI", "SATUAN KERJA", "UNIT"),
    "unit_code": ("KODE UNIT", "ID UNOR", "UNOR ID", "KODE UNOR"),
    "nip_atasan": ("NIP ATASAN", "NIP ATASAN LANGSUNG", "ATASAN LANGSUNG NIP", "NIP PENILAI"),
    # optional: the person's SIASN id, and a status period (cuti di luar tanggungan negara, ...)
    "siasn_id": ("ID SIASN", "PNS ID", "ID PNS", "PNS ORANG ID", "SIASN ID"),
    "status": ("STATUS", "STATUS KEPEGAWAIAN"),
    "status_mulai": ("STATUS MULAI", "TMT STATUS", "TANGGAL STATUS", "MULAI STATUS"),
    "status_selesai": ("STATUS SELESAI", "STATUS SAMPAI", "SELESAI STATUS"),
}
REQUIRED = ("nip", "nama", "golongan", "jabatan", "jenis_jabatan", "unit")

# The names `roster export` writes; the import reads them back.
EXPORT_HEADERS: dict[str, str] = {
    "nip": "NIP", "nama": "NAMA", "gelar_depan": "GELAR DEPAN", "gelar_belakang": "GELAR BELAKANG",
    "jenis_pegawai": "JENIS PEGAWAI", "golongan": "GOLONGAN", "jabatan": "JABATAN",
    "jenis_jabatan": "JENIS JABATAN", "unit": "UNIT KERJA", "unit_code": "KODE UNIT",
    "nip_atasan": "NIP ATASAN", "siasn_id": "ID SIASN", "status": "STATUS", "status_mulai": "STATUS MULAI",
    "status_selesai": "STATUS SELESAI",
}
EXPORTED = tuple(f for f in EXPORT_HEADERS if not f.startswith("status"))  # status periods are kept apart
UNIT_SEPARATOR = " > "

_PUNCT = re.compile(r"[^0-9A-Z]+")


def normalise_header(text: object) -> str:
    return _PUNCT.sub(" ", str(text or "").upper().replace("\ufeff", "")).strip()


def map_headers(headers: list[object], *, source: str) -> dict[str, int]:
    """field -> column index; raises UserError naming missing or doubled columns."""
    lookup = {alias: field for field, aliases in ALIASES.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = lookup.get(normalise_header(header))
        if field is None:
            continue
        if field in found:
            raise UserError("{source}: kolom {value} muncul dua kali (kolom {value_2} dan {value_3}); hapus salah satunya.", source=source, value=EXPORT_HEADERS[field], value_2=found[field] + 1, value_3=index + 1)
        found[field] = index
    missing = [EXPORT_HEADERS[f] for f in REQUIRED if f not in found]
    if missing:
        raise UserError(
            "{source}: kolom wajib tidak ada: {choices}. Baris pertama harus berisi judul kolom, misalnya {choices_2}.", source=source, choices=', '.join(missing), choices_2=', '.join((EXPORT_HEADERS[f] for f in REQUIRED))
        )
    return found
