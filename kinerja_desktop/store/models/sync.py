"""Sync tables: keys, trust, the district's record states and outbox; the province's registry,
packages, consolidated records and conflicts (design.md sections 3 and 5)."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class SyncKey(Base):
    """A key pair of this database; the secret half sealed under a passphrase (secretbox)."""

    __tablename__ = "sync_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(24), index=True)  # district-sign, district-age, province-*
    key_id: Mapped[str] = mapped_column(String(16), default="")  # minisign key id (hex)
    public: Mapped[str] = mapped_column(Text)  # minisign public key file, or age recipient
    secret_box: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncTrust(Base):
    """District: the province it reports to (from `province publish`, confirmed by fingerprint);
    a sub-office: its hub (`hub publish`), whose office code stands where a province's would."""

    __tablename__ = "sync_trust"
    id: Mapped[int] = mapped_column(primary_key=True)
    province: Mapped[str] = mapped_column(String(32))  # the code packages are addressed to
    kind: Mapped[str] = mapped_column(String(12), default="province", server_default="province")  # or "hub"
    name: Mapped[str] = mapped_column(String(200), default="")
    sign_key: Mapped[str] = mapped_column(Text)
    recipient: Mapped[str] = mapped_column(String(120))
    fingerprint: Mapped[str] = mapped_column(String(32))
    trusted_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncRecord(Base):
    """District: what each synced record looked like when it last changed (content hash),
    its version, and the change number at which that version appeared."""

    __tablename__ = "sync_record"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    change: Mapped[int] = mapped_column(Integer, index=True)
    # a sub-office: changed here and kept while a slice brought another version (the hub decides)
    diverged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SyncDirty(Base):
    """District: the records noted as changed since the last export, by triggers on every synced
    table (schema 0008); the export reads these and the unacknowledged ones, then empties it.
    The row ("*", "*") stands for every record."""

    __tablename__ = "sync_dirty"
    __table_args__ = {"sqlite_with_rowid": False}
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)


class HubBase(Base):
    """Hub: the content hash of each record as a sub-office held it from slice ``slice`` on (as
    that slice sent it, or as one of its packages left it): the base its changes start from."""

    __tablename__ = "hub_base"
    office: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    slice: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))


class SyncOutbox(Base):
    """District: every package written, kept until the province's receipt arrives."""

    __tablename__ = "sync_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    change_from: Mapped[int] = mapped_column(Integer)
    change_to: Mapped[int] = mapped_column(Integer)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="Menunggu")  # domain.workflow.OutboxStatus
    receipt_at: Mapped[datetime | None]
    result: Mapped[dict | None] = mapped_column(JSON)


class ProvDistrict(Base):
    """Province: an enrolled district, its key and the state of its package stream. Hub (a
    kabupaten's database): an enrolled sub-office, for the subtree of units under ``unit_uuid``."""

    __tablename__ = "prov_district"
    id: Mapped[int] = mapped_column(primary_key=True)
    office: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    sign_key: Mapped[str] = mapped_column(Text)
    key_id: Mapped[str] = mapped_column(String(16))
    fingerprint: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(String(120), default="")  # from its signed manifests
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_manifest_sha256: Mapped[str] = mapped_column(String(64), default="")
    last_package_at: Mapped[datetime | None]
    reference_sequence: Mapped[int] = mapped_column(Integer, default=0)
    unit_uuid: Mapped[str | None] = mapped_column(String(36))  # hub: the sub-office's subtree
    slice_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # hub: slices sent


class ProvPackage(Base):
    """Province: a verified package, applied or held for a gap, with the receipt it earned."""

    __tablename__ = "prov_package"
    __table_args__ = (Index("ix_prov_package_office_seq", "office", "sequence"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    office: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))  # Diterapkan / Ditahan
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    applied_at: Mapped[datetime | None]
    held_bytes: Mapped[bytes | None] = mapped_column(LargeBinary)
    receipt: Mapped[bytes | None] = mapped_column(LargeBinary)
    result: Mapped[dict | None] = mapped_column(JSON)


class ProvRecord(Base):
    """Province: the consolidated copy of one district record (the latest applied version)."""

    __tablename__ = "prov_record"
    __table_args__ = (Index("ix_prov_record_office_kind", "office", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    office: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(64), default="", index=True)  # NIP for employees
    version: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)  # canonical JSON
    package_id: Mapped[str] = mapped_column(String(36))


class ProvConflict(Base):
    """Province: an incoming record that could not be applied; kept for a person to review."""

    __tablename__ = "prov_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    office: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    uuid: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    stored_version: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text)
    package_id: Mapped[str] = mapped_column(String(36), ForeignKey("prov_package.package_id"))
    status: Mapped[str] = mapped_column(String(14), default="Terbuka")  # domain.workflow.ConflictStatus
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the decision (schema 0007): who, when, why; and the reference file that told the district
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    reported_in: Mapped[int | None] = mapped_column(Integer)
