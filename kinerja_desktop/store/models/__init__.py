"""SQLAlchemy models of the appraisal cycle (design.md section 3)."""

from .audit import AuditEntry
from .base import Base, new_uuid, utcnow
from .evaluation import (
    Evaluation, Evidence, EvidenceLink, FeedbackInput, Objection, OrgPerformance, Realisation,
    RhkFeedback, ValueFeedback,
)
from .follow_up import (
    Attendance, DevelopmentItem, DevelopmentPlan, DisciplineSanction, Potensi, SiasnCode, StatusPeriod, TrainingCourse,
    TrainingRecord,
)
from .masukan import MasukanCode, MasukanDesk, MasukanResponse, SkmResponse
from .org import Employee, Office, Setting, Unit, User
from .skp import BehaviourExpectation, Indicator, LampiranItem, Rhk, Skp
from .sync import (
    HubBase, ProvConflict, ProvDistrict, ProvPackage, ProvRecord, SyncDirty, SyncKey, SyncOutbox, SyncRecord, SyncTrust,
)

__all__ = [
    "AuditEntry", "Base", "BehaviourExpectation", "Employee", "Evaluation", "Evidence",
    "EvidenceLink", "FeedbackInput", "Indicator", "LampiranItem", "MasukanCode", "MasukanResponse", "Objection", "Office",
    "OrgPerformance", "ProvConflict", "ProvDistrict", "ProvPackage", "ProvRecord", "Realisation", "Rhk", "RhkFeedback", "Setting", "Skp", "SyncDirty", "HubBase", "SyncKey", "SyncOutbox", "SyncRecord", "SkmResponse", "MasukanDesk", "SyncTrust", "Unit", "User",
    "ValueFeedback", "new_uuid", "utcnow", "Attendance", "DevelopmentItem", "DevelopmentPlan", "DisciplineSanction",
    "Potensi", "SiasnCode", "StatusPeriod", "TrainingCourse", "TrainingRecord",
]
