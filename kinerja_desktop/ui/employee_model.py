"""Table model over frozen EmployeeRow values (never ORM objects)."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..services.employees import EmployeeRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class EmployeeTableModel(QAbstractTableModel):
    COLUMNS = (("NIP", "nip_display", "nip"), ("Nama", "name", "name"), ("Gol.", "golongan", "golongan"),
               ("Jabatan", "jabatan", "jabatan"), ("Unit Kerja", "unit", "unit"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EmployeeRow] = []

    def set_rows(self, rows: list[EmployeeRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, (_, shown, sort_key) = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, shown)
        if role == SORT_ROLE:
            return getattr(row, sort_key)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section][0])
        return None
