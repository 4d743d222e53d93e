"""Province: check a district package (`sync verify`) and apply it (`sync import`); the records
are written into the consolidated copy by consolidated.py.

Order of checks: container and manifest form, member hashes, type and province, the office's
enrolled (not revoked) key and the signature, the sequence rules, decryption and every record.
Only then, in one transaction: each record is inserted, updated (a newer version of the same
office's record), left alone (same content) or kept as a conflict; the receipt is signed and
stored, so the same package again returns the same receipt. A package after a gap is held and
applied when the missing one arrives. Nothing is decided by clock.
"""

import io
import os
import shutil
import uuid as uuid_mod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import __version__
from ..gcpause import collector_paused
from ..errors import Text, UserError
from ..services.access import require_writer
from ..services.context import Actor
from ..store import audit
from ..store.bulk import rows_in, toast_with_lz4
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import ProvDistrict, ProvPackage, ProvRecord
from ..crypto import minisign
from ..services import keys
from . import helper, package, reader
from .consolidated import HELD, Apply, refuse_held
from .lines import Line, line_of, named
from .package import PackageRefused
from .province import require_province
from .kinds import KINDS



@dataclass(frozen=True)
class Checked:
    """A package whose container, manifest, signature and place in its office's chain check out;
    ``verdict`` says what importing it would do. Its body is checked as it streams (``_body``)."""

    opened: package.Opened
    verdict: str  # apply / duplicate / held

    @property
    def office(self) -> str:
        return self.opened.manifest["office"]

    @property
    def sequence(self) -> int:
        return self.opened.manifest["sequence"]


@dataclass(frozen=True)
class Imported:
    office: str
    sequence: int
    status: str  # Diterapkan / Sudah diimpor / Ditahan
    message: Text  # str() is Indonesian; the window renders it in its language
    receipts: tuple[tuple[str, bytes], ...] = field(default=())  # (file name, bytes) to hand back


def receipt_name(office: str, sequence: int) -> str:
    return f"{office}-{sequence:06d}.tanda-terima.kinerja"


def _district(s: Session, m: dict, province: str) -> ProvDistrict:
    if m["type"] != "package":
        raise PackageRefused("berkas berjenis '{type}', bukan paket kabupaten/kota", type=m['type'])
    if m["province"] != province:
        raise PackageRefused("paket ditujukan ke provinsi '{province}', bukan provinsi ini ({province_2})", province=m['province'], province_2=province)
    district = s.scalar(select(ProvDistrict).where(ProvDistrict.office == m["office"]))
    if district is None:
        raise PackageRefused("instansi '{office}' belum terdaftar: daftarkan kuncinya dengan 'kinerja province enrol KUNCI.pub --office {office}' setelah sidik jarinya dicocokkan", office=m['office'])
    if district.revoked_at is not None:
        raise PackageRefused("kunci instansi '{office}' sudah dicabut pada {revoked_at:%d-%m-%Y}", office=m['office'], revoked_at=district.revoked_at)
    return district


def _verdict(s: Session, opened: package.Opened, district: ProvDistrict) -> str:
    m = opened.manifest
    known = s.scalar(select(ProvPackage).where(ProvPackage.package_id == m["id"]))
    if known is not None:
        if known.manifest_sha256 == opened.manifest_sha256:
            return "duplicate"
        raise PackageRefused("paket dengan id {id} sudah diterima dengan isi lain (percabangan)", id=m['id'])
    taken = s.scalar(select(ProvPackage.package_id).where(ProvPackage.office == m["office"],
                                                          ProvPackage.sequence == m["sequence"]))
    if taken is not None or m["sequence"] <= district.last_sequence:
        raise PackageRefused("nomor urut {sequence} sudah dipakai paket lain dari {office} (terakhir diterapkan: {last_sequence}); paket lama yang diputar ulang atau percabangan dari cadangan yang dipulihkan", sequence=m['sequence'], office=m['office'], last_sequence=district.last_sequence)
    if m["sequence"] > district.last_sequence + 1:
        return "held"
    if m["previous"] != district.last_manifest_sha256:
        raise PackageRefused("paket nomor {sequence} tidak menyambung ke paket nomor {last_sequence} yang diterima (percabangan)", sequence=m['sequence'], last_sequence=district.last_sequence)
    return "apply"


