"""Printing: one function per user action. Builders live in reports/; this layer finds the rows,
writes files safely (a temporary name, then a rename) and checks printed verification codes."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import PageBreak
from sqlalchemy import select

from ...domain.periods import Period, PeriodKind, parse_period
from ...domain.verification import code_prefix, verification_code
from ...errors import NotFound, Text, UserError
from ...files import write_atomically
from ...reports.base import render
from ...reports.dokumen import flowables as dokumen_flowables
from ...reports.evaluation import evaluation_flowables
from ...reports.rekap import build_rekap
from ...reports.skp import lampiran_flowables, skp_flowables
from ...store.db import Database
from ...store.models import Employee, Evaluation, Skp, Unit
from ..context import Actor, Role
from ..evaluation.seal import seal_of
from ..organisation import subtree
from .documents import Memo, evaluation_doc, rekap_doc, skp_doc

DOCS = ("skp", "lampiran", "evaluasi", "dokumen-evaluasi")
_TITLES = {"skp": "SKP", "lampiran": "Lampiran SKP", "evaluasi": "Evaluasi Kinerja",
           "dokumen-evaluasi": "Dokumen Evaluasi Kinerja Pegawai"}


def _check_doc(doc: str) -> None:
    if doc not in DOCS:
        raise UserError("Dokumen '{doc}' tidak dikenal: pilih {choices}.", doc=doc, choices=', '.join(DOCS))


def _story(db: Database, actor: Actor, doc: str, nip: str, year: int, period: Period,
           paper: str | None, memo: Memo | None = None) -> tuple[list, str, bool]:
    """The flowables of one document, its paper size, and whether its pages are turned."""
    if doc in ("skp", "lampiran"):
        data = skp_doc(db, actor, nip=nip, year=year, paper=paper, memo=memo)
        return (skp_flowables if doc == "skp" else lampiran_flowables)(data), data.head.paper, False
    data = evaluation_doc(db, actor, nip=nip, period=period, paper=paper, memo=memo)
    if doc == "evaluasi":
        return evaluation_flowables(data), data.skp.head.paper, True
    return dokumen_flowables(data), data.skp.head.paper, False


def document_pdf(db: Database, actor: Actor, *, doc: str, nip: str, year: int, period: str | None = None,
                 paper: str | None = None) -> bytes:
    """One document of one employee as PDF bytes (no --period: the annual evaluation)."""
    _check_doc(doc)
    story, size, turned = _story(db, actor, doc, nip, year, parse_period(period, year), paper)
    return render(story, size, f"{_TITLES[doc]} {year} - NIP {nip}", landscape=turned)


def print_document(db: Database, actor: Actor, *, doc: str, nip: str, year: int, output: Path,
                   period: str | None = None, paper: str | None = None) -> Path:
    return write_atomically(document_pdf(db, actor, doc=doc, nip=nip, year=year, period=period, paper=paper), output)


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    skipped: tuple[str, ...]  # "NIP ...: why"
    cancelled: bool


def _find_unit(s, unit: str | int) -> list[int]:
    """Unit ids for an id, a SIASN code or an exact name; a clear refusal when none matches."""
    if isinstance(unit, int):
        return [unit]
    found = list(s.scalars(select(Unit.id).where((Unit.code == unit) | (Unit.name == unit), Unit.active.is_(True))))
    if not found:
        raise NotFound("Unit kerja '{unit}' tidak ada: sebutkan kode SIASN atau nama lengkapnya seperti di halaman Unit Kerja.", unit=unit)
    return found


def batch_nips(db: Database, actor: Actor, *, unit: str | int | None) -> list[str]:
    """Active employees of a unit (its id, SIASN code or exact name; with its sub-units), or all;
    of them, a penilai gets their own subordinates only."""
    with db.read() as s:
        query = select(Employee.nip).where(Employee.active.is_(True)).order_by(Employee.unit_id, Employee.nama)
        if actor.role is Role.PENILAI:
            query = query.where(Employee.atasan_id == actor.employee_id)
        if unit:
            query = query.where(Employee.unit_id.in_([u for f in _find_unit(s, unit) for u in subtree(s, f)]))
        return list(s.scalars(query))


def rekap_pdf(db: Database, actor: Actor, *, unit: str | int, year: int, period: str | None = None,
              paper: str | None = None) -> bytes:
    """The Rekapitulasi dan Penetapan Predikat of one unit (with its sub-units) for a period."""
    with db.read() as s:
        found = _find_unit(s, unit)
    if len(found) > 1:
        raise UserError("Ada {len_found} unit bernama '{unit}'; sebutkan kode SIASN-nya.", len_found=len(found), unit=unit)
    return build_rekap(rekap_doc(db, actor, unit_id=found[0], period=parse_period(period, year), paper=paper))


def print_batch(db: Database, actor: Actor, *, doc: str, year: int, out_dir: Path, period: str | None = None,
                unit: str | int | None = None, combined: bool = False, paper: str | None = None,
                progress: Callable[[int, int], None] = lambda done, total: None,
                cancelled: Callable[[], bool] = lambda: False) -> BatchResult:
    """One PDF per employee (or one combined file) for a unit or the whole office. Employees
    without the document (no SKP, evaluation not started) are listed as skipped, not fatal."""
    _check_doc(doc)
    the_period = parse_period(period, year)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nips = batch_nips(db, actor, unit=unit)
    suffix = "" if doc in ("skp", "lampiran") else f"-{the_period.code}"
    written, skipped, story, turned, size, memo = [], [], [], False, paper or "A4", Memo()
    for done, nip in enumerate(nips, start=1):
        if cancelled():
            return BatchResult(tuple(written), tuple(skipped), True)
        try:
            part, size, turned = _story(db, actor, doc, nip, year, the_period, paper, memo)
        except NotFound as exc:
            skipped.append(f"NIP {nip}: {exc}")
        else:
            if combined:
                story += ([PageBreak()] if story else []) + part
            else:
                pdf = render(part, size, f"{_TITLES[doc]} {year} - NIP {nip}", landscape=turned)
                written.append(write_atomically(pdf, out_dir / f"{doc}-{year}{suffix}-{nip}.pdf"))
        progress(done, len(nips))
    if combined and story:
        name = out_dir / f"{doc}-{year}{suffix}-{str(unit or 'semua').replace('/', '-')}.pdf"
        written.append(write_atomically(render(story, size, f"{_TITLES[doc]} {year}", landscape=turned), name))
    return BatchResult(tuple(written), tuple(skipped), False)


@dataclass(frozen=True)
class Verification:
    code: str
    found: bool
    intact: bool = False
    nama: str = ""
    nip: str = ""
    period: str = ""
    predikat: str = ""

    @property
    def message(self) -> Text:
        """The answer in words (``str()`` Indonesian; the window renders it in its language)."""
        if not self.found:
            return Text("Kode {code} tidak cocok dengan evaluasi final mana pun di basis data ini: dokumen itu "
                        "bukan keluaran kantor ini, kodenya salah ketik, atau evaluasinya belum final.", code=self.code)
        who = dict(code=self.code, nama=self.nama, nip=self.nip, period=self.period, predikat=self.predikat)
        if self.intact:
            return Text("Kode {code} SAH: evaluasi final {nama} (NIP {nip}), {period}, predikat {predikat}; isinya "
                        "sama dengan yang disegel.", **who)
        return Text("Kode {code} milik evaluasi {nama} (NIP {nip}), {period}, predikat {predikat}, tetapi isi basis "
                    "data tidak lagi cocok dengan segelnya: jalankan 'kinerja audit verify' dan laporkan kepada "
                    "operator.", **who)


def verify_code(db: Database, code: str) -> Verification:
    """Does a code printed on a final evaluation match a sealed evaluation here, unchanged?"""
    prefix = code_prefix(code)
    shown = verification_code(prefix)
    with db.read() as s:
        row = s.execute(select(Evaluation.id, Evaluation.seal_hash, Evaluation.period_kind, Evaluation.period_number,
                               Evaluation.predikat, Skp.year, Employee.nama, Employee.nip)
                        .join(Skp, Evaluation.skp_id == Skp.id).join(Employee, Skp.employee_id == Employee.id)
                        .where(Evaluation.status == "Final", Evaluation.seal_hash.like(f"{prefix}%"))).first()
        if row is None:
            return Verification(shown, False)
        intact = seal_of(s, row.id) == row.seal_hash
    period = Period(row.year, PeriodKind(row.period_kind), row.period_number)
    return Verification(shown, True, intact, row.nama, row.nip, f"{period.label} {period.year}", row.predikat or "")
