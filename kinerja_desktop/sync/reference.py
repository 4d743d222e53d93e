"""Reference data from the province: roster corrections and organisation predikat.

The province builds it from two CSV files (`province reference`), signs it and encrypts it to the
age recipient the district announced in its own signed packages. The district applies it in one
transaction (`sync import`); every change is audited and travels back in the next package.
"""

import csv
import io
import json
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import __version__
from ..domain.periods import parse_period
from ..domain.ratings import PredikatOrganisasi
from ..errors import Text, UserError
from ..services.access import require_writer
from ..services.context import Actor
from ..services.office import home_office
from ..services.roster.validate import read_nip
from ..settings import REFERENCE_SEQUENCE
from ..store import audit
from ..store.db import Database
from ..store.migrate import HEAD
from ..store.models import Employee, OrgPerformance, ProvDistrict, ProvRecord, SyncRecord, Unit
from ..services import keys
from . import conflicts, package, payload, reader
from .package import PackageRefused
from .province import require_province


@dataclass(frozen=True)
class Applied:
    """What importing a province file did, in one sentence for the user."""

    kind: str  # receipt / reference
    message: Text  # str() is Indonesian; the window renders it in its language
    changed: bool
    settled: tuple[str, ...] = ()  # outbox files no longer needed once this is committed


KINDS = frozenset({"roster_correction", "org_predikat", "conflict_decision"})
CORRECTABLE = ("nama", "gelar_depan", "gelar_belakang", "golongan", "jabatan")


def _csv_rows(path: Path) -> list[dict[str, str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("Berkas '{path}' tidak dapat dibaca sebagai CSV UTF-8 ({exc}).", path=path, exc=exc) from None
    delimiter = "," if text.count(",") >= text.count(";") else ";"
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()} for row in reader]


def corrections_from_csv(path: Path) -> list[dict]:
    """Columns: nip, and any of nama, gelar_depan, gelar_belakang, golongan, jabatan."""
    out = []
    for line, row in enumerate(_csv_rows(path), 2):
        try:
            nip = read_nip(row.get("nip"))
        except (UserError, ValueError) as exc:
            raise UserError("{path}, baris {line}, kolom nip: {exc}", path=path, line=line, exc=exc) from None
        fields = {f: row[f] for f in CORRECTABLE if row.get(f)}
        if not fields:
            raise UserError("{path}, baris {line}: tidak ada yang dikoreksi; isi salah satu kolom {choices}.", path=path, line=line, choices=', '.join(CORRECTABLE))
        out.append({"nip": nip, "fields": fields})
    return out


def org_predikat_from_csv(path: Path, s: Session, office: str) -> list[dict]:
    """Columns: unit (name as the district writes it), tahun, periode, predikat."""
    units = {}
    for uid, data in s.execute(select(ProvRecord.uuid, ProvRecord.data).where(
            ProvRecord.office == office, ProvRecord.kind == "unit")):
        units.setdefault(json.loads(data).get("name", ""), uid)
    out = []
    for line, row in enumerate(_csv_rows(path), 2):
        where = Text("{path}, baris {line}", path=path, line=line)
        if row.get("unit") not in units:
            raise UserError("{where}, kolom unit: unit '{get}' tidak dikenal di data {office}.", where=where, get=row.get('unit'), office=office)
        if row.get("predikat") not in set(PredikatOrganisasi):
            raise UserError("{where}, kolom predikat: '{get}' bukan predikat organisasi; pilih {choices}.", where=where, get=row.get('predikat'), choices=', '.join(PredikatOrganisasi))
        if not row.get("tahun", "").isdigit():
            raise UserError("{where}, kolom tahun: '{get}' bukan tahun, mis. 2026.", where=where, get=row.get('tahun', ''))
        try:
            period = parse_period(row.get("periode") or None, int(row["tahun"]))
        except ValueError as exc:
            raise UserError("{where}, kolom periode: {exc}", where=where, exc=exc) from None
        predikat = PredikatOrganisasi(row["predikat"])
        out.append({"unit": units[row["unit"]], "year": period.year, "period": period.code,
                    "predikat": predikat.value})
    return out


def build(db: Database, actor: Actor, *, office: str, passphrase: str, roster: Path | None,
          org: Path | None) -> tuple[str, bytes]:
    """`province reference`: the next signed, encrypted reference file for ``office``."""
    require_writer(actor)
    with db.transaction() as s:
        code = require_province(s)
        district = s.scalar(select(ProvDistrict).where(ProvDistrict.office == office))
        if district is None or not district.recipient:
            raise UserError("Instansi '{office}' belum pernah mengirim paket yang diterapkan, jadi kunci enkripsinya belum diketahui. Impor paketnya dahulu.", office=office)
        decided = conflicts.unreported(s, office)
        if roster is None and org is None and not decided:
            raise UserError("Sebutkan --roster BERKAS.csv dan/atau --org-predikat BERKAS.csv (tidak ada keputusan "
                            "bentrok yang belum dikirim ke {office}).", office=office)
        records = [{"kind": "roster_correction", "data": c} for c in corrections_from_csv(roster)] if roster else []
        records += [{"kind": "org_predikat", "data": o} for o in org_predikat_from_csv(org, s, office)] if org else []
        records += [{"kind": "conflict_decision", "data": conflicts.decision_record(c)} for c in decided]
        records = [{**r, "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": code} for r in records]
        district.reference_sequence += 1
        for c in decided:
            c.reported_in = district.reference_sequence
        counts = {k: sum(r["kind"] == k for r in records) for k in sorted(KINDS)}
        manifest = {"type": "reference", "id": str(uuid_mod.uuid4()), "office": office, "province": code,
                    "sequence": district.reference_sequence, "counts": {k: v for k, v in counts.items() if v},
                    "encrypted": True, "app": __version__, "schema": HEAD,
                    "created_at": datetime.now().astimezone().isoformat(timespec="seconds")}
        body = payload.pack(payload.records_bytes(records, format=package.FORMAT), {}, to=district.recipient,
                            header={k: manifest[k] for k in ("office", "id", "type")})
        data = package.build(manifest, body, keys.signer(s, keys.PROVINCE_SIGN, passphrase))
        audit.record(s, actor=actor.username, action="province.reference", entity="district",
                     after={"office": office, "sequence": district.reference_sequence, "counts": manifest["counts"]})
        return f"{office}-referensi-{district.reference_sequence:04d}.kinerja", data


