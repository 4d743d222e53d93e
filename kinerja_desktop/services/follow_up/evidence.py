"""Objective data beside the penilai's judgement: the attendance recap and disciplinary sanctions
of the period, shown on the Evaluasi page as evidence for the Akuntabel value; and, for an
indicator bound to attendance, the realisasi the recap proposes. Neither moves a rating."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ...domain.periods import Period, PeriodKind
from ...store.db import Database
from ...store.models import Attendance, DisciplineSanction, Employee
from ..access import require_can_view
from ..context import Actor


@dataclass(frozen=True)
class Sanction:
    jenis: str
    nomor_sk: str
    tmt: date
    sampai: date | None


@dataclass(frozen=True)
class Objective:
    months: int  # months of the period with a recap
    hari_kerja: int
    hadir: int
    terlambat: int
    tanpa_keterangan: int
    sanctions: tuple[Sanction, ...]

    @property
    def percent(self) -> float | None:
        return round(100 * self.hadir / self.hari_kerja, 2) if self.hari_kerja else None


def objective_in(s, employee: Employee, period: Period) -> Objective:
    months = (Attendance.year == period.year, Attendance.month >= period.start.month,
              Attendance.month <= period.end.month, Attendance.employee_id == employee.id)
    count, days, present, late, absent = s.execute(select(
        func.count(), *(func.coalesce(func.sum(c), 0) for c in (Attendance.hari_kerja, Attendance.hadir,
                                                                 Attendance.terlambat, Attendance.tanpa_keterangan)))
        .where(*months)).one()
    sanctions = s.execute(select(DisciplineSanction.jenis, DisciplineSanction.nomor_sk, DisciplineSanction.tmt,
                                 DisciplineSanction.sampai).where(
        DisciplineSanction.employee_id == employee.id, DisciplineSanction.tmt <= period.end,
        (DisciplineSanction.sampai.is_(None)) | (DisciplineSanction.sampai >= period.start))
        .order_by(DisciplineSanction.tmt)).all()
    return Objective(count, int(days), int(present), int(late), int(absent), tuple(Sanction(*r) for r in sanctions))


def objective_data(db: Database, actor: Actor, *, employee_id: int, period: Period) -> Objective:
    """The attendance and sanctions of one employee in the period (who may see the employee may see these)."""
    with db.read() as s:
        employee = s.get(Employee, employee_id)
        require_can_view(actor, employee)
        return objective_in(s, employee, period)


def fill_from_attendance(db: Database, actor: Actor, *, evaluation_id: int) -> int:
    """The penilai's click on "Isi dari presensi": each attendance-bound indicator of the
    evaluation that has no realisasi yet gets the recap's percentage and how it was reached, in
    one transaction; what the penilai already typed stays. Returns how many were filled."""
    from ...store import audit
    from ...store.models import Indicator, Realisation, Rhk
    from ..evaluation.recording import editable_evaluation

    with db.transaction() as s:
        evaluation, skp = editable_evaluation(s, actor, evaluation_id)
        period = Period(skp.year, PeriodKind(evaluation.period_kind), evaluation.period_number)
        bound = s.scalars(select(Indicator).join(Rhk, Rhk.id == Indicator.rhk_id).where(
            Rhk.skp_id == skp.id, Indicator.source == "presensi")).all()
        done = set(s.scalars(select(Realisation.indicator_id).where(Realisation.evaluation_id == evaluation.id)))
        data = objective_in(s, s.get(Employee, skp.employee_id), period)
        if data.percent is None:
            return 0
        filled = 0
        for indicator in bound:
            if indicator.id in done:
                continue
            text = (f"Dari rekap presensi {data.months} bulan: hadir {data.hadir} dari {data.hari_kerja} hari kerja, "
                    f"terlambat {data.terlambat} kali, tanpa keterangan {data.tanpa_keterangan} hari.")
            s.add(Realisation(evaluation_id=evaluation.id, indicator_id=indicator.id, value=data.percent, text=text))
            audit.record(s, actor=actor.username, action="evaluation.realisation", entity="evaluation",
                         entity_uuid=evaluation.uuid, after={"indicator": indicator.uuid, "value": data.percent,
                                                             "text": text, "source": "presensi"})
            filled += 1
        return filled