class Owners:
    """Refuses records of another office, and records pointing at another office's records (an
    employee moved into another office's unit, an SKP naming another office's employee); tells
    what the province holds of the rest. One query per chunk answers both.

    Two things spare most of the lookups of a big package. A record once found to be this
    office's is not looked up again when another record names it (``known``: thousands of
    attendance months name the same employees; bounded, past the bound it starts again and
    only costs lookups). And when the province holds nothing of this office yet (its first
    package, the biggest), nothing the office sends can be stored already: only a uuid another
    office holds could be, and the insert's unique index catches that (``Apply.write`` then
    names it). ``sync verify`` writes nothing, so it looks everything up."""

    KNOWN_MAX = 200_000  # uuids, about 20 MB

    def __init__(self, s: Session, office: str, *, writing: bool):
        self.s, self.office, self.known = s, office, set()
        self.fresh = writing and s.scalar(select(ProvRecord.id).where(ProvRecord.office == office).limit(1)) is None

    def check(self, chunk: list[Line]) -> dict:
        office = self.office
        stranger = next((r for r in chunk if r.owner != office), None)
        if stranger is not None:
            raise PackageRefused("rekaman {kind} {uuid} milik instansi '{owner}', bukan pengirim paket ({office})", kind=stranger.kind, uuid=stranger.uuid, owner=stranger.owner, office=office)
        kinds = {r.uuid: r.kind for r in chunk}
        if len(kinds) != len(chunk):
            raise PackageRefused("rekaman yang sama muncul dua kali di dalam paket")
        pointing = {}
        for record in chunk:
            for name, target in record.refs:
                if target not in self.known and target not in kinds:
                    pointing.setdefault(target, (record, name))
        asked = pointing.keys() if self.fresh else kinds.keys() | pointing.keys()
        rows = set(rows_in(self.s.connection(), HELD, list(asked)))  # set: the padding
        stored = refuse_held(rows, office, kinds)
        for uid, owner, *_ in rows:
            if uid in pointing and owner != office:
                record, name = pointing[uid]
                raise PackageRefused("rekaman {kind} {uuid}: {field} menunjuk rekaman {target} milik instansi '{other}'",
                                     kind=record.kind, uuid=record.uuid, field=name, target=uid, other=owner)
        if len(self.known) > self.KNOWN_MAX:
            self.known.clear()
        self.known.update(uid for uid, owner, *_ in rows if uid in pointing and owner == office)
        return stored


def check(s: Session, opened: package.Opened) -> Checked:
    """The checks before the body: type and province, the enrolled key and its signature, the
    place in the office's chain. PackageRefused names the first failure."""
    province = require_province(s)
    district = _district(s, opened.manifest, province)
    if opened.key_id != district.key_id:
        raise PackageRefused("ditandatangani kunci {key_id}, bukan kunci terdaftar {key_id_2} milik {office}", key_id=opened.key_id, key_id_2=district.key_id, office=district.office)
    package.verify(opened, minisign.parse_public_key(district.sign_key))
    return Checked(opened, _verdict(s, opened, district))


def unpacked_dir(db: Database) -> Path:
    """Where a package's body is decrypted while it is read, beside the province's database."""
    return db.evidence_dir.parent / "sementara"


def _body(s: Session, checked: Checked, identity: str, folder: Path, apply: "Apply | None" = None,
          early: "helper.Helper | None" = None) -> dict[str, int]:
    """Read the body chunk by chunk: every line, the owners and references of each record, the
    evidence, the counts. With ``apply`` each chunk is also written, inside the caller's
    transaction: a refusal at any line rolls everything back. A large body is read by a helper
    process (``early``, when one was started ahead). Returns the counts per kind."""
    owners = Owners(s, checked.office, writing=apply is not None)
    with reader.stream(checked.opened, identities=[identity], kinds=KINDS, folder=folder) as body:
        for lines in helper.summaries(body, line_of, early):
            chunk = list(map(named, lines))
            stored = owners.check(chunk)
            if apply is not None:
                apply.chunk(chunk, stored)
        for sha, data in body.evidence():
            if apply is not None:
                apply.evidence(sha, data)
        return body.counts


@contextmanager
def _opened(source: "bytes | Path") -> Iterator[package.Opened]:
    """A package opened in place: a file stays on disk (read in blocks), bytes stay in memory."""
    if isinstance(source, (bytes, bytearray)):
        yield package.open_file(io.BytesIO(source))
        return
    try:
        f = open(source, "rb")
    except OSError as exc:
        raise UserError("Berkas '{path}' tidak dapat dibaca: {value}.", path=source, value=exc.strerror or exc) from None
    with f:
        yield package.open_file(f)


def latest_receipt(db: Database, *, office: str) -> tuple[str, bytes]:
    """The signed receipt of the last package applied for ``office``, as written then: imported
    at a district that restored an older backup, it tells it where the province's chain stands."""
    with db.read() as s:
        require_province(s)
        held = s.scalar(select(ProvPackage).where(ProvPackage.office == office, ProvPackage.status == "Diterapkan")
                        .order_by(ProvPackage.sequence.desc()).limit(1))
        if held is None or held.receipt is None:
            raise UserError("Belum ada paket dari instansi '{office}' yang diterapkan di provinsi ini.", office=office)
        return receipt_name(office, held.sequence), held.receipt


