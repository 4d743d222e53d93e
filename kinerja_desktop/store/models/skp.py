"""The SKP plan: RHK (with the intervensi parent), indicators, BerAKHLAK expectations, lampiran."""

from datetime import date

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced


class Skp(Synced, Base):
    __tablename__ = "skp"
    __table_args__ = (UniqueConstraint("employee_id", "year", "segment"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    segment: Mapped[int] = mapped_column(Integer, default=1)  # a mid-year change splits the year
    starts_on: Mapped[date | None] = mapped_column(Date)  # a later segment's first day (None: 1 January)
    ends_on: Mapped[date | None] = mapped_column(Date)  # an ended segment's last day (None: 31 December)
    approach: Mapped[str] = mapped_column(String(16), default="kuantitatif")
    form_family: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="Draft")
    penilai_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    # Snapshots (nama, nip, pangkat, jabatan, unit) as they were when the SKP was planned.
    pegawai_snapshot: Mapped[dict] = mapped_column(JSON, default=dict)
    penilai_snapshot: Mapped[dict] = mapped_column(JSON, default=dict)
    atasan_snapshot: Mapped[dict] = mapped_column(JSON, default=dict)
    return_note: Mapped[str] = mapped_column(Text, default="")
    approved_on: Mapped[date | None] = mapped_column(Date)  # printed on the SKP and its lampiran

    rhk: Mapped[list["Rhk"]] = relationship(
        back_populates="skp", order_by="Rhk.position", cascade="all, delete-orphan"
    )


class Rhk(Synced, Base):
    """Rencana Hasil Kerja. ``parent_id`` is the intervened RHK, usually in the superior's SKP."""

    __tablename__ = "rhk"
    id: Mapped[int] = mapped_column(primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("rhk.id"), index=True)
    intervensi_text: Mapped[str] = mapped_column(Text, default="")  # organisation target, if no parent
    jenis: Mapped[str] = mapped_column(String(10), default="utama")  # utama / tambahan
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    skp: Mapped[Skp] = relationship(back_populates="rhk")
    parent: Mapped["Rhk | None"] = relationship(remote_side=[id])
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="rhk", order_by="Indicator.position", cascade="all, delete-orphan"
    )


class Indicator(Synced, Base):
    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    rhk_id: Mapped[int] = mapped_column(ForeignKey("rhk.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    aspek: Mapped[str] = mapped_column(String(12), default="")  # Kuantitas/Kualitas/Waktu/Biaya
    perspektif: Mapped[str] = mapped_column(String(40), default="")  # JPT only
    text: Mapped[str] = mapped_column(Text)
    target_min: Mapped[float | None] = mapped_column(Float)
    target_max: Mapped[float | None] = mapped_column(Float)
    satuan: Mapped[str] = mapped_column(String(60), default="")
    target_text: Mapped[str] = mapped_column(Text, default="")  # kualitatif: narrated target
    source: Mapped[str] = mapped_column(String(16), default="")  # "presensi": realisasi proposed from attendance

    rhk: Mapped[Rhk] = relationship(back_populates="indicators")


class BehaviourExpectation(Base):
    __tablename__ = "behaviour_expectation"
    __table_args__ = (UniqueConstraint("skp_id", "value_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id"))
    value_number: Mapped[int] = mapped_column(Integer)  # BerAKHLAK 1..7
    ekspektasi_khusus: Mapped[str] = mapped_column(Text, default="")


class LampiranItem(Base):
    __tablename__ = "lampiran_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id"), index=True)
    section: Mapped[str] = mapped_column(String(32))  # dukungan / skema / konsekuensi
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
