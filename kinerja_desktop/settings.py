"""Office-wide settings, declared once with a type and a default (after Electrum's ConfigVar).

Stored in the database's ``setting`` table, so every user of the shared PC sees the same values.
Per-user preferences (language, window geometry) live in QSettings in the ui layer.
"""

from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .store.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class SettingVar(Generic[T]):
    key: str
    kind: type
    default: T

    def get(self, session: Session) -> T:
        raw = session.scalar(select(Setting.value).where(Setting.key == self.key))
        if raw is None:
            return self.default
        return raw == "1" if self.kind is bool else self.kind(raw)

    def set(self, session: Session, value: T) -> None:
        row = session.scalar(select(Setting).where(Setting.key == self.key))
        text = ("1" if value else "0") if self.kind is bool else str(value)
        if row is None:
            session.add(Setting(key=self.key, value=text))
        else:
            row.value = text


BACKUP_DIR = SettingVar[str]("backup_dir", str, "")  # empty: the backups folder beside the database
EMBLEM_PATH = SettingVar[str]("emblem_path", str, "")  # empty: resources/emblem-placeholder.png
# Masukan of peers, subordinates and the public shows from this many respondents of a kind (domain.md
# section 9: an office may raise the minimum of 3, never lower it).
MASUKAN_MIN = SettingVar[int]("masukan_min_respondents", int, 3)

# Sync (design.md section 5). District: the change counter, the last change the province has
# acknowledged, the last reference data applied. Province: its code and name.
SYNC_CHANGE = SettingVar[int]("sync_change", int, 0)
SYNC_ACKED = SettingVar[int]("sync_acked", int, 0)
SYNC_FULL_NEXT = SettingVar[int]("sync_full_next", int, 0)  # 1 after adopting the province's chain
REFERENCE_SEQUENCE = SettingVar[int]("reference_sequence", int, 0)
SLICE_SEQUENCE = SettingVar[int]("slice_sequence", int, 0)  # a sub-office: the last slice from its hub applied
SUB_OFFICE_UNIT = SettingVar[str]("sub_office_unit", str, "")  # a sub-office: the uuid of its top unit
PROVINCE_CODE = SettingVar[str]("province_code", str, "")
PROVINCE_NAME = SettingVar[str]("province_name", str, "")
# Who is missing what (kepatuhan): evaluations are due this many days after a period ends.
EVALUATION_DEADLINE_DAYS = SettingVar[int]("evaluation_deadline_days", int, 15)
