"""A read-only table model over a list of frozen rows, for the small tables of dialogs."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ...domain.nip import format_nip


def grouped_nip(text: str | None) -> str:
    """An NIP as it is printed (``19860926 201505 1 001``); a malformed one as it was typed."""
    digits = "".join(ch for ch in text or "" if ch.isdigit())
    return format_nip(digits) if len(digits) == 18 else (text or "")


class RowsModel(QAbstractTableModel):
    """``columns`` are (header, attribute name or function of the row)."""

    def __init__(self, columns: Sequence[tuple[str, str | Callable]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        getter = self.columns[index.column()][1]
        row = self.rows[index.row()]
        value = getter(row) if callable(getter) else getattr(row, getter)
        return "" if value is None else str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


def rows_table(model: RowsModel) -> QTableView:
    """A read-only table over ``model``: whole rows selected, columns fitted, the last stretched."""
    table = QTableView(alternatingRowColors=True, selectionBehavior=QTableView.SelectionBehavior.SelectRows)
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def set_rows_keeping_selection(table: QTableView, model: RowsModel, rows: list, key: Callable) -> None:
    """Refill ``model`` and select again the row whose ``key(row)`` was selected before."""
    index = table.currentIndex()
    selected = key(model.rows[index.row()]) if index.isValid() and index.row() < len(model.rows) else None
    model.set_rows(rows)
    found = next((n for n, row in enumerate(model.rows) if selected is not None and key(row) == selected), None)
    if found is not None:
        table.selectRow(found)
