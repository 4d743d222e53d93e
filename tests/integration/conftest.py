from pathlib import Path

import pytest

from kinerja_desktop.services.context import Actor, Role, cli_actor
from kinerja_desktop.services.roster import import_roster

KADIS, KABID, GURU, STAF = "197001011995031002", "197505052000032001", "198609262015051001", "199001012019032003"

ROSTER = f"""NIP;NAMA;GELAR DEPAN;GELAR BELAKANG;GOLONGAN;JABATAN;JENIS JABATAN;UNIT KERJA;NIP ATASAN
{KADIS};Ahmad Yani;Drs.;M.Pd.;IV/c;Kepala Dinas Pendidikan;JPT Pratama;Dinas Pendidikan;
{KABID};Sri Wahyuni;;S.Pd., M.Si.;IV/a;Kepala Bidang Pembinaan SD;Administrator;Dinas Pendidikan > Bidang Pembinaan SD;{KADIS}
{GURU};Budi Santoso;;S.Pd.;III/b;Guru Ahli Pertama;Fungsional;Dinas Pendidikan > Bidang Pembinaan SD;{KABID}
{STAF};Rina Marlina;;A.Md.;II/c;Pengadministrasi Umum;Pelaksana;Dinas Pendidikan > Bidang Pembinaan SD;{KABID}
"""


def write(path: Path, text: str, encoding="utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


@pytest.fixture
def operator() -> Actor:
    return cli_actor()


@pytest.fixture
def staffed(db, tmp_path, operator):
    """A database with a four-person Dinas Pendidikan."""
    import_roster(db, operator, write(tmp_path / "roster.csv", ROSTER))
    return db


def penilai_actor(db, nip: str) -> Actor:
    from sqlalchemy import select

    from kinerja_desktop.store.models import Employee

    with db.read() as s:
        return Actor(username=f"u{nip[-4:]}", role=Role.PENILAI,
                     employee_id=s.scalar(select(Employee.id).where(Employee.nip == nip)))


@pytest.fixture(scope="session")
def sync_templates(tmp_path_factory):
    """A district and a province that trust each other, built once (sync_world.py)."""
    from .sync_world import build_templates

    return build_templates(tmp_path_factory.mktemp("sync-templates"))


@pytest.fixture
def world(sync_templates, tmp_path):
    """A fresh copy of the two databases for one test."""
    from .sync_world import copy_world

    w = copy_world(sync_templates, tmp_path / "world")
    yield w
    w.district.close(), w.province.close()
