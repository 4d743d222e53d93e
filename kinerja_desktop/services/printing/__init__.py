"""Printing: one function per user action. Which documents exist is one table, ``KINDS``: a new
form is one entry there and one builder in reports/. This layer reads each document in one
read transaction (a batch: each block of BLOCK employees), writes files safely (a temporary
name, then a rename) and never touches ReportLab itself."""

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from ...domain.periods import parse_period
from ...errors import NotFound, UserError
from ...files import write_atomically
from ...reports.base import one_after_another, render, render_to
from ...reports.dokumen import flowables as dokumen_flowables
from ...reports.evaluation import evaluation_flowables
from ...reports.hasil_saya import evaluasi_with_masukan_flowables, hasil_saya_flowables, ringkasan_masukan_flowables
from ...reports.rekap import build_rekap
from ...reports.skp import lampiran_flowables, skp_flowables
from ...store.db import Database
from ...store.models import Employee, Skp
from ..context import Actor, Role
from ..organisation import subtree
from ..units import find_unit, matching_units
from .documents import (
    Memo, SealBroken, Subject, gather_evaluation, gather_evaluations, gather_hasil_saya, gather_rekap, gather_skp,
)


@dataclass(frozen=True)
class DocumentKind:
    """One printed form: its name on the command line, its title, what it gathers (from one read
    transaction), how it lays out, whether its pages are turned, whether it is per period, and
    what gathers a block of a batch in a few queries (None: one employee at a time)."""

    name: str
    title: str
    gather: Callable
    layout: Callable[[object], list]
    landscape: bool
    per_period: bool
    gather_many: Callable | None = None


KINDS = {k.name: k for k in (
    DocumentKind("skp", "SKP", gather_skp, skp_flowables, False, False),
    DocumentKind("lampiran", "Lampiran SKP", gather_skp, lampiran_flowables, False, False),
    DocumentKind("evaluasi", "Evaluasi Kinerja", gather_evaluation, evaluation_flowables, True, True,
                 gather_evaluations),
    DocumentKind("evaluasi-masukan", "Evaluasi Kinerja dengan Ringkasan Masukan", gather_hasil_saya,
                 evaluasi_with_masukan_flowables, True, True),
    DocumentKind("dokumen-evaluasi", "Dokumen Evaluasi Kinerja Pegawai", gather_evaluation, dokumen_flowables,
                 False, True, gather_evaluations),
    DocumentKind("hasil-saya", "Hasil Penilaian Saya", gather_hasil_saya, hasil_saya_flowables, False, True),
    DocumentKind("ringkasan-masukan", "Ringkasan Masukan", gather_hasil_saya, ringkasan_masukan_flowables, False, True),
)}
DOCS = tuple(KINDS)
COMBINED_VOLUME = 1000  # employees per file of a combined batch: bounded memory, and a file a print shop opens
BLOCK = 50  # employees of a batch gathered together (one read transaction, a few queries)


def segment_numbers(s, nip: str, year: int) -> list[int]:
    """The SKP segments of an employee's year, in order (one, unless they moved mid-year)."""
    return list(s.scalars(select(Skp.segment).join(Employee, Employee.id == Skp.employee_id)
                          .where(Employee.nip == nip, Skp.year == year).order_by(Skp.segment)))


def _kind(doc: str) -> DocumentKind:
    if doc not in KINDS:
        raise UserError("Dokumen '{doc}' tidak dikenal: pilih {choices}.", doc=doc, choices=', '.join(DOCS))
    return KINDS[doc]


def _part(db: Database, actor: Actor, kind: DocumentKind, subject: Subject, memo: Memo | None = None):
    """One employee's flowables and paper, read in one transaction. A yearly form (the SKP, its
    lampiran) of a year split by a move prints each segment, one after the other."""
    with db.read() as s:
        numbers = [subject.segment]
        if subject.segment is None and not kind.per_period:
            numbers = segment_numbers(s, subject.nip, subject.year) or [None]
        datas = [kind.gather(s, actor, replace(subject, segment=n), memo) for n in numbers]
    return one_after_another([kind.layout(data) for data in datas]), datas[0].head.paper


def document_pdf(db: Database, actor: Actor, *, doc: str, nip: str, year: int, period: str | None = None,
                 paper: str | None = None, duplex: bool = False, segment: int | None = None) -> bytes:
    """One document of one employee as PDF bytes (no --period: the annual evaluation; no segment:
    every segment of a yearly form, the one in force at the period's end for an evaluation)."""
    kind = _kind(doc)
    story, size = _part(db, actor, kind, Subject(nip, year, parse_period(period, year), paper, segment))
    return render(story, size, f"{kind.title} {year} - NIP {nip}", landscape=kind.landscape, duplex=duplex)


def print_document(db: Database, actor: Actor, *, doc: str, nip: str, year: int, output: Path,
                   period: str | None = None, paper: str | None = None, segment: int | None = None) -> Path:
    return write_atomically(document_pdf(db, actor, doc=doc, nip=nip, year=year, period=period, paper=paper,
                                         segment=segment), output)


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    skipped: tuple[str, ...]  # "NIP ...: why"
    cancelled: bool


def batch_nips(db: Database, actor: Actor, *, unit: str | int | None) -> list[str]:
    """Active employees of a unit (its id, SIASN code or exact name; with its sub-units), or all;
    of them, a penilai gets their own subordinates only."""
    with db.read() as s:
        query = select(Employee.nip).where(Employee.active.is_(True)).order_by(Employee.unit_id, Employee.nama)
        if actor.role is Role.PENILAI:
            query = query.where(Employee.atasan_id == actor.employee_id)
        if unit:
            query = query.where(Employee.unit_id.in_([u for f in matching_units(s, unit) for u in subtree(s, f)]))
        return list(s.scalars(query))


