"""The office (instansi) this database belongs to, and its settings."""

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import UserError
from ..domain.masukan import MIN_RESPONDENTS
from ..settings import BACKUP_DIR, EMBLEM_PATH, EVALUATION_DEADLINE_DAYS, MASUKAN_MIN, PROVINCE_CODE
from ..store import audit
from ..store.db import Database
from ..store.models import Office
from .access import require_writer
from .context import Actor

DEFAULT_CODE = "INSTANSI"


def province_of(code: str) -> str:
    """The province a BKN instansi code names: its first two digits (1201, 1201.01 -> 12); ""
    for a code that does not start with them (a demo or a local code)."""
    return code[:2] if code[:2].isdigit() and (len(code) == 2 or code[2:3].isdigit()) else ""


@dataclass(frozen=True)
class OfficeRow:
    id: int
    code: str
    name: str
    kabupaten: str
    place: str
    province: str
    period_kind: str
    paper: str


def check_code(office: Office, code: str) -> None:
    """Refuse an office code whose province differs from the one this office is recorded in
    (set by an earlier code or by trusting the province's file)."""
    if office.province and province_of(code) and province_of(code) != office.province:
        raise UserError("Kode instansi {code} menunjuk provinsi {value}, sedangkan instansi ini tercatat di provinsi {province}. Periksa kode BKN instansi.", code=code, value=province_of(code), province=office.province)


def _row(o: Office) -> OfficeRow:
    return OfficeRow(o.id, o.code, o.name, o.kabupaten, o.place, o.province, o.period_kind, o.paper)


def home_office(session: Session) -> Office:
    """The district office of this database, created with placeholder names on first use."""
    office = session.scalar(select(Office).order_by(Office.id).limit(1))
    if office is None:
        office = Office(code=DEFAULT_CODE, name="INSTANSI (BELUM DIATUR)", place="")
        session.add(office)
        session.flush()
    return office


def get_office(db: Database) -> OfficeRow:
    with db.read() as s:  # a plain read: no write lock, no commit, on every page that shows the office
        office = s.scalar(select(Office).order_by(Office.id).limit(1))
        if office is not None:
            return _row(office)
    with db.transaction() as s:
        return _row(home_office(s))


_FIELDS = ("code", "name", "kabupaten", "place", "province", "period_kind", "paper")
PERIOD_KINDS = ("bulanan", "triwulan", "semester")


# Office settings kept in the setting table beside the office row: name -> (setting, how a typed
# value becomes the stored one, raising UserError when it cannot).
def _whole(value) -> int | None:
    text = str(value).strip()
    return int(text) if text.isdigit() else None


def _masukan_min(value) -> int:
    number = _whole(value)
    if number is None or not MIN_RESPONDENTS <= number <= 50:
        raise UserError("Ambang responden masukan {value}: sedikitnya {least} (agar pengisi tetap tanpa nama), paling "
                        "banyak 50.", value=value, least=MIN_RESPONDENTS)
    return number


def _deadline_days(value) -> int:
    number = _whole(value)
    if number is None or not 0 <= number <= 120:
        raise UserError("Tenggat evaluasi {value} hari: isi 0 sampai 120 hari setelah periode berakhir.", value=value)
    return number


SETTINGS = {"backup_dir": (BACKUP_DIR, str), "masukan_min": (MASUKAN_MIN, _masukan_min),
            "deadline_days": (EVALUATION_DEADLINE_DAYS, _deadline_days)}


