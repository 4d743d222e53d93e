"""Table model over frozen EmployeeRow values, filtering and sorting in Python.

At 70,000 rows a QSortFilterProxyModel calls ``data()`` hundreds of thousands of times per
keystroke; here each row has a precomputed lower-case search text and sort keys, the filter is one
list comprehension (narrowed from the previous result while the user keeps typing) and the view
is reset once. bench/employee_filter.py measures it.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from ...services.employees import EmployeeRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class EmployeeTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("EmployeeTableModel", "NIP"), QT_TRANSLATE_NOOP("EmployeeTableModel", "Nama"), QT_TRANSLATE_NOOP("EmployeeTableModel", "Gol."), QT_TRANSLATE_NOOP("EmployeeTableModel", "Jabatan"), QT_TRANSLATE_NOOP("EmployeeTableModel", "Unit Kerja"), QT_TRANSLATE_NOOP("EmployeeTableModel", "Status SKP"))
    FIELDS = ("nip_display", "name", "golongan", "jabatan", "unit", "skp_status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EmployeeRow] = []
        self._haystack: list[str] = []
        self._visible: list[int] = []
        self._filter = ("", None, None)
        self._sort = (1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[EmployeeRow]) -> None:
        self._rows = rows
        self._haystack = [f"{r.nip} {r.nip_display} {r.name} {r.jabatan} {r.unit} {r.golongan}".casefold() for r in rows]
        self._visible = []
        self.set_filter(*self._filter, force=True)

    def set_filter(self, text: str, unit_ids: set[int] | None, status: str | None, *, force: bool = False) -> None:
        needle = text.strip().casefold()
        old_needle, old_units, old_status = self._filter
        narrowing = not force and old_needle in needle and (old_units, old_status) == (unit_ids, status)
        pool = self._visible if narrowing else range(len(self._rows))
        rows, hay = self._rows, self._haystack
        self.beginResetModel()
        self._visible = [i for i in pool if needle in hay[i]
                         and (unit_ids is None or rows[i].unit_id in unit_ids)
                         and (status is None or rows[i].skp_status == status)]
        self._filter = (needle, unit_ids, status)
        if not narrowing:
            self._apply_sort()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        field = "nip" if column == 0 else self.FIELDS[column]
        rows = self._rows
        self._visible.sort(key=lambda i: getattr(rows[i], field), reverse=order == Qt.SortOrder.DescendingOrder)

    def row(self, index: QModelIndex) -> EmployeeRow:
        return self._rows[self._visible[index.row()]]

    @property
    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(self._rows[self._visible[index.row()]], self.FIELDS[index.column()])
        if role == ROW_ROLE:
            return self._rows[self._visible[index.row()]]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None
