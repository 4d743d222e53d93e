"""Evaluations per period with realisations, feedback, ratings and the derived predikat."""

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, utcnow


class Evaluation(Synced, Base):
    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("skp_id", "period_kind", "period_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id"))
    period_kind: Mapped[str] = mapped_column(String(16))
    period_number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8), default="Draft", index=True)
    rating_hasil: Mapped[str | None] = mapped_column(String(24))
    rating_perilaku: Mapped[str | None] = mapped_column(String(24))
    predikat: Mapped[str | None] = mapped_column(String(24))  # derived, never typed
    org_predikat: Mapped[str | None] = mapped_column(String(24))  # the unit's, when rated
    catatan: Mapped[str] = mapped_column(Text, default="")  # catatan / rekomendasi
    regime: Mapped[str] = mapped_column(String(24), default="PermenPANRB 6/2022")
    finalized_at: Mapped[datetime | None]
    finalized_by: Mapped[str | None] = mapped_column(String(64))
    seal_hash: Mapped[str | None] = mapped_column(String(64))
    seal_version: Mapped[int | None] = mapped_column(Integer)  # the rules the seal was made under
    seal_statement: Mapped[str | None] = mapped_column(Text)  # the office-signed text of the QR code


class Realisation(Base):
    __tablename__ = "realisation"
    __table_args__ = (UniqueConstraint("evaluation_id", "indicator_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id"), index=True)
    value: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text, default="")


class RhkFeedback(Base):
    __tablename__ = "rhk_feedback"
    __table_args__ = (UniqueConstraint("evaluation_id", "rhk_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id"))
    rhk_id: Mapped[int] = mapped_column(ForeignKey("rhk.id"), index=True)
    text: Mapped[str] = mapped_column(Text)


class ValueFeedback(Base):
    __tablename__ = "value_feedback"
    __table_args__ = (UniqueConstraint("evaluation_id", "value_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id"))
    value_number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Evidence(Base):
    """A bukti dukung file, stored once under its sha256 in the evidence folder."""

    __tablename__ = "evidence"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EvidenceLink(Base):
    __tablename__ = "evidence_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id"))
    sha256: Mapped[str | None] = mapped_column(ForeignKey("evidence.sha256"))
    filename: Mapped[str] = mapped_column(String(255), default="")
    url: Mapped[str] = mapped_column(String(1000), default="")


class FeedbackInput(Synced, Base):
    """Self, peer or public (service user) feedback the penilai considers; labelled by source."""

    __tablename__ = "feedback_input"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id"), index=True)
    source: Mapped[str] = mapped_column(String(8))  # self / peer / public
    author: Mapped[str] = mapped_column(String(160), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Objection(Synced, Base):
    """Keberatan (PP 30/2019 art. 59), decided with finality by the atasan pejabat penilai."""

    __tablename__ = "objection"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)  # when the employee received the result
    filed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="Diajukan")  # Diajukan / Diputuskan
    decision: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_on: Mapped[date | None] = mapped_column(Date)
    old_result: Mapped[dict | None]
    new_result: Mapped[dict | None]


class OrgPerformance(Synced, Base):
    __tablename__ = "org_performance"
    __table_args__ = (UniqueConstraint("unit_id", "year", "period_kind", "period_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    year: Mapped[int] = mapped_column(Integer)
    period_kind: Mapped[str] = mapped_column(String(16))
    period_number: Mapped[int] = mapped_column(Integer)
    predikat: Mapped[str] = mapped_column(String(24))
    set_by: Mapped[str] = mapped_column(String(64), default="")
    set_on: Mapped[date | None] = mapped_column(Date)  # printed on the rekap
    note: Mapped[str] = mapped_column(Text, default="")