def rekap_pdf(db: Database, actor: Actor, *, unit: str | int, year: int, period: str | None = None,
              paper: str | None = None) -> bytes:
    """The Rekapitulasi dan Penetapan Predikat of one unit (with its sub-units) for a period."""
    with db.read() as s:
        data = gather_rekap(s, actor, unit_id=find_unit(s, unit).id, period=parse_period(period, year), paper=paper)
    return build_rekap(data)


class _Batch:
    """Walks the employees of a batch, gathering each one's part; what cannot print is skipped
    with its reason, never fatal."""

    def __init__(self, db, actor, kind, subjects, progress, cancelled):
        self.db, self.actor, self.kind, self.subjects = db, actor, kind, subjects
        self.progress, self.cancelled = progress, cancelled
        self.skipped: list[str] = []
        self.stopped = False
        self.paper = subjects[0].paper if subjects else None
        self.memo = Memo()

    def parts(self, start: int = 0, stop: int | None = None) -> Iterator[tuple[Subject, list]]:
        done = start
        for subject, gathered in self._gathered(self.subjects[start:stop]):
            if self.cancelled():
                self.stopped = True
                return
            done += 1
            try:
                story, self.paper = gathered()
            except (NotFound, SealBroken) as exc:
                self.skipped.append(f"NIP {subject.nip}: {exc}")
            else:
                yield subject, story
            self.progress(done, len(self.subjects))

    def _gathered(self, subjects: list[Subject]) -> Iterator[tuple[Subject, Callable]]:
        """Each subject with what lays it out: a block of BLOCK read in one transaction when the
        kind gathers many at once (24 queries a document became a few a block), else one by one."""
        kind = self.kind
        if kind.gather_many is None:
            for subject in subjects:
                yield subject, lambda subject=subject: _part(self.db, self.actor, kind, subject, self.memo)
            return
        for begin in range(0, len(subjects), BLOCK):
            if self.cancelled():
                return
            block = subjects[begin:begin + BLOCK]
            with self.db.read() as s:
                found = kind.gather_many(s, self.actor, block, self.memo)
            for subject, data in zip(block, found):
                yield subject, lambda data=data: _laid_out(kind, data)


def _laid_out(kind: DocumentKind, data) -> tuple[list, str]:
    if isinstance(data, Exception):
        raise data
    return kind.layout(data), data.head.paper


def print_batch(db: Database, actor: Actor, *, doc: str, year: int, out_dir: Path, period: str | None = None,
                unit: str | int | None = None, combined: bool = False, paper: str | None = None,
                duplex: bool = False, progress: Callable[[int, int], None] = lambda done, total: None,
                cancelled: Callable[[], bool] = lambda: False) -> BatchResult:
    """One PDF per employee, or combined files (one per COMBINED_VOLUME employees), for a unit or
    the whole office. Employees without the document (no SKP, evaluation not started) or whose
    seal no longer matches are listed as skipped. Memory holds one employee at a time."""
    kind = _kind(doc)
    the_period = parse_period(period, year)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    subjects = [Subject(nip, year, the_period, paper) for nip in batch_nips(db, actor, unit=unit)]
    suffix = f"-{the_period.code}" if kind.per_period else ""
    batch, written = _Batch(db, actor, kind, subjects, progress, cancelled), []
    if not combined:
        for subject, story in batch.parts():
            pdf = render(story, batch.paper or "A4", f"{kind.title} {year} - NIP {subject.nip}",
                         landscape=kind.landscape, duplex=duplex)
            written.append(write_atomically(pdf, out_dir / f"{doc}-{year}{suffix}-{subject.nip}.pdf"))
        return BatchResult(tuple(written), tuple(batch.skipped), batch.stopped)
    stem = f"{doc}-{year}{suffix}-{str(unit or 'semua').replace('/', '-')}"
    volumes = range(0, len(subjects), COMBINED_VOLUME)
    for number, start in enumerate(volumes, start=1):
        name = out_dir / (f"{stem}.pdf" if len(volumes) == 1 else f"{stem}-jilid-{number}.pdf")
        path = _write_combined(batch, kind, name, start, paper, duplex, f"{kind.title} {year}")
        if batch.stopped:
            break
        if path:
            written.append(path)
    return BatchResult(tuple(written), tuple(batch.skipped), batch.stopped)


def _write_combined(batch: _Batch, kind: DocumentKind, name: Path, start: int, paper: str | None,
                    duplex: bool, title: str) -> Path | None:
    """One volume streamed to a temporary file beside ``name``, renamed when whole; nothing is
    left behind when it is cancelled, fails, or holds no document."""
    parts = batch.parts(start, start + COMBINED_VOLUME)
    try:
        first_part = next(parts)
    except StopIteration:
        return None
    temporary = name.with_name(f".{name.name}.part")

    def stories():
        yield first_part[1]
        for _subject, story in parts:
            yield story

    try:
        with open(temporary, "wb") as out:
            render_to(out, stories(), batch.paper or paper or "A4", title, landscape=kind.landscape, duplex=duplex)
            out.flush()
            os.fsync(out.fileno())
        if batch.stopped:
            temporary.unlink()
            return None
        os.replace(temporary, name)
    finally:
        temporary.unlink(missing_ok=True)
    return name
