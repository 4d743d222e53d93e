"""How each kind of record is built from tables: its root table, the columns that name another
record (written as that record's uuid), and the lists of child rows it carries. ``records.py``
reads records in this shape; ``live.py`` writes them back into a database's own tables (a
sub-office's slice from its hub, a sub-office's package at the hub). One place says both."""

from dataclasses import dataclass, field

from .kinds import FLAT_KINDS, RECORD_KINDS

Fks = dict[str, tuple[str, str]]  # column -> (field in the record, kind of the record it names)


@dataclass(frozen=True)
class Part:
    """A list of child rows inside a record: ``name`` in the record's data, one dict a row."""

    name: str
    table: str  # the model's class name in store.models
    parent: str  # the column naming the parent row
    fks: Fks = field(default_factory=dict)
    parts: tuple["Part", ...] = ()  # children of each child (an RHK's indicators)
    order: tuple[str, ...] = ("id",)  # the order of the list

    @property
    def model(self) -> type:
        from .kinds import _model

        return _model(self.table)


@dataclass(frozen=True)
class Shape:
    """One kind of record: its root table and what it carries."""

    kind: str
    table: str
    fks: Fks = field(default_factory=dict)
    drop: tuple[str, ...] = ()  # columns that stay at home
    parts: tuple[Part, ...] = ()

    @property
    def model(self) -> type:
        from .kinds import _model

        return _model(self.table)


_INDICATORS = Part("indicators", "Indicator", "rhk_id", order=("position", "id"))
_SKP_PARTS = (
    Part("rhk", "Rhk", "skp_id", {"parent_id": ("parent", "rhk")}, (_INDICATORS,), ("position", "id")),
    Part("expectations", "BehaviourExpectation", "skp_id"),
    Part("lampiran", "LampiranItem", "skp_id", order=("section", "position", "id")),
)
_EVALUATION_PARTS = (
    Part("realisations", "Realisation", "evaluation_id", {"indicator_id": ("indicator", "indicator")}),
    Part("rhk_feedback", "RhkFeedback", "evaluation_id", {"rhk_id": ("rhk", "rhk")}),
    Part("value_feedback", "ValueFeedback", "evaluation_id"),
    Part("evidence", "EvidenceLink", "evaluation_id", {"indicator_id": ("indicator", "indicator")}),
    Part("feedback_inputs", "FeedbackInput", "evaluation_id"),
    Part("objections", "Objection", "evaluation_id"),
)

SHAPES: dict[str, Shape] = {s.kind: s for s in (
    Shape("office", "Office"),
    Shape("unit", "Unit", {"parent_id": ("parent", "unit")}),
    Shape("employee", "Employee", {"unit_id": ("unit", "unit"), "atasan_id": ("atasan", "employee")}),
    Shape("skp", "Skp", {"employee_id": ("employee", "employee"), "penilai_id": ("penilai", "employee")},
          parts=_SKP_PARTS),
    Shape("evaluation", "Evaluation", {"skp_id": ("skp", "skp")}, parts=_EVALUATION_PARTS),
    Shape("org_performance", "OrgPerformance", {"unit_id": ("unit", "unit")}),
    *(Shape(k.name, k.table, k.fks, k.drop) for k in FLAT_KINDS),
)}
# kinds a record's field may name: the record kinds, and the children others name by uuid
NAMED = {**{k.name: k.table for k in RECORD_KINDS}, "rhk": "Rhk", "indicator": "Indicator"}
assert set(SHAPES) == {k.name for k in RECORD_KINDS}, "every record kind has its shape"
