"""Voices beyond the penilai (domain.md section 9): masukan questionnaires with one-use codes,
their anonymous answers, and the Survei Kepuasan Masyarakat of each service unit."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, utcnow


class MasukanCode(Base):
    """A one-use code printed on a questionnaire: whom it is about, which kind, which period. It
    never names the respondent; once answered it is spent."""

    __tablename__ = "masukan_code"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # diri / rekan / bawahan / masyarakat
    year: Mapped[int] = mapped_column(Integer)
    period_kind: Mapped[str] = mapped_column(String(16))
    period_number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_at: Mapped[datetime | None]


class MasukanResponse(Synced, Base):
    """One respondent's answers: the seven BerAKHLAK values, 1 Tidak pernah .. 4 Selalu, and a comment."""

    __tablename__ = "masukan_response"
    __table_args__ = (Index("ix_masukan_response_subject", "employee_id", "year", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code_id: Mapped[int | None] = mapped_column(ForeignKey("masukan_code.id"), unique=True)  # None: from another office
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    kind: Mapped[str] = mapped_column(String(12))
    year: Mapped[int] = mapped_column(Integer)
    period_kind: Mapped[str] = mapped_column(String(16))
    period_number: Mapped[int] = mapped_column(Integer)
    v1: Mapped[int] = mapped_column(Integer)
    v2: Mapped[int] = mapped_column(Integer)
    v3: Mapped[int] = mapped_column(Integer)
    v4: Mapped[int] = mapped_column(Integer)
    v5: Mapped[int] = mapped_column(Integer)
    v6: Mapped[int] = mapped_column(Integer)
    v7: Mapped[int] = mapped_column(Integer)
    komentar: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(8), default="impor")  # impor / ketik / kiosk
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SkmResponse(Synced, Base):
    """One service user's answers to the nine SKM elements (1 tidak baik .. 4 sangat baik)."""

    __tablename__ = "skm_response"
    __table_args__ = (Index("ix_skm_response_unit_year", "unit_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    year: Mapped[int] = mapped_column(Integer)
    u1: Mapped[int] = mapped_column(Integer)
    u2: Mapped[int] = mapped_column(Integer)
    u3: Mapped[int] = mapped_column(Integer)
    u4: Mapped[int] = mapped_column(Integer)
    u5: Mapped[int] = mapped_column(Integer)
    u6: Mapped[int] = mapped_column(Integer)
    u7: Mapped[int] = mapped_column(Integer)
    u8: Mapped[int] = mapped_column(Integer)
    u9: Mapped[int] = mapped_column(Integer)
    komentar: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(8), default="impor")  # impor / kiosk
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MasukanDesk(Base):
    """The code on an officer's desk card: a service user at the kiosk types it to rate the
    officer who served them. It is reused by every visitor (each answer still gets a spent
    one-use code of its own) and replaced when the office renews it."""

    __tablename__ = "masukan_desk"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
