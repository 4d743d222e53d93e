"""Snapshots of the people on an SKP, as they were when it was planned: people move."""

from sqlalchemy.orm import Session

from ...domain.golongan import pangkat_golongan
from ...store.models import Employee, Unit


def titled_name(nama: str, gelar_depan: str = "", gelar_belakang: str = "") -> str:
    """``Drs. Ahmad Yani, M.Pd.``: the name with academic titles, as printed."""
    name = f"{gelar_depan} {nama}".strip()
    return f"{name}, {gelar_belakang}" if gelar_belakang else name


def snapshot(*, nama: str, gelar_depan: str, gelar_belakang: str, nip: str, golongan: str, jabatan: str,
             jenis_jabatan: str, unit: str) -> dict:
    return {"nama": titled_name(nama, gelar_depan, gelar_belakang), "nip": nip,
            "pangkat": pangkat_golongan(golongan), "jabatan": jabatan, "jenis_jabatan": jenis_jabatan,
            "unit": unit}


def person_snapshot(session: Session, e: Employee | None) -> dict:
    if e is None:
        return {}
    unit = session.get(Unit, e.unit_id)
    return snapshot(nama=e.nama, gelar_depan=e.gelar_depan, gelar_belakang=e.gelar_belakang, nip=e.nip,
                    golongan=e.golongan, jabatan=e.jabatan, jenis_jabatan=e.jenis_jabatan,
                    unit=unit.name if unit else "")