def _check(changes: dict) -> None:
    unknown = set(changes) - set(_FIELDS) - set(SETTINGS)
    if unknown:
        raise ValueError(f"unknown office fields: {sorted(unknown)}")
    if "name" in changes and not changes["name"]:
        raise UserError("Nama instansi wajib diisi, seperti tercetak di kepala formulir.")
    if "code" in changes and not changes["code"]:
        raise UserError("Kode instansi wajib diisi (dipakai untuk sinkronisasi dengan provinsi).")
    if changes.get("period_kind", "triwulan") not in PERIOD_KINDS:
        raise UserError("Periode evaluasi '{period_kind}' tidak dikenal: {choices}.", period_kind=changes['period_kind'], choices=', '.join(PERIOD_KINDS))
    if changes.get("paper", "A4") not in ("A4", "F4"):
        raise UserError("Ukuran kertas '{paper}' tidak dikenal: A4 atau F4.", paper=changes['paper'])
    for name, (_setting, read) in SETTINGS.items():
        if name in changes:
            read(changes[name])


def update_office(db: Database, actor: Actor, **changes: str) -> OfficeRow:
    """Change the office's names, seat, evaluation frequency, paper size or backup folder (audited)."""
    require_writer(actor)
    _check(changes)
    with db.transaction() as s:
        office = home_office(s)
        before = {**_row(office).__dict__, **{name: setting.get(s) for name, (setting, _) in SETTINGS.items()}}
        for name, (setting, read) in SETTINGS.items():
            if name in changes:
                setting.set(s, read(changes.pop(name)))
        for key, value in changes.items():
            setattr(office, key, value)
        if "code" in changes and "province" not in changes:
            check_code(office, office.code)
            office.province = office.province or province_of(office.code)
        office.bump()
        s.flush()
        audit.record(s, actor=actor.username, action="office.update", entity="office", entity_uuid=office.uuid,
                     before=before, after={**_row(office).__dict__,
                                           **{name: setting.get(s) for name, (setting, _) in SETTINGS.items()}})
        return _row(office)


def emblem_setting(db: Database) -> str:
    """The office's own emblem file, or "" for the placeholder shipped in resources/."""
    with db.read() as s:
        return EMBLEM_PATH.get(s)


def set_emblem(db: Database, actor: Actor, source: Path | None) -> str:
    """Copy an image (PNG or JPEG) beside the database as the emblem printed on every form, so a
    removed USB stick does not take it away; None goes back to the placeholder. Audited."""
    require_writer(actor)
    target = ""
    if source is not None:
        target = str(_copy_emblem(Path(source), db.evidence_dir.parent))
    with db.transaction() as s:
        before = EMBLEM_PATH.get(s)
        EMBLEM_PATH.set(s, target)
        audit.record(s, actor=actor.username, action="office.emblem", entity="office",
                     before={"emblem": before}, after={"emblem": target})
    return target


def _copy_emblem(source: Path, folder: Path) -> Path:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(source) as image:
            kind, size = image.format, image.size
    except (OSError, UnidentifiedImageError):
        raise UserError("Berkas '{source}' bukan gambar yang dapat dibaca; pilih berkas PNG atau JPEG.", source=source) from None
    if kind not in ("PNG", "JPEG"):
        raise UserError("Gambar '{name}' berformat {kind}; simpan sebagai PNG atau JPEG lalu pilih lagi.", name=source.name, kind=kind)
    if min(size) < 64:
        raise UserError("Gambar '{name}' terlalu kecil ({value}x{value_2} piksel); pakai paling sedikit 300x300 piksel agar tajam saat dicetak.", name=source.name, value=size[0], value_2=size[1])
    target = folder / f"lambang-instansi.{'png' if kind == 'PNG' else 'jpg'}"
    shutil.copyfile(source, target)
    return target


def deadline_days_setting(db: Database) -> int:
    with db.read() as s:
        return EVALUATION_DEADLINE_DAYS.get(s)


def masukan_min_setting(db: Database) -> int:
    with db.read() as s:
        return max(MIN_RESPONDENTS, MASUKAN_MIN.get(s))


def backup_dir_setting(db: Database) -> str:
    with db.read() as s:
        return BACKUP_DIR.get(s)


def province_code(session: Session) -> str:
    """The province's code when this database is a province's (sync consolidation), else ""."""
    return PROVINCE_CODE.get(session)


def is_province(db: Database) -> bool:
    with db.read() as s:
        return bool(province_code(s))