def check_passphrase(db: Database, passphrase: str) -> None:
    """Refuse a wrong passphrase of the province's key before any file is opened."""
    with db.read() as s:
        keys.identity(s, keys.PROVINCE_AGE, passphrase)


def verify_file(db: Database, source: "bytes | Path", *, passphrase: str, file_name: str) -> tuple[Checked, dict[str, int]]:
    """`sync verify`: every check, nothing written. Returns the package and its counts per kind."""
    with db.read() as s:
        identity = keys.identity(s, keys.PROVINCE_AGE, passphrase)
        try:
            with _opened(source) as opened, helper.ahead(opened.manifest) as early:
                checked = check(s, opened)
                return checked, _body(s, checked, identity, unpacked_dir(db), early=early)
        except PackageRefused as exc:
            raise UserError("Paket '{file_name}' ditolak: {exc}.", file_name=file_name, exc=exc) from None


def _receipt(checked: Checked, apply: Apply, signer: package.Signer) -> bytes:
    m = checked.opened.manifest
    manifest = {"type": "receipt", "id": str(uuid_mod.uuid4()), "office": m["office"], "province": m["province"],
                "package": {"id": m["id"], "sequence": m["sequence"], "manifest_sha256": checked.opened.manifest_sha256},
                "changes": m["changes"], "result": apply.result, "conflicts": apply.listed, "app": __version__,
                "schema": HEAD, "created_at": datetime.now().astimezone().isoformat(timespec="seconds")}
    return package.build(manifest, [], signer)


def _apply(db: Database, s: Session, actor: Actor, checked: Checked, identity: str,
           signer: package.Signer, early: "helper.Helper | None" = None) -> tuple[str, bytes]:
    m = checked.opened.manifest
    held = s.scalar(select(ProvPackage).where(ProvPackage.package_id == m["id"]))
    if held is None:
        held = ProvPackage(package_id=m["id"], office=m["office"], sequence=m["sequence"],
                           manifest_sha256=checked.opened.manifest_sha256)
        s.add(held)
    held.status = "Diterapkan"
    s.flush()  # conflicts name the package
    apply = Apply(db, s, checked.opened.manifest)
    _body(s, checked, identity, unpacked_dir(db), apply, early)
    district = s.scalar(select(ProvDistrict).where(ProvDistrict.office == m["office"]))
    district.last_sequence, district.last_manifest_sha256 = m["sequence"], checked.opened.manifest_sha256
    district.last_package_at = datetime.now()
    if m["reply_to"].startswith("age1"):
        district.recipient = m["reply_to"]
    receipt = _receipt(checked, apply, signer)
    held.applied_at, held.held_bytes, held.receipt, held.result = datetime.now(), None, receipt, apply.result
    audit.record(s, actor=actor.username, action="sync.import", entity="package", entity_uuid=m["id"],
                 after={"office": m["office"], "sequence": m["sequence"], "result": apply.result})
    return receipt_name(m["office"], m["sequence"]), receipt


def held_dir(db: Database) -> Path:
    """Where packages that arrived after a gap wait, beside the evidence folder."""
    return db.evidence_dir.parent / "ditahan"


def _hold(db: Database, s: Session, actor: Actor, checked: Checked, identity: str,
          early: "helper.Helper | None") -> None:
    """Check the body, then keep the package until the packages before it arrive: as a file
    (copied in blocks, whatever its size) named by its id, flushed to disk before the commit. A
    file whose hold never committed is removed by the next import (``_tidy_held``)."""
    _body(s, checked, identity, unpacked_dir(db), early=early)
    m, opened = checked.opened.manifest, checked.opened
    folder = held_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    target, partial = folder / f"{m['id']}.kinerja", folder / f".{m['id']}.kinerja.part"
    opened.file.seek(0)
    with open(partial, "wb") as out:
        shutil.copyfileobj(opened.file, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, target)
    s.add(ProvPackage(package_id=m["id"], office=m["office"], sequence=m["sequence"],
                      manifest_sha256=opened.manifest_sha256, status="Ditahan"))
    audit.record(s, actor=actor.username, action="sync.hold", entity="package", entity_uuid=m["id"],
                 after={"office": m["office"], "sequence": m["sequence"]})


def _held_source(db: Database, held: ProvPackage) -> "bytes | Path":
    if held.held_bytes is not None:  # held before packages were kept as files
        return held.held_bytes
    path = held_dir(db) / f"{held.package_id}.kinerja"
    if not path.exists():
        raise PackageRefused("paket nomor {sequence} yang ditahan tidak ada lagi di {folder}; impor ulang "
                             "berkasnya", sequence=held.sequence, folder=path.parent)
    return path


