"""Table model over frozen EmployeeRow values, filtering and sorting in Python.

At 70,000 rows a QSortFilterProxyModel calls ``data()`` hundreds of thousands of times per
keystroke; here each row has a precomputed lower-case search text, the rows are kept in the
current sort order once (re-sorted only when the user sorts), and the filter is one list
comprehension over that order (narrowed from the previous result while the user keeps typing),
so its result is already sorted; the view is reset once. bench/employee_filter.py measures it.
"""

from itertools import compress, repeat
from operator import contains

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
        self._unit_of: list[int] = []
        self._status_of: list[str | None] = []
        self._visible: list[int] = []
        self._ordered: list[int] = []  # every row, in the current sort order
        self._filter = ("", None, None)
        self._sort = (1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[EmployeeRow]) -> None:
        self._rows = rows
        self._haystack = [f"{r.nip} {r.nip_display} {r.name} {r.jabatan} {r.unit} {r.golongan}".casefold() for r in rows]
        self._unit_of, self._status_of = [r.unit_id for r in rows], [r.skp_status for r in rows]
        self._visible = []
        self._order()
        self.set_filter(*self._filter, force=True)

    def set_filter(self, text: str, unit_ids: set[int] | None, status: str | None, *, force: bool = False) -> None:
        needle = text.strip().casefold()
        old_needle, old_units, old_status = self._filter
        narrowing = not force and old_needle in needle and (old_units, old_status) == (unit_ids, status)
        pool = self._visible if narrowing else self._ordered
        self.beginResetModel()
        visible = list(pool)  # each test below runs as C loops (map, compress): no Python per row
        if needle:
            visible = list(compress(visible, map(contains, map(self._haystack.__getitem__, visible), repeat(needle))))
        if unit_ids is not None:
            visible = list(compress(visible, map(unit_ids.__contains__, map(self._unit_of.__getitem__, visible))))
        if status is not None:
            visible = list(compress(visible, map(status.__eq__, map(self._status_of.__getitem__, visible))))
        self._visible = visible
        self._filter = (needle, unit_ids, status)
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order()
        shown = set(self._visible)
        self._visible = [i for i in self._ordered if i in shown]
        self.layoutChanged.emit()

    def _order(self) -> None:
        column, order = self._sort
        field = "nip" if column == 0 else self.FIELDS[column]
        rows = self._rows
        self._ordered = sorted(range(len(rows)), key=lambda i: getattr(rows[i], field),
                               reverse=order == Qt.SortOrder.DescendingOrder)

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
