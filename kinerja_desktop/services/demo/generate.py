"""`kinerja demo`: a realistic kabupaten, deterministic for a seed and a date.

Last year is complete (quarterly and annual evaluations final and sealed); this year is in
progress (past quarters final, the current one a draft). Rows are written in bulk, in one
transaction, through the same seal function the services use.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ...errors import UserError
from ...settings import PROVINCE_CODE
from ...store import audit
from ...store.db import Database
from ...store.models import Employee
from ..context import Actor
from ..office import DEFAULT_CODE, home_office, province_of
from ..evaluation.seal import seal_unsealed
from .evaluations import EvaluationMaker
from .org import size_plan
from .people import PeopleBuilder
from .plans import rhk_rows
from .structure import build_structure
from .follow_up import follow_up, siasn_ids
from .voices import voices
from ..follow_up.plans import propose_missing
from .writer import BulkWriter

MIN_EMPLOYEES, MAX_EMPLOYEES = 30, 100_000


@dataclass(frozen=True)
class DemoResult:
    employees: int
    units: int
    skps: int
    evaluations: int
    realisations: int


def generate_demo(db: Database, actor: Actor, *, employees: int = 300, seed: int = 1, today: date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Fill an empty database with a demo district of ``employees`` people."""
    if not MIN_EMPLOYEES <= employees <= MAX_EMPLOYEES:
        raise UserError("--employees {employees}: pilih antara {min_employees} dan {max_employees}.", employees=employees, min_employees=MIN_EMPLOYEES, max_employees=MAX_EMPLOYEES)
    today = today or date.today()
    rng = random.Random(seed)
    with db.transaction() as session:
        if PROVINCE_CODE.get(session):
            raise UserError("Ini basis data provinsi: data demo kabupaten/kota tidak diisikan ke dalamnya.")
        if session.scalar(select(func.count()).select_from(Employee)):
            raise UserError("Basis data ini sudah berisi pegawai; data demo hanya diisikan ke basis data kosong. "
                            "Gunakan --db dengan berkas baru.")
        office = home_office(session)
        _set_office(office)
        writer = BulkWriter(session)
        plan = size_plan(employees)
        people = PeopleBuilder(rng, plan, office.id, today, writer.next_id)
        build_structure(people, plan)
        writer.add("unit", people.units)
        writer.add("employee", [p.row for p in people.people])
        maker = EvaluationMaker(rng, writer, people, today)
        maker.org_predikat(plan)
        _plans(people, writer, maker, today, progress)
        voices(people, writer, today)
        follow_up(people, writer, today)
        writer.flush()
        seal_unsealed(session)  # sealed from the rows as written, as `audit verify` reads them
        propose_missing(session, [p.row["id"] for p in people.people], today.year - 1)  # last year's plans
        siasn_ids(session, people)
        if progress:  # a cancel pressed during the last writes still rolls everything back
            progress(employees, employees)
        audit.record(session, actor=actor.username, action="demo.generate", entity="database",
                     after={"seed": seed, "today": today.isoformat(), **writer.counts})
        c = writer.counts
        return DemoResult(c["employee"], c["unit"], c["skp"], c["evaluation"], c["realisation"])


def _set_office(office) -> None:
    """A new database becomes the demo's Kabupaten Sukamaju; an office the operator has already
    named (``kinerja init --office-code ...``) keeps its code, names and province."""
    office.period_kind = "triwulan"
    if office.code != DEFAULT_CODE:
        office.province = office.province or province_of(office.code)
        return
    office.code, office.name = "DEMO-1201", "PEMERINTAH KABUPATEN SUKAMAJU"
    office.kabupaten, office.place, office.province = "Kabupaten Sukamaju", "Sukamaju", "12"


def _plans(people: PeopleBuilder, writer: BulkWriter, maker: EvaluationMaker, today: date, progress) -> None:
    """Both years' SKPs for everyone, superiors first, so each RHK can intervene its superior's."""
    planned: dict[tuple[int, int], list] = {}
    total = len(people.people)
    for n, person in enumerate(people.people, start=1):
        for year in (today.year - 1, today.year):
            status = maker.skp_status(year)
            skp = maker.skp_row(person, year, status)
            writer.add("skp", [skp])
            writer.add("behaviour_expectation", maker.expectations(skp["id"], person))
            parent = planned.get((person.row["atasan_id"], year), [])
            rhks, indicators, plan = rhk_rows(person, skp["id"], parent, writer.new_id, people.uuid, people.rng)
            writer.add("rhk", rhks)
            writer.add("indicator", indicators)
            planned[(person.row["id"], year)] = plan
            if status == "Disetujui":
                maker.evaluations(person, skp, plan)
        if progress and (n % 10 == 0 or n == total):  # often enough for a cancel to be felt at once
            progress(n, total)
