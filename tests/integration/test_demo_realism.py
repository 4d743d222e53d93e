"""A demo a BKPSDM would believe (issue 12 section 8): jabatan that fit the golongan, pelaksana
names of the current nomenclature, units named as real structures, catatan that fit the predikat,
and organisation distributions inside the guidance."""

import re
import sqlite3

import pytest

from kinerja_desktop.domain.periods import Period, PeriodKind
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.services.organisation import unit_distribution

LOWEST = {"Terampil": "II/c", "Ahli Pertama": "III/a", "Ahli Muda": "III/c", "Ahli Madya": "IV/a"}
ORDER = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"]
PELAKSANA = {"Operator Layanan Operasional", "Pengadministrasi Perkantoran", "Pengelola Layanan Operasional",
             "Penata Layanan Operasional"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from kinerja_desktop.store.migrate import open_database

    path = tmp_path_factory.mktemp("realism") / "demo.sqlite3"
    db = open_database(str(path))
    assert generate_demo(db, cli_actor(), employees=1200, seed=5).employees == 1200  # exactly as asked
    yield db, path
    db.close()


def test_jabatan_fit_the_golongan_and_pelaksana_use_the_nomenclature(demo):
    _, path = demo
    with sqlite3.connect(path) as raw:
        people = raw.execute("SELECT golongan, jabatan, jenis_jabatan FROM employee").fetchall()
    for golongan, jabatan, jenis in people:
        for jenjang, lowest in LOWEST.items():
            if jenjang in jabatan:
                assert ORDER.index(golongan) >= ORDER.index(lowest), (golongan, jabatan)
        if jenis == "Pelaksana":
            assert jabatan in PELAKSANA, jabatan


def test_units_are_named_as_real_structures(demo):
    _, path = demo
    with sqlite3.connect(path) as raw:
        pairs = raw.execute("SELECT p.name, c.name, g.name FROM unit p JOIN unit c ON c.parent_id = p.id "
                            "LEFT JOIN unit g ON g.parent_id = c.id WHERE p.parent_id IS NULL").fetchall()
    for top, child, grandchild in pairs:
        if top.startswith("Dinas") and child.startswith("Bidang"):
            assert grandchild.startswith("Seksi"), (top, child, grandchild)
        if top.startswith("Badan") and child.startswith("Bidang"):
            assert grandchild.startswith("Subbidang"), (top, child, grandchild)
        if top == "Sekretariat Daerah" and grandchild:
            assert child.startswith("Bagian") and grandchild.startswith("Subbagian"), (child, grandchild)
    with sqlite3.connect(path) as raw:
        units = [u for (u,) in raw.execute("SELECT pegawai_snapshot ->> '$.unit' FROM skp")]
    assert "Sekretariat" not in units and any(re.fullmatch(r"Sekretariat Dinas \w+", u) for u in units)


def test_catatan_fit_the_predikat(demo):
    _, path = demo
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT predikat, catatan FROM evaluation WHERE period_kind = 'tahunan' "
                           "AND status = 'Final'").fetchall()
    assert rows
    for predikat, catatan in rows:
        if predikat in ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"):
            assert "Pertahankan" not in catatan and "pembinaan" in catatan, (predikat, catatan)


def test_the_sekda_is_appraised_by_the_bupati_and_heads_by_the_sekda(demo):
    _, path = demo
    with sqlite3.connect(path) as raw:
        sekda = raw.execute("SELECT s.penilai_snapshot ->> '$.jabatan', s.penilai_snapshot ->> '$.nip' FROM skp s "
                            "JOIN employee e ON e.id = s.employee_id WHERE e.jabatan = 'Sekretaris Daerah'").fetchone()
        heads = raw.execute("SELECT DISTINCT s.penilai_snapshot ->> '$.jabatan' FROM skp s JOIN employee e "
                            "ON e.id = s.employee_id WHERE e.jabatan LIKE 'Kepala Dinas%'").fetchall()
    assert sekda == ("Bupati Sukamaju", "") and heads == [("Sekretaris Daerah",)]


def test_organisation_distributions_sit_inside_the_guidance(demo):
    db, path = demo
    with sqlite3.connect(path) as raw:
        rated = raw.execute("SELECT unit_id, year, period_kind, period_number FROM org_performance").fetchall()
    assert len(rated) > 50
    warned = [(unit, year, kind, number) for unit, year, kind, number in rated
              if unit_distribution(db, cli_actor(), unit_id=unit,
                                   period=Period(year, PeriodKind(kind), number)).warnings]
    assert len(warned) <= len(rated) // 20, warned  # random draws alone warned in a third of them
