"""What follows a result (domain.md sections 3.5, 11 and 12): the training catalogue, each
employee's development plan and the training they did, their potensi for the talent box, the
periods they were away or gone, attendance and discipline, and the SIASN reference codes."""

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced


class TrainingCourse(Base):
    """The BKPSDM's catalogue of trainings a plan chooses from, with their JP. ``value_number``
    is the BerAKHLAK value it develops (None: results, or general)."""

    __tablename__ = "training_course"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    jp: Mapped[int] = mapped_column(Integer)
    jenis: Mapped[str] = mapped_column(String(24), default="teknis")  # teknis/fungsional/manajerial/sosial kultural
    value_number: Mapped[int | None] = mapped_column(Integer)
    for_results: Mapped[bool] = mapped_column(Boolean, default=False)  # proposed for an RHK far from target
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DevelopmentPlan(Synced, Base):
    """Rencana pengembangan kompetensi of one employee for the year after a result; for Butuh
    Perbaikan and below it is also a coaching (pembinaan) plan with a review date."""

    __tablename__ = "development_plan"
    __table_args__ = (UniqueConstraint("employee_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    year: Mapped[int] = mapped_column(Integer)  # the year of the result it follows
    basis: Mapped[str] = mapped_column(String(16))  # the period of that result: TAHUNAN, TW3, ...
    predikat: Mapped[str] = mapped_column(String(24), default="")
    status: Mapped[str] = mapped_column(String(12), default="usulan")  # usulan / disetujui
    pembinaan: Mapped[bool] = mapped_column(Boolean, default=False)
    review_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    confirmed_on: Mapped[date | None] = mapped_column(Date)


class DevelopmentItem(Synced, Base):
    """One line of a plan: why (a value below expectations, an RHK far from target, the
    penilai's catatan, coaching) and the training chosen for it."""

    __tablename__ = "development_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("development_plan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    reason_kind: Mapped[str] = mapped_column(String(12))  # perilaku / rhk / catatan / pembinaan / lain
    reason: Mapped[str] = mapped_column(Text, default="")
    training: Mapped[str] = mapped_column(String(200))
    jp: Mapped[int] = mapped_column(Integer, default=0)


class TrainingRecord(Synced, Base):
    """A training an employee took part in (from the diklat records)."""

    __tablename__ = "training_record"
    __table_args__ = (UniqueConstraint("employee_id", "name", "start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    jp: Mapped[int] = mapped_column(Integer)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)


class Potensi(Synced, Base):
    """An employee's potensi from an assessment (rendah / menengah / tinggi), per year."""

    __tablename__ = "potensi"
    __table_args__ = (UniqueConstraint("employee_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    year: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(200), default="")


class StatusPeriod(Synced, Base):
    """A time an employee is not evaluated, or from which they are gone: cuti di luar tanggungan
    negara, tugas belajar, pemberhentian sementara, pensiun, meninggal, pindah keluar/masuk."""

    __tablename__ = "status_period"
    __table_args__ = (UniqueConstraint("employee_id", "kind", "start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)  # open: still so (or for good)
    note: Mapped[str] = mapped_column(Text, default="")


class Attendance(Synced, Base):
    """One month's attendance recap of an employee, as attendance machines export it."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("employee_id", "year", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    hari_kerja: Mapped[int] = mapped_column(Integer)
    hadir: Mapped[int] = mapped_column(Integer)
    terlambat: Mapped[int] = mapped_column(Integer, default=0)
    tanpa_keterangan: Mapped[int] = mapped_column(Integer, default=0)


class DisciplineSanction(Synced, Base):
    """A disciplinary sanction (hukuman disiplin) from the register."""

    __tablename__ = "discipline_sanction"
    __table_args__ = (UniqueConstraint("employee_id", "nomor_sk"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    jenis: Mapped[str] = mapped_column(String(200))
    nomor_sk: Mapped[str] = mapped_column(String(120))
    tmt: Mapped[date] = mapped_column(Date)
    sampai: Mapped[date | None] = mapped_column(Date)


class SiasnCode(Base):
    """SIASN's numeric reference ids that no regulation publishes (a predikat's kuadran, a
    period's periodik id, a jenjang's koefisien id): one editable table, seeded with defaults."""

    __tablename__ = "siasn_code"
    __table_args__ = (UniqueConstraint("category", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(64))
