"""A district and a province that trust each other, built once per test session and copied
into each test (keys are real: scrypt-sealed Ed25519 and age)."""

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.store.db import Database
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.store.models import AuditEntry, ProvConflict, ProvDistrict, ProvPackage, ProvRecord
from kinerja_desktop.services import keys
from kinerja_desktop.sync import consolidate, district, package, payload, province

PASS = "rahasia-kab-123"
OFFICE, PROVINCE = "1201", "12"
ACTOR = cli_actor()


def _close(db: Database) -> None:
    path = db.sqlite_path
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def build_templates(root: Path, *, employees: int = 30) -> dict[str, Path]:
    root.mkdir(parents=True, exist_ok=True)
    dist = open_database(str(root / "district.sqlite3"))
    generate_demo(dist, ACTOR, employees=employees, seed=3)
    district.init_keys(dist, ACTOR, office_code=OFFICE, passphrase=PASS)
    (root / "district.pub").write_text(district.key_info(dist).public_text)
    prov = open_database(str(root / "province.sqlite3"))
    province.init_province(prov, ACTOR, code=PROVINCE, name="Provinsi Uji", passphrase=PASS)
    (root / "province.kinerja").write_bytes(province.publish(prov, passphrase=PASS))
    district.trust_province(dist, ACTOR, (root / "province.kinerja").read_bytes(), file_name="province.kinerja")
    province.enrol(prov, ACTOR, (root / "district.pub").read_text(), office=OFFICE)
    _close(dist), _close(prov)
    return {"district": root / "district.sqlite3", "province": root / "province.sqlite3",
            "pub": root / "district.pub", "trust": root / "province.kinerja"}


@dataclass
class World:
    district: Database
    province: Database
    root: Path
    files: dict[str, Path]

    def export(self, *, full: bool = False, db: Database | None = None) -> Path:
        out = self.root / "usb"
        out.mkdir(exist_ok=True)
        return district.export_package(db or self.district, ACTOR, passphrase=PASS, out_dir=out, full=full).path

    def import_(self, path: Path, *, db: Database | None = None) -> consolidate.Imported:
        return consolidate.import_package(db or self.province, ACTOR, Path(path),
                                          passphrase=PASS, file_name=str(path))

    def receipt_file(self, imported: consolidate.Imported) -> Path:
        name, data = imported.receipts[0]
        path = self.root / name
        path.write_bytes(data)
        return path

    def state(self, db: Database | None = None) -> tuple:
        """Everything an import could change on the province, to compare before and after."""
        with (db or self.province).read() as s:
            counts = tuple(s.scalar(select(func.count()).select_from(m))
                           for m in (ProvRecord, ProvPackage, ProvConflict, AuditEntry))
            streams = tuple(s.execute(select(ProvDistrict.office, ProvDistrict.last_sequence,
                                             ProvDistrict.last_manifest_sha256)).all())
            digest = tuple(s.execute(select(ProvRecord.uuid, ProvRecord.hash).order_by(ProvRecord.uuid)).all())
        return counts, streams, hash(digest)

    def another_office(self, root: Path, code: str, province_db: Database | None = None) -> "World":
        """A copy of this district turned into another office of the province (its own code
        and keys, enrolled at ``province_db``): the sender of packages that claim or point at
        this district's records."""
        from kinerja_desktop.services.office import update_office
        from kinerja_desktop.store.models import SyncKey

        other = copy_world(self.files, root)
        with other.district.transaction() as s:
            for key in s.scalars(select(SyncKey)):
                s.delete(key)
        update_office(other.district, ACTOR, code=code)
        info = district.init_keys(other.district, ACTOR, office_code=code, passphrase=PASS)
        if province_db is not None:
            published = province.publish(province_db, passphrase=PASS)
            try:
                district.trust_province(other.district, ACTOR, published, file_name="p")
            except district.TrustChange as change:
                district.trust_province(other.district, ACTOR, published, file_name="p",
                                        replace_fingerprint=change.offered)
        province.enrol(province_db or self.province, ACTOR, info.public_text, office=code)
        return other

    def forge(self, records: list[dict], *, sequence: int = 1, previous: str = "", office: str = OFFICE,
              signer_db: Database | None = None, encrypt: bool = True, counts: dict | None = None) -> bytes:
        """A package signed with the real district key but with content of the test's choosing:
        what a compromised or buggy district could send."""
        with (signer_db or self.district).read() as s:
            signer = keys.signer(s, keys.DISTRICT_SIGN, PASS)
            recipient = district.trusted(signer_db or self.district).recipient if encrypt else None
        import uuid

        manifest = {"type": "package", "id": str(uuid.uuid4()), "office": office, "province": PROVINCE,
                    "sequence": sequence, "previous": previous, "full": False, "changes": {"from": 0, "to": 1},
                    "app": "t", "schema": "t", "created_at": "2026-11-22T10:00:00+07:00", "reply_to": "",
                    "encrypted": encrypt, "counts": counts if counts is not None else _counts(records)}
        raw = b"".join(r if isinstance(r, bytes) else payload.records_bytes([r]) for r in records)
        manifest["sizes"] = payload.sizes_of(raw, {})
        body = payload.pack(raw, {}, header={"office": office, "id": manifest["id"], "type": "package"}, to=recipient)
        return package.build(manifest, body, signer)


def _counts(records) -> dict:
    out: dict[str, int] = {}
    for r in records:
        if isinstance(r, dict):
            out[r["kind"]] = out.get(r["kind"], 0) + 1
    return out


def copy_world(templates: dict[str, Path], root: Path) -> World:
    files = {}
    for key, source in templates.items():  # each database in its own folder: evidence, outbox
        folder = root / (key if key in ("district", "province") else "files")
        folder.mkdir(parents=True, exist_ok=True)
        files[key] = Path(shutil.copy(source, folder / source.name))
    return World(open_database(str(files["district"])), open_database(str(files["province"])), root, files)