def _tidy_held(db: Database) -> None:
    """Remove the held files of packages no longer held (applied since, or whose hold never
    committed): run outside any transaction, so a file is only removed once that is settled."""
    folder = held_dir(db)
    if not folder.is_dir():
        return
    with db.read() as s:
        waiting = set(s.scalars(select(ProvPackage.package_id).where(ProvPackage.status == "Ditahan")))
    for path in folder.iterdir():
        if path.name.removeprefix(".").split(".")[0] not in waiting:
            path.unlink(missing_ok=True)


def _release_held(db: Database, s: Session, actor: Actor, office: str, identity: str,
                  signer: package.Signer) -> list[tuple[str, bytes]]:
    """Apply held packages that now follow on, in order."""
    receipts = []
    while True:
        district = s.scalar(select(ProvDistrict).where(ProvDistrict.office == office))
        held = s.scalar(select(ProvPackage).where(ProvPackage.office == office, ProvPackage.status == "Ditahan",
                                                  ProvPackage.sequence == district.last_sequence + 1))
        if held is None:
            return receipts
        source = _held_source(db, held)
        s.delete(held)
        s.flush()
        with _opened(source) as opened:
            receipts.append(_apply(db, s, actor, check(s, opened), identity, signer))


@collector_paused()
def import_package(db: Database, actor: Actor, source: "bytes | Path", *, passphrase: str, file_name: str) -> Imported:
    """`sync import` on the province: verify, then apply in one transaction and sign a receipt.
    The same package again is a no-op returning the same receipt; a package after a gap is held.
    ``source`` is the package's path (read in blocks, whatever its size) or its bytes."""
    require_writer(actor)
    _tidy_held(db)
    reader.tidy(unpacked_dir(db))  # a body an import killed mid-way left decrypted
    try:
        with _opened(source) as opened, helper.ahead(opened.manifest) as early:
            with db.read() as r:  # unsealed while the last import's checkpoint may still be copying
                identity = keys.identity(r, keys.PROVINCE_AGE, passphrase)
                signer = keys.signer(r, keys.PROVINCE_SIGN, passphrase)
            with db.transaction(defer_checkpoint=True) as s:
                toast_with_lz4(s.connection())
                imported = _import_checked(db, s, actor, check(s, opened), identity, signer, early)
    except PackageRefused as exc:
        raise UserError("Paket '{file_name}' ditolak: {exc}. Tidak ada yang diubah.", file_name=file_name, exc=exc) from None
    _tidy_held(db)  # committed: the files of packages applied just now may go
    return imported


def _import_checked(db, s, actor, checked: Checked, identity: str, signer, early) -> Imported:
    office, seq = checked.office, checked.sequence
    if checked.verdict == "duplicate":  # the same manifest bytes: its members were hashed above
        stored = s.scalar(select(ProvPackage).where(ProvPackage.package_id == checked.opened.manifest["id"]))
        if stored.status == "Ditahan":
            return Imported(office, seq, "Ditahan", Text(
                "Paket {office} nomor {seq} sudah ditahan sebelumnya; menunggu paket sebelumnya.", office=office, seq=seq))
        return Imported(office, seq, "Sudah diimpor", Text(
            "Paket {office} nomor {seq} sudah diimpor sebelumnya; tidak ada yang berubah. Tanda terima yang sama "
            "ditulis ulang.", office=office, seq=seq), ((receipt_name(office, seq), stored.receipt),))
    if checked.verdict == "held":
        _hold(db, s, actor, checked, identity, early)
        last = s.scalar(select(ProvDistrict.last_sequence).where(ProvDistrict.office == office))
        return Imported(office, seq, "Ditahan", Text(
            "Paket {office} nomor {seq} ditahan: paket nomor {first} sampai {last} belum diterima. Paket ini "
            "diterapkan setelah itu tiba.", office=office, seq=seq, first=last + 1, last=seq - 1))
    receipts = [_apply(db, s, actor, checked, identity, signer, early)]
    receipts += _release_held(db, s, actor, office, identity, signer)
    result = s.scalar(select(ProvPackage.result).where(ProvPackage.package_id == checked.opened.manifest["id"]))
    extra = Text(" Paket yang ditahan ikut diterapkan: {count}.", count=len(receipts) - 1) if len(receipts) > 1 else ""
    return Imported(office, seq, "Diterapkan", Text(
        "Paket {office} nomor {seq} diterapkan: {inserted} baru, {updated} diperbarui, {same} sama, {conflicts} "
        "bentrok.{extra}", office=office, seq=seq, inserted=result["inserted"], updated=result["updated"],
        same=result["same"], conflicts=result["conflicts"], extra=extra), tuple(receipts))
