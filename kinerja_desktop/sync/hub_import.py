"""The hub applies its sub-offices' packages (issue 16, point 3): into its own tables, so that its
export to the province carries everything and the province sees one district.

Checks, in order, as the province's (``consolidate.py``): the container and member hashes, that
the package is addressed to this hub, the sub-office's enrolled (not revoked) key and its
signature, the sequence (the next one: applied; the same bytes again: the same receipt; an
older or forked one: refused). A package after a gap is refused, not held: the sub-office's next
package copies every one still without a receipt, so importing the folder in order applies
them all. Then, in one transaction, every record the sub-office owns (``ownership.py``) is
written through ``live.Writer``; a record it does not own (a roster correction, an SKP whose
penilai sits elsewhere) is kept as a conflict for the hub to decide. The receipt is signed by
the hub and read by the sub-office exactly as a province's."""

from collections import defaultdict
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Text, UserError
from ..services import keys
from ..services.access import require_writer
from ..services.context import Actor
from ..store import audit
from ..store.db import Database
from ..crypto import minisign
from ..store.models import ProvConflict, ProvDistrict, ProvPackage
from . import bases, consolidate, live, package, reader
from .conflicts import stored_version
from .consolidate import Checked, Imported, receipt_name
from .hub import require_hub
from .slice_apply import store_evidence
from .kinds import KIND_ORDER, KINDS, TOMBSTONE
from .ownership import Offices
from .package import PackageRefused

MAX_LISTED = 1000  # conflicts named in a receipt, as the province's


def unseal(db: Database, passphrase: str) -> tuple[str, package.Signer]:
    """The hub's age identity and signer, unsealed once for a batch of packages."""
    with db.read() as r:
        return keys.identity(r, keys.DISTRICT_AGE, passphrase), keys.signer(r, keys.DISTRICT_SIGN, passphrase)


def import_package(db: Database, actor: Actor, source: Path, *, unsealed: tuple, file_name: str) -> Imported:
    """`sync import` of a sub-office's package at its hub: verify, apply, sign a receipt.
    ``unsealed``: what ``unseal`` returned."""
    require_writer(actor)
    identity, signer = unsealed
    try:
        with consolidate._opened(source) as opened:
            with db.transaction() as s:
                return _import(db, s, actor, opened, identity, signer)
    except PackageRefused as exc:
        raise UserError("Paket '{file_name}' ditolak: {exc}. Tidak ada yang diubah.", file_name=file_name, exc=exc) from None


def _check(s: Session, opened: package.Opened) -> tuple[ProvDistrict, str]:
    hub = require_hub(s)
    m = opened.manifest
    if m["type"] != "package":
        raise PackageRefused("berkas berjenis '{type}', bukan paket sub-instansi", type=m["type"])
    if m["province"] != hub:
        raise PackageRefused("paket ditujukan ke '{province}', bukan hub ini ({hub})", province=m["province"], hub=hub)
    row = s.scalar(select(ProvDistrict).where(ProvDistrict.office == m["office"], ProvDistrict.unit_uuid.is_not(None)))
    if row is None:
        raise PackageRefused("sub-instansi '{office}' belum terdaftar di hub ini: daftarkan kuncinya dengan 'kinerja hub "
                             "enrol KUNCI.pub --office {office} --unit UNIT'", office=m["office"])
    if row.revoked_at is not None:
        raise PackageRefused("kunci sub-instansi '{office}' sudah dicabut", office=m["office"])
    if opened.key_id != row.key_id:
        raise PackageRefused("ditandatangani kunci {key_id}, bukan kunci terdaftar {key_id_2} milik {office}",
                             key_id=opened.key_id, key_id_2=row.key_id, office=row.office)
    package.verify(opened, minisign.parse_public_key(row.sign_key))
    verdict = consolidate._verdict(s, opened, row)
    if verdict == "held":
        raise PackageRefused("paket nomor {sequence} datang sebelum nomor {expected}: impor paket-paket {office} "
                             "secara berurutan (paket berikutnya dari sub-instansi membawa salinan yang belum diterima)",
                             sequence=m["sequence"], expected=row.last_sequence + 1, office=row.office)
    return row, verdict


class _Result:
    """What the receipt reports, as the province's ``Apply`` keeps it."""

    def __init__(self):
        self.result = {"inserted": 0, "updated": 0, "same": 0, "conflicts": 0}
        self.listed: list[dict] = []


