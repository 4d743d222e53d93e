"""SKP segments: a move to another position, or another penilai, mid-year ends the current SKP the
day before and opens the next segment, with its own penilai, RHK and evaluations (domain.md 3.2
and 11). A period belongs to the segment in force on its last day; the earlier segment is still
evaluated by its own penilai for the periods it covered, and the annual result combines them."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, or_, select

from ...domain.jabatan import JenisJabatan, form_family
from ...domain.periods import Period, PeriodKind
from ...domain.ratings import Rating, predikat_pegawai
from ...domain.workflow import EvaluationStatus, SkpStatus
from ...errors import NotAllowed, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import BehaviourExpectation, Employee, Evaluation, Skp
from ..access import employee_by_nip, require_can_view, require_operator
from ..context import Actor
from .snapshots import person_snapshot


def in_force(on: date) -> ColumnElement:
    """For a query joined with Skp: only the segment in force on ``on``. Segments follow each
    other without gaps (an ended one has its last day), so this is a plain range test."""
    return and_(or_(Skp.starts_on.is_(None), Skp.starts_on <= on), or_(Skp.ends_on.is_(None), Skp.ends_on >= on))


def segment_in_force(s, employee_id: int, year: int, on: date) -> Skp | None:
    return s.scalar(select(Skp).where(Skp.employee_id == employee_id, Skp.year == year, in_force(on)))


@dataclass(frozen=True)
class Segment:
    skp_id: int
    number: int
    starts_on: date
    ends_on: date
    penilai: str  # the penilai's name as the segment's SKP recorded it
    jabatan: str
    status: str

    @property
    def months(self) -> int:
        """Months of the year the segment covers (a month counts where its 15th falls in it)."""
        return sum(self.starts_on <= date(self.starts_on.year, m, 15) <= self.ends_on for m in range(1, 13))

    def covers(self, period: Period) -> bool:
        return self.starts_on <= period.end and period.start <= self.ends_on


def _segment(skp: Skp) -> Segment:
    return Segment(skp.id, skp.segment, skp.starts_on or date(skp.year, 1, 1), skp.ends_on or date(skp.year, 12, 31),
                   (skp.penilai_snapshot or {}).get("nama", ""), (skp.pegawai_snapshot or {}).get("jabatan", ""),
                   skp.status)


def segments_in(s, employee_id: int, year: int) -> list[Segment]:
    return [_segment(k) for k in s.scalars(select(Skp).where(Skp.employee_id == employee_id, Skp.year == year)
                                           .order_by(Skp.segment))]


def segments_of(db: Database, actor: Actor, *, employee_id: int, year: int) -> list[Segment]:
    with db.read() as s:
        require_can_view(actor, s.get(Employee, employee_id))
        return segments_in(s, employee_id, year)


def start_segment(db: Database, actor: Actor, *, nip: str, year: int, starts_on: date,
                  penilai_nip: str | None = None) -> Segment:
    """`skp segmen`: the employee moved on ``starts_on`` (the roster already holds the new jabatan,
    unit and atasan). The segment in force ends the day before; the new one is a Draft SKP with
    fresh snapshots and the new penilai (the atasan unless ``penilai_nip`` says otherwise)."""
    require_operator(actor)
    if starts_on.year != year or starts_on == date(year, 1, 1):
        raise UserError("Tanggal pindah {day} harus di dalam tahun {year} dan sesudah 1 Januari.",
                        day=starts_on.isoformat(), year=year)
    with db.transaction() as s:
        employee = employee_by_nip(s, nip)
        penilai = employee_by_nip(s, penilai_nip) if penilai_nip else (
            s.get(Employee, employee.atasan_id) if employee.atasan_id else None)
        current = segment_in_force(s, employee.id, year, starts_on)
        if current is None:
            raise NotAllowed("{nama} belum punya SKP tahun {year}: susun SKP-nya dahulu.", nama=employee.nama, year=year)
        new = open_segment(s, actor, employee, current, starts_on, penilai)
        return _segment(new)


def open_segment(s, actor: Actor, employee: Employee, current: Skp, starts_on: date, penilai: Employee | None) -> Skp:
    """Inside the caller's transaction: ``current`` ends the day before ``starts_on`` and the next
    segment opens as a Draft SKP with fresh snapshots and ``penilai`` (``skp segmen``, and a
    hub's transfer of an employee to another sub-office)."""
    year = current.year
    if s.scalar(select(Skp.id).where(Skp.employee_id == employee.id, Skp.year == year,
                                     Skp.segment > current.segment)):
        raise NotAllowed("Sudah ada segmen SKP sesudah tanggal itu; pindah hanya dicatat berurutan.")
    first = current.starts_on or date(year, 1, 1)
    if starts_on <= first:
        raise UserError("Tanggal pindah {day} harus sesudah awal segmen yang berjalan ({start}).",
                        day=starts_on.isoformat(), start=first.isoformat())
    after = [Period(year, PeriodKind(kind), number) for kind, number in s.execute(
        select(Evaluation.period_kind, Evaluation.period_number).where(Evaluation.skp_id == current.id))]
    after = [p for p in after if p.start >= starts_on or p.kind is PeriodKind.TAHUNAN]
    if after:
        raise NotAllowed("SKP yang berjalan sudah dievaluasi untuk {periods}, sesudah tanggal pindah {day}: periode itu "
                         "dinilai penilai lama, jadi tanggal pindahnya sesudah periode itu.", periods=", ".join(f"{p.label} {p.year}" for p in after), day=starts_on.isoformat())
    if penilai is not None and penilai.id == employee.id:
        raise UserError("Pegawai tidak dapat menjadi pejabat penilai dirinya sendiri.")
    before = {"segment": current.segment, "ends_on": current.ends_on.isoformat() if current.ends_on else None}
    current.ends_on = starts_on - timedelta(days=1)
    current.bump()
    new = Skp(employee_id=employee.id, year=year, segment=current.segment + 1, starts_on=starts_on,
              approach=current.approach, form_family=form_family(JenisJabatan(employee.jenis_jabatan)).value,
              status=SkpStatus.DRAFT.value, penilai_id=penilai.id if penilai else None,
              pegawai_snapshot=person_snapshot(s, employee), penilai_snapshot=person_snapshot(s, penilai),
              atasan_snapshot=person_snapshot(s, s.get(Employee, penilai.atasan_id)
                                              if penilai and penilai.atasan_id else None))
    s.add(new)
    s.flush()
    s.add_all(BehaviourExpectation(skp_id=new.id, value_number=n) for n in range(1, 8))
    audit.record(s, actor=actor.username, action="skp.segment", entity="skp", entity_uuid=new.uuid,
                 before=before, after={"nip": employee.nip, "year": year, "segment": new.segment,
                                       "starts_on": starts_on.isoformat(), "penilai": penilai.nip if penilai else ""})
    return new


RATING_SCORE = {Rating.DI_BAWAH: 1, Rating.SESUAI: 2, Rating.DI_ATAS: 3}


@dataclass(frozen=True)
class SegmentResult:
    segment: Segment
    period: str  # the code of the evaluation the result comes from ("" if none is final)
    rating_hasil: str | None
    rating_perilaku: str | None
    predikat: str | None


@dataclass(frozen=True)
class Combined:
    """The annual result of a year with several segments: each segment's latest final result,
    and the ratings they suggest together, weighted by the months each segment covered."""

    parts: tuple[SegmentResult, ...]
    rating_hasil: str | None
    rating_perilaku: str | None

    @property
    def predikat(self) -> str | None:
        if self.rating_hasil and self.rating_perilaku:
            return predikat_pegawai(Rating(self.rating_hasil), Rating(self.rating_perilaku)).value
        return None


def _weighted(parts: list[tuple[int, str | None]]) -> str | None:
    rated = [(months, RATING_SCORE[Rating(r)]) for months, r in parts if r]
    if not rated or sum(m for m, _ in rated) == 0:
        return None
    score = sum(m * v for m, v in rated) / sum(m for m, _ in rated)
    nearest = min(RATING_SCORE.items(), key=lambda kv: (abs(kv[1] - score), -kv[1]))  # a tie goes up
    return nearest[0].value


def combined_in(s, employee_id: int, year: int) -> Combined | None:
    """None for a year of one segment. The penilai of the last segment sets the annual ratings;
    this is the suggestion shown beside them (domain.md 3.2: the app may suggest)."""
    segments = segments_in(s, employee_id, year)
    if len(segments) < 2:
        return None
    parts = []
    for segment in segments:
        finals = s.execute(select(Evaluation.period_kind, Evaluation.period_number, Evaluation.rating_hasil,
                                  Evaluation.rating_perilaku, Evaluation.predikat).where(
            Evaluation.skp_id == segment.skp_id, Evaluation.status == EvaluationStatus.FINAL.value)).all()
        dated = sorted(finals, key=lambda r: (Period(year, PeriodKind(r.period_kind), r.period_number).end,
                                              r.period_kind != PeriodKind.TAHUNAN.value))
        last = dated[-1] if dated else None
        parts.append(SegmentResult(segment, Period(year, PeriodKind(last.period_kind), last.period_number).code
                                   if last else "", last.rating_hasil if last else None,
                                   last.rating_perilaku if last else None, last.predikat if last else None))
    return Combined(tuple(parts), _weighted([(p.segment.months, p.rating_hasil) for p in parts]),
                    _weighted([(p.segment.months, p.rating_perilaku) for p in parts]))


def combined_result(db: Database, actor: Actor, *, employee_id: int, year: int) -> Combined | None:
    with db.read() as s:
        require_can_view(actor, s.get(Employee, employee_id))
        return combined_in(s, employee_id, year)
