"""Office, unit tree, employees and local user accounts."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced, utcnow


class Office(Synced, Base):
    """The instansi running this database (a district), or each district on a province db."""

    __tablename__ = "office"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))  # nama instansi, printed top-left
    kabupaten: Mapped[str] = mapped_column(String(120), default="")
    place: Mapped[str] = mapped_column(String(120), default="")  # seat, for signature blocks
    province: Mapped[str] = mapped_column(String(32), default="")
    period_kind: Mapped[str] = mapped_column(String(16), default="triwulan")
    paper: Mapped[str] = mapped_column(String(4), default="A4")


class Unit(Synced, Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(64))  # SIASN unor id, when known
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped["Unit | None"] = relationship(remote_side=[id])


class Employee(Synced, Base):
    __tablename__ = "employee"
    __table_args__ = (Index("ix_employee_unit_active", "unit_id", "active"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    nip: Mapped[str] = mapped_column(String(18), unique=True)
    nama: Mapped[str] = mapped_column(String(160), index=True)
    gelar_depan: Mapped[str] = mapped_column(String(60), default="")
    gelar_belakang: Mapped[str] = mapped_column(String(80), default="")
    jenis_pegawai: Mapped[str] = mapped_column(String(8), default="PNS")
    golongan: Mapped[str] = mapped_column(String(8), default="")
    jabatan: Mapped[str] = mapped_column(String(200), default="")
    jenis_jabatan: Mapped[str] = mapped_column(String(24))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    atasan_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    siasn_id: Mapped[str | None] = mapped_column(String(64))  # the person's id in SIASN (roster: ID SIASN)

    unit: Mapped[Unit] = relationship()
    atasan: Mapped["Employee | None"] = relationship(remote_side=[id])


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # operator / penilai / viewer
    password_hash: Mapped[str] = mapped_column(String(255))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """Small office-wide settings (key/value), declared with types in ``settings.py``."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(2000), default="")
