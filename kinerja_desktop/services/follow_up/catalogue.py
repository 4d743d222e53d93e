"""The training catalogue the BKPSDM keeps: shipped with common ASN trainings and their JP
(kinerja_desktop/data/pelatihan.json, seeded by schema 0006), editable, importable from CSV/XLSX."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...domain.berakhlak import core_values
from ...errors import UserError
from ...store import audit
from ...store.db import Database
from ...store.models import TrainingCourse
from ..access import require_operator
from ..context import Actor
from .imports import Imported
from .sheets import Column, choice_cell, refuse_if, int_cell, read_sheet, text_cell

JENIS = ("teknis", "fungsional", "manajerial", "sosial kultural", "pembinaan")


@dataclass(frozen=True)
class Course:
    id: int
    name: str
    jp: int
    jenis: str
    value_number: int | None
    for_results: bool
    active: bool


def list_catalogue(db: Database, actor: Actor, *, all_courses: bool = False) -> list[Course]:
    """The catalogue, every role may read it (a plan is chosen from it)."""
    with db.read() as s:
        query = select(TrainingCourse).order_by(TrainingCourse.name)
        if not all_courses:
            query = query.where(TrainingCourse.active.is_(True))
        return [Course(c.id, c.name, c.jp, c.jenis, c.value_number, c.for_results, c.active) for c in s.scalars(query)]


def _jenis(text: str) -> str:
    key = " ".join(text.lower().split())
    if key not in JENIS:
        raise UserError("'{text}' bukan jenis pelatihan; pilih {choices}", text=text, choices=", ".join(JENIS))
    return key


def _value(text: str) -> int:
    key = " ".join(text.lower().split())
    for value in core_values():
        if key in (str(value.number), value.name.lower()):
            return value.number
    raise UserError("'{text}' bukan nilai BerAKHLAK; tulis 1-7 atau namanya, mis. Akuntabel", text=text)


def _yes(text: str) -> bool:
    key = text.strip().lower()
    if key not in ("ya", "tidak", "y", "t", "1", "0"):
        raise UserError("'{text}' bukan ya/tidak", text=text)
    return key in ("ya", "y", "1")


def import_catalogue(db: Database, actor: Actor, path: Path) -> Imported:
    """`pengembangan katalog impor`: NAMA PELATIHAN, JP, JENIS, and optionally NILAI (the BerAKHLAK
    value it develops) and HASIL (ya: for RHK far from target). A name already there is updated."""
    require_operator(actor)
    columns = (Column("NAMA PELATIHAN", text_cell(200)), Column("JP", int_cell(0, 2000)),
               Column("JENIS", choice_cell(_jenis)), Column("NILAI", choice_cell(_value), required=False),
               Column("HASIL", choice_cell(_yes), required=False))
    source, rows, problems = read_sheet(path, columns)
    refuse_if(source, problems)
    names = [r.values["NAMA PELATIHAN"].lower() for r in rows]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise UserError("{source}: pelatihan tertulis lebih dari sekali: {names}.", source=source, names=", ".join(twice))
    with db.transaction() as s:
        existing = {c.name.lower(): c for c in s.scalars(select(TrainingCourse))}
        added = updated = 0
        for r in rows:
            v = r.values
            fields = {"name": v["NAMA PELATIHAN"], "jp": v["JP"], "jenis": v["JENIS"], "value_number": v["NILAI"],
                      "for_results": bool(v["HASIL"]), "active": True}
            found = existing.get(v["NAMA PELATIHAN"].lower())
            if found is None:
                s.add(TrainingCourse(**fields))
                added += 1
            elif any(getattr(found, k) != x for k, x in fields.items()):
                for k, x in fields.items():
                    setattr(found, k, x)
                updated += 1
        audit.record(s, actor=actor.username, action="katalog.import", entity="training_course",
                     after={"file": source, "added": added, "updated": updated})
    return Imported(source, added, updated)


def save_course(db: Database, actor: Actor, *, name: str, jp: int, jenis: str, value_number: int | None = None,
                for_results: bool = False, active: bool = True, course_id: int | None = None) -> Course:
    """Add a training to the catalogue, or change one (a plan keeps the name and JP it chose)."""
    require_operator(actor)
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise UserError("Nama pelatihan wajib diisi, paling panjang 200 karakter.")
    if not 0 <= jp <= 2000:
        raise UserError("JP {jp} di luar 0 sampai 2000.", jp=jp)
    jenis = _jenis(jenis)
    with db.transaction() as s:
        clash = s.scalar(select(TrainingCourse).where(TrainingCourse.name == name))
        if clash is not None and clash.id != course_id:
            raise UserError("Pelatihan '{name}' sudah ada di katalog.", name=name)
        course = s.get(TrainingCourse, course_id) if course_id else TrainingCourse()
        if course is None:
            raise UserError("Pelatihan {id} tidak ada di katalog.", id=course_id)
        course.name, course.jp, course.jenis = name, jp, jenis
        course.value_number, course.for_results, course.active = value_number, for_results, active
        s.add(course)
        s.flush()
        audit.record(s, actor=actor.username, action="katalog.save", entity="training_course",
                     after={"name": name, "jp": jp, "jenis": jenis, "active": active})
        return Course(course.id, name, jp, jenis, value_number, for_results, active)
