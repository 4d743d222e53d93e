"""The kinds of record a package carries, in one table, with no database code: the helper
process that reads a package (``helper.py``) imports this and the reading modules only, not
SQLAlchemy (a third of a second a package). Each kind names its model by class name in
``store.models``; ``model`` looks it up when the export or a count asks for it."""

from dataclasses import dataclass


def _model(name: str) -> type:
    from ..store import models  # only where records are read from tables: not in the helper

    return getattr(models, name)


@dataclass(frozen=True)
class FlatKind:
    """A record kind that is one row of one table, its foreign keys written as uuids: the one
    place a new kind of this shape is added (the export, the province's reference check and
    the progress count all read this table)."""

    name: str
    table: str  # the model's class name in store.models
    fks: dict[str, tuple[str, str]]  # column -> (field in the record, kind it names)
    drop: tuple[str, ...] = ()  # columns that stay at home

    @property
    def model(self) -> type:
        return _model(self.table)

    @property
    def references(self) -> tuple[str, ...]:
        return tuple(out for out, _ in self.fks.values())


FLAT_KINDS = (
    # masukan and survey answers: counted at the province; the questionnaire code stays at home
    FlatKind("masukan", "MasukanResponse", {"employee_id": ("employee", "employee")}, ("code_id",)),
    FlatKind("skm", "SkmResponse", {"unit_id": ("unit", "unit")}),
    # what follows a result (schema 0006)
    FlatKind("development_plan", "DevelopmentPlan", {"employee_id": ("employee", "employee")}),
    FlatKind("development_item", "DevelopmentItem", {"plan_id": ("plan", "development_plan")}),
    FlatKind("training_record", "TrainingRecord", {"employee_id": ("employee", "employee")}),
    FlatKind("potensi", "Potensi", {"employee_id": ("employee", "employee")}),
    FlatKind("status_period", "StatusPeriod", {"employee_id": ("employee", "employee")}),
    FlatKind("attendance", "Attendance", {"employee_id": ("employee", "employee")}),
    FlatKind("discipline_sanction", "DisciplineSanction", {"employee_id": ("employee", "employee")}),
)


@dataclass(frozen=True)
class RecordKind:
    """Every kind a package carries, in one table: its root model (one record per row, counted
    for progress), the fields of its data that name another record (the province checks they
    stay within the sending office), and the key the province indexes it by."""

    name: str
    table: str  # the root model's class name in store.models
    references: tuple[str, ...] = ()
    key: str = ""  # the data field the province keeps as the record's key ("" for none)

    @property
    def model(self) -> type:
        return _model(self.table)


RECORD_KINDS = (
    RecordKind("office", "Office"), RecordKind("unit", "Unit", ("parent",)),
    RecordKind("employee", "Employee", ("unit", "atasan"), key="nip"),
    RecordKind("skp", "Skp", ("employee", "penilai")), RecordKind("evaluation", "Evaluation", ("skp",), key="status"),
    RecordKind("org_performance", "OrgPerformance", ("unit",)),
    *(RecordKind(k.name, k.table, k.references) for k in FLAT_KINDS),
)
KINDS = frozenset(k.name for k in RECORD_KINDS)
KIND_ORDER = {k.name: i for i, k in enumerate(RECORD_KINDS)}  # the order of kinds in a package
TOMBSTONE = {"deleted": True}
