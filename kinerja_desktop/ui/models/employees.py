"""Table model over frozen EmployeeRow values, filtering and sorting in Python.

At 70,000 rows a QSortFilterProxyModel calls ``data()`` hundreds of thousands of times per
keystroke; here each row has a precomputed lower-case search text, the rows are kept in the
current sort order once (re-sorted only when the user sorts), and the filter is one list
comprehension over that order (narrowed from the previous result while the user keeps typing),
so its result is already sorted; the view is reset once. bench/employee_filter.py measures it.
"""

from itertools import compress, repeat
from operator import attrgetter, contains

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from ...services.employees import EmployeeRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class EmployeeTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("EmployeeTableModel", "NIP"), QT_TRANSLATE_NOOP("EmployeeTableModel", "Nama"), QT_TRANSLATE_NOOP("EmployeeTableModel", "Gol."), QT_TRANSLATE_NOOP("EmployeeTableModel", "Jabatan"), QT_TRANSLATE_NOOP("EmployeeTableModel", "Unit Kerja"), QT_TRANSLATE_NOOP("EmployeeTableModel", "Status SKP"))
    FIELDS = ("nip_display", "name", "golongan", "jabatan", "unit", "skp_status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EmployeeRow] = []
        self._ordered: list[int] = []  # every row, in the current sort order
        self._by_name: list[int] = []  # every row by name: ties of another sort stay in this order
        # per position in that order: the search text, unit and SKP status (the search texts are
        # fresh strings laid out in that order: the substring test reads memory in sequence,
        # which halves its time at 70,000 rows against texts scattered by the database's order)
        self._texts: list[str] = []  # each row's search text, in the rows' order
        self._hay: list[str] = []
        self._unit_at: list[int] = []
        self._status_at: list[str | None] = []
        self._shown: list[int] = []  # positions in the order that pass the filter
        self._visible: list[int] = []  # their rows
        self._filter = ("", None, None)
        self._sort = (1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[EmployeeRow]) -> None:
        self._rows = rows
        self._texts = [f"{r.nip} {r.nip_display} {r.name} {r.jabatan} {r.unit} {r.golongan}".casefold()
                       .replace("\0", "") for r in rows]
        names = list(map(attrgetter("name"), rows))
        self._by_name = sorted(range(len(rows)), key=names.__getitem__)
        self._shown = []
        self._order()
        self.set_filter(*self._filter, force=True)

    def set_filter(self, text: str, unit_ids: set[int] | None, status: str | None, *, force: bool = False) -> None:
        needle = text.strip().casefold()
        old_needle, old_units, old_status = self._filter
        narrowing = not force and old_needle in needle and (old_units, old_status) == (unit_ids, status)
        self.beginResetModel()
        # each test runs as C loops (map, compress): no Python per row
        if narrowing:
            shown = self._shown
            if needle != old_needle:
                shown = list(compress(shown, map(contains, map(self._hay.__getitem__, shown), repeat(needle))))
        else:
            shown = range(len(self._ordered))
            if needle:
                shown = list(compress(shown, map(contains, self._hay, repeat(needle))))
            if unit_ids is not None:
                shown = list(compress(shown, map(unit_ids.__contains__, map(self._unit_at.__getitem__, shown))))
            if status is not None:
                shown = list(compress(shown, map(status.__eq__, map(self._status_at.__getitem__, shown))))
        self._shown = list(shown)
        self._visible = self._ordered if isinstance(shown, range) else list(map(self._ordered.__getitem__, shown))
        self._filter = (needle, unit_ids, status)
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        shown = set(self._visible)
        self._order()
        self._shown = [p for p, i in enumerate(self._ordered) if i in shown]
        self._visible = list(map(self._ordered.__getitem__, self._shown))
        self.layoutChanged.emit()

    def _order(self) -> None:
        column, order = self._sort
        keys = list(map(attrgetter("nip" if column == 0 else self.FIELDS[column]), self._rows))
        # from the order by name: the sort is stable, so equal keys (one unit) stay by name
        self._ordered = sorted(self._by_name, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._hay = "\0".join(map(self._texts.__getitem__, self._ordered)).split("\0")  # fresh, in order
        ordered = list(map(self._rows.__getitem__, self._ordered))
        self._unit_at, self._status_at = list(map(attrgetter("unit_id"), ordered)), list(map(attrgetter("skp_status"), ordered))

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
