"""Snapshots of the people on an SKP, as they were when it was planned: people move."""

from sqlalchemy.orm import Session

from ...domain.golongan import pangkat_golongan
from ...store.models import Employee, Unit


def titled_name(nama: str, gelar_depan: str = "", gelar_belakang: str = "") -> str:
    """``Drs. Ahmad Yani, M.Pd.``: the name with academic titles, as printed."""
    name = f"{gelar_depan} {nama}".strip()
    return f"{name}, {gelar_belakang}" if gelar_belakang else name


def snapshot(*, nama: str, gelar_depan: str, gelar_belakang: str, nip: str, golongan: str, jabatan: str,
             jenis_jabatan: str, unit: str, jenis_pegawai: str = "PNS") -> dict:
    return {"nama": titled_name(nama, gelar_depan, gelar_belakang), "nip": nip,
            "pangkat": pangkat_golongan(golongan), "jabatan": jabatan, "jenis_jabatan": jenis_jabatan,
            "unit": unit, "jenis_pegawai": jenis_pegawai}


def full_unit_name(name: str, perangkat_daerah: str | None) -> str:
    """``Sekretariat Dinas Pendidikan``: a unit inside a perangkat daerah is named with it, as
    UNIT KERJA is printed; the perangkat daerah itself, or a name that already says it, stays."""
    if not perangkat_daerah or perangkat_daerah.lower() in name.lower():
        return name
    return f"{name} {perangkat_daerah}"


def unit_full_name(session: Session, unit: Unit | None) -> str:
    if unit is None:
        return ""
    top = unit
    while top.parent_id is not None:
        top = session.get(Unit, top.parent_id)
    return full_unit_name(unit.name, top.name if top is not unit else None)


def person_snapshot(session: Session, e: Employee | None) -> dict:
    if e is None:
        return {}
    return snapshot(nama=e.nama, gelar_depan=e.gelar_depan, gelar_belakang=e.gelar_belakang, nip=e.nip,
                    golongan=e.golongan, jabatan=e.jabatan, jenis_jabatan=e.jenis_jabatan,
                    unit=unit_full_name(session, session.get(Unit, e.unit_id)), jenis_pegawai=e.jenis_pegawai)
