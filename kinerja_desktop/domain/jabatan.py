"""Kinds of jabatan and the SKP form family each one uses."""

from enum import StrEnum

from ..errors import UserError


class JenisJabatan(StrEnum):
    JPT_UTAMA = "JPT Utama"
    JPT_MADYA = "JPT Madya"
    JPT_PRATAMA = "JPT Pratama"
    ADMINISTRATOR = "Administrator"
    PENGAWAS = "Pengawas"
    FUNGSIONAL = "Fungsional"
    PELAKSANA = "Pelaksana"

    @property
    def is_jpt(self) -> bool:
        return self in (JenisJabatan.JPT_UTAMA, JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA)

    @property
    def is_manajerial(self) -> bool:
        return self not in (JenisJabatan.FUNGSIONAL, JenisJabatan.PELAKSANA)


class FormFamily(StrEnum):
    JPT = "JPT"
    ADMINISTRASI_FUNGSIONAL = "Administrasi/Fungsional"


class JenisPegawai(StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"


_ALIASES = {
    "jpt": JenisJabatan.JPT_PRATAMA,
    "eselon ii": JenisJabatan.JPT_PRATAMA,
    "pimpinan tinggi pratama": JenisJabatan.JPT_PRATAMA,
    "pimpinan tinggi madya": JenisJabatan.JPT_MADYA,
    "pimpinan tinggi utama": JenisJabatan.JPT_UTAMA,
    "eselon iii": JenisJabatan.ADMINISTRATOR,
    "eselon iv": JenisJabatan.PENGAWAS,
    "struktural": JenisJabatan.ADMINISTRATOR,
    "jft": JenisJabatan.FUNGSIONAL,
    "fungsional tertentu": JenisJabatan.FUNGSIONAL,
    "jfu": JenisJabatan.PELAKSANA,
    "fungsional umum": JenisJabatan.PELAKSANA,
}


def parse_jenis_jabatan(text: str) -> JenisJabatan:
    """Read a jenis jabatan as rosters write it (``Fungsional``, ``JFT``, ``Eselon IV``...)."""
    key = " ".join(str(text or "").lower().split())
    for member in JenisJabatan:
        if key == member.value.lower():
            return member
    if key in _ALIASES:
        return _ALIASES[key]
    allowed = ", ".join(m.value for m in JenisJabatan)
    raise UserError("Jenis jabatan '{text}' tidak dikenal: gunakan salah satu dari {allowed}.", text=text, allowed=allowed)


def parse_jenis_pegawai(text: str) -> JenisPegawai:
    key = str(text or "").strip().upper()
    if key in ("", "PNS", "CPNS"):
        return JenisPegawai.PNS
    if key.startswith("PPPK"):
        return JenisPegawai.PPPK
    raise UserError("Jenis pegawai '{text}' tidak dikenal: isi PNS atau PPPK.", text=text)


def form_family(jenis: JenisJabatan) -> FormFamily:
    return FormFamily.JPT if jenis.is_jpt else FormFamily.ADMINISTRASI_FUNGSIONAL
