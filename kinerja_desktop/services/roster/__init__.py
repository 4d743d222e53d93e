"""Roster import and export (SIASN/SIMPEG spreadsheets)."""

from .exporter import export_roster
from .importer import RosterImportResult, import_roster
from .validate import RowProblem

__all__ = ["RosterImportResult", "RowProblem", "export_roster", "import_roster"]
