"""Snapshots of the people on an SKP, as they were when it was planned: people move."""

from sqlalchemy.orm import Session

from ...domain.golongan import pangkat_golongan
from ...store.models import Employee, Unit


def full_name(e: Employee) -> str:
    """``Drs. Ahmad Yani, M.Pd.``: the name with academic titles, as printed."""
    name = f"{e.gelar_depan} {e.nama}".strip()
    return f"{name}, {e.gelar_belakang}" if e.gelar_belakang else name


def person_snapshot(session: Session, e: Employee | None) -> dict:
    if e is None:
        return {}
    unit = session.get(Unit, e.unit_id)
    return {
        "nama": full_name(e), "nip": e.nip, "pangkat": pangkat_golongan(e.golongan),
        "jabatan": e.jabatan, "jenis_jabatan": e.jenis_jabatan, "unit": unit.name if unit else "",
    }