def _import(db: Database, s: Session, actor: Actor, opened: package.Opened, identity: str, signer) -> Imported:
    row, verdict = _check(s, opened)
    m = opened.manifest
    office, seq = row.office, m["sequence"]
    if verdict == "duplicate":
        stored = s.scalar(select(ProvPackage).where(ProvPackage.package_id == m["id"]))
        return Imported(office, seq, "Sudah diimpor", Text(
            "Paket {office} nomor {seq} sudah diimpor sebelumnya; tidak ada yang berubah. Tanda terima yang sama "
            "ditulis ulang.", office=office, seq=seq), ((receipt_name(office, seq), stored.receipt),))
    held = ProvPackage(package_id=m["id"], office=office, sequence=seq, manifest_sha256=opened.manifest_sha256,
                       status="Diterapkan")
    s.add(held)
    s.flush()  # conflicts name the package
    outcome = _apply(db, s, opened, office, identity, m["id"])
    row.last_sequence, row.last_manifest_sha256, row.last_package_at = seq, opened.manifest_sha256, datetime.now()
    if m["reply_to"].startswith("age1"):
        row.recipient = m["reply_to"]
    receipt = consolidate._receipt(Checked(opened, "apply"), outcome, signer)
    held.applied_at, held.receipt, held.result = datetime.now(), receipt, outcome.result
    audit.record(s, actor=actor.username, action="hub.import", entity="package", entity_uuid=m["id"],
                 after={"office": office, "sequence": seq, "result": outcome.result})
    r = outcome.result
    return Imported(office, seq, "Diterapkan", Text(
        "Paket {office} nomor {seq} diterapkan: {inserted} baru, {updated} diperbarui, {conflicts} bentrok.",
        office=office, seq=seq, inserted=r["inserted"], updated=r["updated"], conflicts=r["conflicts"]),
        ((receipt_name(office, seq), receipt),))


def _apply(db: Database, s: Session, opened: package.Opened, office: str, identity: str, package_id: str) -> _Result:
    conn = s.connection()
    if conn.dialect.name == "sqlite":  # evidence links come before the files they name
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    outcome, writer, owners = _Result(), live.Writer(s, office_settings=False), Offices(s)
    applied: dict[str, list[str]] = defaultdict(list)
    upto = opened.manifest.get("slice")  # the slice its office had applied (none: an older install)
    diverged = {u for u in opened.manifest.get("diverged", []) if isinstance(u, str)}
    with reader.stream(opened, identities=[identity], kinds=KINDS, folder=db.evidence_dir.parent / "sementara") as body:
        for chunk in body.chunks():
            runs: dict[str, list] = {}
            for record, data in chunk:
                runs.setdefault(record["kind"], []).append((record, data))
            for kind in sorted(runs, key=KIND_ORDER.get):
                if kind == "office":
                    continue  # the sub-office's own office record: the hub's office stays the hub's
                owned = []
                for (record, data), owner in zip(runs[kind], _owners(owners, kind, [r for r, _ in runs[kind]])):
                    if owner == office:
                        owned.append((record, data))
                    else:
                        _conflict(s, outcome, office, package_id, record, data,
                                  f"ditulis oleh {office}, padahal pemiliknya {owner or 'hub'}")
                both = bases.changed_here(s, office, kind, [(r["uuid"], d) for r, d in owned], upto=upto,
                                          diverged=diverged)
                mine = []
                for record, data in owned:
                    if record["uuid"] in both:
                        _conflict(s, outcome, office, package_id, record, data,
                                  f"diubah di hub sejak {office} menerimanya, dan diubah juga oleh {office}")
                    else:
                        mine.append((record["uuid"], record["version"], record["data"]))
                existing = writer.find(kind, [u for u, _, _ in mine])
                outcome.result["inserted"] += sum(u not in existing for u, _, _ in mine)
                outcome.result["updated"] += sum(u in existing for u, _, _ in mine)
                writer.write(kind, mine)
                applied[kind] += [u for u, _, _ in mine]
        writer.finish()
        for kind, uuids in applied.items():
            bases.remember(s, office, kind, uuids)
        for sha, data in body.evidence():
            store_evidence(db, s, sha, data)
    return outcome


def _owners(owners: Offices, kind: str, chunk: list[dict]) -> list[str | None]:
    """The owner of each record; of a tombstone, the owner of the record as the hub holds it."""
    found = owners.owners(kind, [r["data"] for r in chunk])
    return [owners.owner_of_stored(kind, r["uuid"]) or r["owner"] if r["data"] == TOMBSTONE else o
            for r, o in zip(chunk, found)]


def _conflict(s: Session, outcome: _Result, office: str, package_id: str, record: dict, data: bytes, reason: str) -> None:
    s.add(ProvConflict(office=office, kind=record["kind"], uuid=record["uuid"], version=record["version"],
                       stored_version=stored_version(s, record["kind"], record["uuid"]), reason=reason,
                       data=data.decode("utf-8"), package_id=package_id))
    outcome.result["conflicts"] += 1
    if len(outcome.listed) < MAX_LISTED:
        outcome.listed.append({"kind": record["kind"], "uuid": record["uuid"], "reason": reason})

