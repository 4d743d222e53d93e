"""Demo follow-up data, from the demo's seed: potensi from last year's assessment, training records
of both years (some people under 20 JP), a few status periods (tugas belajar, cuti di luar
tanggungan negara, pensiun), this year's monthly attendance so far, and a few sanctions."""

import json
from datetime import date, timedelta
from importlib import resources

from .people import PeopleBuilder

SANCTIONS = ("Teguran lisan", "Teguran tertulis", "Pernyataan tidak puas secara tertulis")


def follow_up(people: PeopleBuilder, writer, today: date) -> None:
    rng = people.rng
    courses = [c for c in json.loads(resources.files("kinerja_desktop").joinpath("data/pelatihan.json")
                                     .read_text("utf-8"))["courses"] if 0 < c["jp"] <= 60]
    last = today.year - 1
    potensi, trainings, statuses, attendance, sanctions = [], [], [], [], []

    def synced(table: str, **row) -> dict:
        return {"id": writer.new_id(table), "uuid": people.uuid(), "version": 1, **row}

    for person in people.people:
        employee = person.row["id"]
        if rng.random() < 0.85:
            level = rng.choices(("rendah", "menengah", "tinggi"), weights=(25, 50, 25))[0]
            potensi.append(synced("potensi", employee_id=employee, year=last, level=level,
                                  source=f"Asesmen kompetensi BKPSDM {last}"))
        for year in (last, today.year):
            end_of = today if year == today.year else date(year, 12, 31)
            taken = set()
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                course = rng.choice(courses)
                if course["name"] in taken:
                    continue
                taken.add(course["name"])
                start = date(year, 1, 10) + timedelta(days=rng.randrange(max(1, (end_of - date(year, 1, 10)).days)))
                trainings.append(synced("training_record", employee_id=employee, name=course["name"], jp=course["jp"],
                                        start=start, end=start + timedelta(days=max(0, course["jp"] // 8 - 1))))
        roll = rng.random()
        if roll < 0.015:
            statuses.append(synced("status_period", employee_id=employee, kind="tugas belajar",
                                   start=date(today.year, 4, 1), end=date(today.year + 2, 3, 31), note="Program S2"))
        elif roll < 0.025:
            statuses.append(synced("status_period", employee_id=employee, kind="cltn", start=date(today.year, 2, 1),
                                   end=date(today.year, 12, 31), note=""))
        elif roll < 0.03:
            statuses.append(synced("status_period", employee_id=employee, kind="pensiun",
                                   start=date(today.year, rng.randint(7, 10), 1), end=None, note="Batas usia pensiun"))
        for month in range(1, today.month):
            days = rng.choice((20, 21, 22))
            away = min(days, max(0, round(rng.expovariate(1.2))))
            hadir = days - away
            attendance.append(synced("attendance", employee_id=employee, year=today.year, month=month, hari_kerja=days,
                                     hadir=hadir, terlambat=min(hadir, max(0, round(rng.expovariate(0.6)))),
                                     tanpa_keterangan=away if rng.random() < 0.1 else 0))
        if rng.random() < 0.005:
            tmt = date(last, rng.randint(1, 12), 1)
            sanctions.append(synced("discipline_sanction", employee_id=employee, jenis=rng.choice(SANCTIONS),
                                    nomor_sk=f"800/{rng.randint(100, 999)}/BKPSDM/{last}", tmt=tmt,
                                    sampai=tmt + timedelta(days=365)))
    for table, rows in (("potensi", potensi), ("training_record", trainings), ("status_period", statuses),
                        ("attendance", attendance), ("discipline_sanction", sanctions)):
        writer.add(table, rows)


def siasn_ids(session, people: PeopleBuilder) -> None:
    """SIASN ids for nearly everyone (a few missing, as in a real roster), after the rows are written."""
    from sqlalchemy import bindparam, update

    from ...store.models import Employee

    rng = people.rng
    ids = [{"key": p.row["id"], "value": f"{rng.getrandbits(128):032X}"} for p in people.people if rng.random() < 0.95]
    if ids:
        session.connection().execute(update(Employee.__table__).where(Employee.__table__.c.id == bindparam("key"))
                                     .values(siasn_id=bindparam("value")), ids)