def apply(db: Database, s: Session, actor: Actor, opened: package.Opened, *, passphrase: str | None) -> Applied:
    """Apply reference data inside the caller's transaction (district)."""
    m = opened.manifest
    last = REFERENCE_SEQUENCE.get(s)
    if m["sequence"] <= last:
        return Applied("reference", Text("Data referensi nomor {sequence} sudah diterapkan sebelumnya (terakhir: "
                                         "{last}); tidak ada yang berubah.", sequence=m["sequence"], last=last), False)
    if m["sequence"] != last + 1:
        raise PackageRefused("data referensi nomor {sequence} belum dapat diterapkan: nomor {expected} belum "
                             "diimpor. Impor berkas data referensi secara berurutan.", sequence=m["sequence"],
                             expected=last + 1)
    if passphrase is None:
        raise PackageRefused("data referensi terenkripsi: frasa sandi kunci instansi diperlukan")
    body = reader.unpack(opened, identities=[keys.identity(s, keys.DISTRICT_AGE, passphrase)], kinds=KINDS)
    changed = sum(_apply_record(s, actor, r, n) for n, r in enumerate(body.records, 1))
    REFERENCE_SEQUENCE.set(s, m["sequence"])
    audit.record(s, actor=actor.username, action="sync.reference", entity="office", entity_uuid=home_office(s).uuid,
                 after={"sequence": m["sequence"], "counts": m["counts"], "changed": changed})
    return Applied("reference", Text("Data referensi nomor {sequence} diterapkan: {changed} perubahan.",
                                     sequence=m["sequence"], changed=changed), True)


def _apply_record(s: Session, actor: Actor, record: dict, line: int) -> int:
    return APPLY[record["kind"]](s, actor, record["data"], line)


def _decision(s: Session, actor: Actor, data: dict, line: int) -> int:
    """The province decided a conflict over one of our records. When it kept its own copy, our
    version of that record moves past the province's, so our next change applies there."""
    kind, uid, decision = data.get("kind"), data.get("uuid"), data.get("decision")
    stored = data.get("stored_version")
    if not isinstance(uid, str) or decision not in ("Dipertahankan", "Diambil") \
            or not isinstance(stored, int) or isinstance(stored, bool):
        raise PackageRefused("rekaman {line}: keputusan bentrok tidak sah", line=line)
    state = s.get(SyncRecord, (kind, uid))
    if decision == "Dipertahankan" and state is not None and state.version < stored:
        state.version = stored
    audit.record(s, actor=actor.username, action="sync.conflict", entity=str(kind), entity_uuid=uid,
                 after={k: data.get(k) for k in ("decision", "note", "version", "stored_version", "decided_on")})
    return 1


def _correct(s: Session, actor: Actor, data: dict, line: int) -> int:
    fields = data.get("fields")
    emp = s.scalar(select(Employee).where(Employee.nip == str(data.get("nip"))))
    if emp is None or not isinstance(fields, dict) or not set(fields) <= set(CORRECTABLE):
        raise PackageRefused("rekaman {line}: koreksi untuk NIP {get} tidak dapat diterapkan (NIP tidak ada di basis data ini, atau kolomnya tidak boleh dikoreksi)", line=line, get=data.get('nip'))
    before = {f: getattr(emp, f) for f in fields}
    if before == fields:
        return 0
    for f, value in fields.items():
        setattr(emp, f, str(value)[:200])
    emp.bump()
    audit.record(s, actor=actor.username, action="employee.correct", entity="employee", entity_uuid=emp.uuid,
                 before=before, after=fields)
    return 1


def _org_predikat(s: Session, actor: Actor, data: dict, line: int) -> int:
    unit = s.scalar(select(Unit).where(Unit.uuid == str(data.get("unit"))))
    try:
        period = parse_period(str(data.get("period")), int(data.get("year")))
        predikat = PredikatOrganisasi(data.get("predikat")).value
    except (ValueError, TypeError):
        unit = None
    if unit is None:
        raise PackageRefused("rekaman {line}: predikat organisasi untuk unit yang tidak ada atau periode/predikat tidak sah", line=line)
    row = s.scalar(select(OrgPerformance).where(
        OrgPerformance.unit_id == unit.id, OrgPerformance.year == period.year,
        OrgPerformance.period_kind == period.kind.value, OrgPerformance.period_number == period.number))
    if row is not None and row.predikat == predikat:
        return 0
    before = row.predikat if row else None
    if row is None:
        row = OrgPerformance(unit_id=unit.id, year=period.year, period_kind=period.kind.value,
                             period_number=period.number, predikat=predikat)
        s.add(row)
        s.flush()
    else:
        row.bump()
    row.predikat, row.set_by, row.note = predikat, actor.username, "dari data referensi provinsi"
    row.set_on = date.today()
    audit.record(s, actor=actor.username, action="org.predikat", entity="org_performance", entity_uuid=row.uuid,
                 before={"predikat": before}, after={"unit": unit.name, "period": period.code, "predikat": predikat})
    return 1


APPLY = {"roster_correction": _correct, "org_predikat": _org_predikat, "conflict_decision": _decision}
