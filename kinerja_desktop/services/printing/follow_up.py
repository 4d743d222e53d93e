"""Printing the follow-up: each document read in one transaction, laid out by reports/follow_up.py."""

from datetime import date
from io import BytesIO

from sqlalchemy import select

from ...domain.follow_up import BOXES
from ...domain.periods import parse_period
from ...reports.base import render, render_to
from ...reports.follow_up import credit_flowables, needs_flowables, plan_flowables, reminder_flowables, talent_flowables
from ...reports.model import Person
from ...reports.parts import p
from ...store.db import Database
from ...store.models import Employee, Skp
from ..access import employee_by_nip
from ..context import Actor
from ..follow_up.compliance import compliance
from ..follow_up.credit import credit_rows
from ..follow_up.needs import training_needs
from ..follow_up.plans import plan_in
from ..follow_up.talent import talent_box
from ..units import find_unit
from .documents import letterhead
from ..skp.segments import in_force


def _people(s, employee: Employee, year: int) -> tuple[Person, Person]:
    """The employee and their penilai as the year's SKP recorded them, else as they are now."""
    skp = s.scalar(select(Skp).where(Skp.employee_id == employee.id, Skp.year == year, in_force(date(year, 12, 31))))
    if skp is not None and skp.pegawai_snapshot:
        return Person.of(skp.pegawai_snapshot), Person.of(skp.penilai_snapshot or {})
    atasan = s.get(Employee, employee.atasan_id) if employee.atasan_id else None
    as_person = lambda e: Person(e.nama, e.nip, e.golongan, e.jabatan, e.unit.name if e.unit else "")  # noqa: E731
    return as_person(employee), as_person(atasan) if atasan else Person()


def plan_pdf(db: Database, actor: Actor, *, nip: str, year: int) -> bytes:
    with db.read() as s:
        plan = plan_in(s, actor, nip=nip, year=year)
        pegawai, penilai = _people(s, employee_by_nip(s, nip), year)
        head = letterhead(s, None)
    return render(plan_flowables(head, plan, pegawai, penilai), head.paper, f"Rencana Pengembangan {year} - NIP {nip}")


def _unit_name(s, unit) -> str:
    return find_unit(s, unit).name if unit else letterhead(s, None).instansi


def talent_pdf(db: Database, actor: Actor, *, year: int, unit: str | int | None = None) -> bytes:
    box = talent_box(db, actor, year=year, unit=unit)
    with db.read() as s:
        head, name = letterhead(s, None), _unit_name(s, unit)
    return render(talent_flowables(head, box, name, BOXES), head.paper, f"Kotak talenta {year}", landscape=True)


def credit_pdf(db: Database, actor: Actor, *, year: int, unit: str | int | None = None) -> bytes:
    """One conversion sheet per fungsional with a computed angka kredit."""
    rows = [r for r in credit_rows(db, actor, year=year, unit=unit) if r.angka_kredit is not None]
    with db.read() as s:
        head = letterhead(s, None)
        parts = [credit_flowables(head, r, *_people(s, s.get(Employee, r.result.person.id), year)) for r in rows]
    out = BytesIO()
    render_to(out, parts or [[p("Tidak ada pejabat fungsional dengan predikat tahunan final.", "body")]], head.paper,
              f"Konversi angka kredit {year}")
    return out.getvalue()


def needs_pdf(db: Database, actor: Actor, *, year: int, unit: str | int | None = None) -> bytes:
    needs = training_needs(db, actor, year=year, unit=unit)
    with db.read() as s:
        head, name = letterhead(s, None), _unit_name(s, unit)
    return render(needs_flowables(head, needs, name), head.paper, f"Kebutuhan pelatihan {year}", landscape=True)


def reminders_pdf(db: Database, actor: Actor, *, year: int, period: str | None = None,
                  unit: str | int | None = None) -> tuple[bytes, int]:
    """One page per penilai who still owes something for the period; and how many penilai."""
    result = compliance(db, actor, year=year, period=period, unit=unit)
    owing = [t for t in result.penilai if any(t.missing.values())]
    with db.read() as s:
        head = letterhead(s, None)
    out = BytesIO()
    parts = [reminder_flowables(head, t, result.period, result.deadline) for t in owing]
    render_to(out, parts or [[p("Semua pegawai sudah lengkap untuk periode ini.", "body")]], head.paper,
              f"Pengingat evaluasi {parse_period(period, year).label} {year}")
    return out.getvalue(), len(owing)
