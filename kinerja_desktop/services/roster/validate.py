"""Turn raw roster cells into checked rows, collecting every problem with its row number."""

import re
from dataclasses import dataclass
from datetime import date

from ...domain.dates import parse_date
from ...domain.follow_up import status_of
from ...domain.golongan import parse_golongan
from ...domain.jabatan import JenisPegawai, parse_jenis_jabatan, parse_jenis_pegawai
from ...domain.nip import normalize_nip, parse_nip
from ...errors import Text, UserError, joined
from .columns import UNIT_SEPARATOR

NUMERIC_NIP_FIX = Text("format kolom NIP sebagai Teks di Excel, lalu ketik ulang atau tempel NIP dari sumber "
                        "aslinya (angka yang sudah tersimpan tidak dapat dipulihkan)")
_SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?[eE]\+?\d+$")


@dataclass(frozen=True, slots=True)
class RosterRow:
    row: int
    nip: str
    nama: str
    gelar_depan: str
    gelar_belakang: str
    jenis_pegawai: str
    golongan: str
    jabatan: str
    jenis_jabatan: str
    unit_path: tuple[str, ...]
    unit_code: str
    nip_atasan: str
    birth_date: date
    sex: str
    siasn_id: str | None = None  # None: the file has no ID SIASN column (the stored one stays)
    status: tuple | None = None  # (kind, start, end) from STATUS, STATUS MULAI, STATUS SELESAI


@dataclass(frozen=True)
class RowProblem:
    row: int
    nip: str
    nama: str
    reason: object  # a refusal or Text: str() is Indonesian, the window renders it in its language


class RowRefused(UserError):
    """Every problem of one row, joined with "; "."""

    def __init__(self, problems: list[UserError]):
        super().__init__("{problems}", problems=joined(problems))


def text(cell: object) -> str:
    if cell is None:
        return ""
    value = str(cell).strip()
    if value.startswith('="') and value.endswith('"'):  # Excel's ="..." text trick
        value = value[2:-1]
    if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):  # the apostrophe `roster export` adds
        value = value[1:]
    return value


def read_nip(cell: object, *, field: str = "NIP") -> str:
    """The NIP digits from a cell; refuses a numeric cell or a number Excel has rounded."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        raise UserError("{field} tersimpan sebagai angka ({cell!r}), sehingga digit terakhirnya sudah hilang: {numeric_nip_fix}.", field=field, cell=cell, numeric_nip_fix=NUMERIC_NIP_FIX)
    value = text(cell)
    if _SCIENTIFIC.match(value.replace(" ", "")):
        raise UserError("{field} '{value}' tertulis sebagai angka ilmiah, digitnya sudah hilang: {numeric_nip_fix}.", field=field, value=value, numeric_nip_fix=NUMERIC_NIP_FIX)
    digits = normalize_nip(value)
    if digits.endswith("000"):
        raise UserError("{field} '{value}' berakhir 000 (nomor urut tidak pernah 000): tanda NIP pernah tersimpan sebagai angka dan dibulatkan; {numeric_nip_fix}.", field=field, value=value, numeric_nip_fix=NUMERIC_NIP_FIX)
    return digits


def parse_unit_path(value: str) -> tuple[str, ...]:
    parts = tuple(" ".join(p.split()) for p in value.split(UNIT_SEPARATOR.strip()))
    if not value.strip() or not all(parts):
        raise UserError("UNIT KERJA '{value}' kosong atau tidak lengkap: tulis nama unit, atau jalurnya seperti 'Dinas Pendidikan > SD Negeri 1 Contoh'.", value=value)
    return parts


def check_row(row: int, cells: list[object], columns: dict[str, int], today: date,
              shared: dict | None = None) -> RosterRow:
    """One checked row; raises UserError with every problem of the row joined. ``shared`` keeps
    one copy of values many rows repeat (jabatan, unit, atasan, birth date): a million-row
    roster then fits in memory."""
    get = lambda field: cells[columns[field]] if field in columns and columns[field] < len(cells) else None  # noqa: E731
    problems: list[UserError] = []

    def attempt(fn, *args, **kw):
        try:
            return fn(*args, **kw)
        except UserError as exc:
            problems.append(exc)
            return None

    if any("\x00" in str(cell) for cell in cells if cell is not None):
        raise RowRefused([UserError("Baris ini memuat karakter NUL (biner), bukan teks: simpan ulang berkasnya "
                                    "sebagai XLSX atau CSV UTF-8 dari Excel.")])
    jenis_pegawai = attempt(parse_jenis_pegawai, text(get("jenis_pegawai"))) or JenisPegawai.PNS
    pppk = jenis_pegawai is JenisPegawai.PPPK
    nip = attempt(read_nip, get("nip"))
    parsed = attempt(parse_nip, nip, pppk=pppk, today=today) if nip else None
    nama = text(get("nama"))
    if not nama:
        problems.append(UserError("NAMA kosong: isi nama pegawai tanpa gelar."))
    golongan = attempt(parse_golongan, text(get("golongan")), pppk=pppk)
    jenis_jabatan = attempt(parse_jenis_jabatan, text(get("jenis_jabatan")))
    jabatan = text(get("jabatan"))
    if not jabatan:
        problems.append(UserError("JABATAN kosong: isi nama jabatan."))
    unit_path = attempt(parse_unit_path, text(get("unit")))
    atasan_cell = get("nip_atasan")
    nip_atasan = attempt(read_nip, atasan_cell, field="NIP ATASAN") if text(atasan_cell) else ""
    status = attempt(_status, get("status"), get("status_mulai"), get("status_selesai")) if text(get("status")) else None
    if problems:
        raise RowRefused(problems)
    one = (lambda value: value) if shared is None else (lambda value: shared.setdefault(value, value))
    return RosterRow(row, nip, nama, one(text(get("gelar_depan"))), one(text(get("gelar_belakang"))),
                     jenis_pegawai.value, golongan.code, one(jabatan), jenis_jabatan.value, one(unit_path),
                     one(text(get("unit_code"))), one(nip_atasan or ""), one(parsed.birth_date), parsed.sex,
                     (text(get("siasn_id")) or None) if "siasn_id" in columns else None, status)


def _status(kind: object, start: object, end: object) -> tuple | None:
    """A status period from the roster: STATUS (aktif: none), STATUS MULAI required, STATUS SELESAI optional."""
    if text(kind).lower() in ("aktif", "-"):
        return None
    the_kind = status_of(text(kind))
    if not text(start):
        raise UserError("STATUS {status} tanpa STATUS MULAI: isi tanggal mulainya.", status=text(kind))
    first = parse_date(start)
    last = parse_date(end) if text(end) else None
    if last is not None and last < first:
        raise UserError("STATUS SELESAI {end} sebelum STATUS MULAI {start}.", end=last.isoformat(), start=first.isoformat())
    return the_kind.value, first, last
