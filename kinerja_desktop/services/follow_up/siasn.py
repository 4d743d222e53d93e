"""Results to SIASN (domain.md section 12): the final results in the shapes of SIASN's SKP-2022
annual record (``skp22.jsonl``) and periodic record (``kinerjaperiodik.jsonl``), a CSV of the
same rows, and a list of what could not be sent and why. SIASN's numeric reference ids come from
one editable table (siasn_code), seeded from kinerja_desktop/data/siasn.json."""

from dataclasses import dataclass
from pathlib import Path

import orjson
from sqlalchemy import select

from ...domain.follow_up import jenjang_of
from ...domain.jabatan import JenisJabatan
from ...domain.periods import PeriodKind, parse_period
from ...errors import UserError
from ...files import write_atomically
from ...store import audit
from ...store.db import Database
from ...store.models import SiasnCode
from ..access import require_operator
from ..context import Actor
from .results import is_final, people_in, results_in
from .sheets import table_bytes

CATEGORIES = ("rating", "kuadran", "periodik", "koefisien")


@dataclass(frozen=True)
class Code:
    category: str
    key: str
    code: str


def list_codes(db: Database, actor: Actor) -> list[Code]:
    with db.read() as s:
        return [Code(c.category, c.key, c.code) for c in
                s.scalars(select(SiasnCode).order_by(SiasnCode.category, SiasnCode.key))]


def set_code(db: Database, actor: Actor, *, category: str, key: str, code: str) -> Code:
    """`siasn kode --set`: change one reference id (the province's SIASN may number them otherwise)."""
    require_operator(actor)
    if category not in CATEGORIES:
        raise UserError("Kategori '{category}' tidak dikenal: pilih {choices}.", category=category,
                        choices=", ".join(CATEGORIES))
    code = code.strip()
    if not code or len(code) > 64:
        raise UserError("Kode SIASN wajib diisi, paling panjang 64 karakter.")
    with db.transaction() as s:
        row = s.scalar(select(SiasnCode).where(SiasnCode.category == category, SiasnCode.key == key))
        if row is None:
            known = s.scalars(select(SiasnCode.key).where(SiasnCode.category == category)).all()
            raise UserError("Kunci '{key}' tidak ada di kategori {category}: pilih {choices}.", key=key,
                            category=category, choices=", ".join(known))
        before, row.code = row.code, code
        audit.record(s, actor=actor.username, action="siasn.code", entity="siasn_code",
                     before={"category": category, "key": key, "code": before},
                     after={"category": category, "key": key, "code": code})
        return Code(category, key, code)


@dataclass(frozen=True)
class SiasnExport:
    records: Path
    table: Path
    unsent: Path
    sent: int
    not_sent: int


def _number(code: str):
    return int(code) if code.isdigit() else code


def export_siasn(db: Database, actor: Actor, *, year: int, out_dir: Path, period: str | None = None) -> SiasnExport:
    """`siasn ekspor`: every final result of the period with a SIASN id; the rest listed with why."""
    require_operator(actor)
    the_period = parse_period(period, year)
    annual = the_period.kind is PeriodKind.TAHUNAN
    with db.read() as s:
        people = people_in(s, actor, None)
        results = results_in(s, people, the_period)
        codes: dict[str, dict[str, str]] = {}
        for c in s.scalars(select(SiasnCode)):
            codes.setdefault(c.category, {})[c.key] = c.code
    lines, unsent = [], []
    for person in people:
        result = results[person.id]
        if not person.siasn_id:
            unsent.append([person.nip, person.nama, "belum ada ID SIASN (kolom ID SIASN daftar pegawai)"])
            continue
        if not is_final(result):
            unsent.append([person.nip, person.nama, "evaluasi belum final" if result.evaluation_id else "belum ada evaluasi"])
            continue
        penilai = result.penilai
        record = {
            "tahun": year, "pnsDinilaiOrang": person.siasn_id,
            "hasilKinerjaNilai": _number(codes["rating"][result.rating_hasil]),
            "perilakuKerjaNilai": _number(codes["rating"][result.rating_perilaku]),
            "kuadranKinerjaNilai": _number(codes["kuadran"][result.predikat]),
            "penilaiNipNrp": penilai.get("nip", ""), "penilaiNama": penilai.get("nama", ""),
            "penilaiJabatan": penilai.get("jabatan", ""), "penilaiGolongan": penilai.get("pangkat", ""),
            "penilaiUnorNama": penilai.get("unit", ""), "statusPenilai": "ASN" if penilai.get("nip") else "NON ASN",
        }
        if not annual:
            jenjang = jenjang_of(person.jabatan) if person.jenis_jabatan == JenisJabatan.FUNGSIONAL else None
            record.update({"periodikId": _number(codes["periodik"][the_period.kind.value]),
                           "bulanMulaiPenilaian": the_period.start.month, "bulanSelesaiPenilaian": the_period.end.month,
                           "tahunMulaiPenilaian": year, "tahunSelesaiPenilaian": year,
                           "koefisienId": _number(codes["koefisien"][jenjang]) if jenjang else None})
        lines.append((person.nip, record))
    name = "skp22" if annual else "kinerjaperiodik"
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    body = b"".join(orjson.dumps(r) + b"\n" for _, r in lines)
    header = ["nip", *(lines[0][1] if lines else {})]
    table = [header] + [[nip, *("" if v is None else v for v in r.values())] for nip, r in lines]
    records = write_atomically(body, out_dir / f"{name}.jsonl")
    csv_path = write_atomically(table_bytes(table, ".csv", name), out_dir / f"{name}.csv")
    unsent_path = write_atomically(table_bytes([["NIP", "NAMA", "ALASAN"], *unsent], ".csv", "tidak terkirim"),
                                   out_dir / f"{name}-tidak-terkirim.csv")
    with db.transaction() as s:
        audit.record(s, actor=actor.username, action="siasn.export", entity="siasn",
                     after={"year": year, "period": the_period.code, "sent": len(lines), "not_sent": len(unsent)})
    return SiasnExport(records, csv_path, unsent_path, len(lines), len(unsent))
