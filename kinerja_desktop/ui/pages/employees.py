"""Pegawai: the searchable staff list, filters by unit and SKP status, roster import."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from ...services.context import Actor, Role
from ...services.employees import NO_SKP, list_employees, list_units
from ...services.organisation import subtree_ids
from ...services.roster import import_roster
from ...store.db import Database
from ..models.employees import EmployeeTableModel
from ..errors import show_error
from ..forms.ui_employees_page import Ui_EmployeesPage
from ..dialogs.roster import RosterImportDialog
from ..ops import Op, load

STATUSES = (NO_SKP, "Draft", "Diajukan", "Dikembalikan", "Disetujui")


FIRST_ROWS = 100


class EmployeesPage(QWidget):
    """Emits ``employee_opened(id)`` on double-click or Enter."""

    REDRAW_ON = ("employees", "units", "skp")  # what an action changed that this page shows (ops.Changes)


    employee_opened = Signal(int)
    rows_loaded = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.year = db, actor, date.today().year
        self.ui = Ui_EmployeesPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(self.tr("<h2>Pegawai</h2>") if actor.role is not Role.PENILAI
                                   else self.tr("<h2>Pegawai yang saya nilai</h2>"))
        self.ui.searchEdit.setPlaceholderText(self.tr("Cari NIP, nama, jabatan atau unit kerja…  (Ctrl+F)"))
        self.model = EmployeeTableModel(self)
        self.ui.table.setModel(self.model)
        self._fit_columns()
        self.ui.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.ui.table.doubleClicked.connect(lambda index: self.employee_opened.emit(self.model.row(index).id))
        self.ui.table.activated.connect(lambda index: self.employee_opened.emit(self.model.row(index).id))
        self.ui.importButton.setVisible(actor.role is Role.OPERATOR)
        self.ui.importButton.clicked.connect(self.import_roster)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.apply_filter)
        self.ui.searchEdit.textChanged.connect(lambda _: self._debounce.start())
        self.ui.unitCombo.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.ui.statusCombo.currentIndexChanged.connect(lambda _: self.apply_filter())
        self._units: dict[int, set[int]] = {}
        self.welcome, self.loaded = None, False
        self.refresh()

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("EmployeesPage", "Pegawai")

    def _fit_columns(self) -> None:
        """Every column in view at 1366 pixels, with no horizontal scroll bar: NIP, golongan and
        Status SKP as wide as their widest text, name, jabatan and unit sharing the rest."""
        header, metrics = self.ui.table.horizontalHeader(), self.ui.table.fontMetrics()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        widest = {0: "19860926 201505 1 001", 2: "IV/e", 5: "Dikembalikan"}
        for column in range(self.model.columnCount()):
            if column in widest:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                text = max(widest[column], self.model.headerData(column, Qt.Orientation.Horizontal), key=len)
                self.ui.table.setColumnWidth(column, metrics.horizontalAdvance(text) + 28)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        """Reload in the background: at 70,000 staff the query takes most of a second. A later
        refresh drops this one's answers, whenever they arrive (ops.load ``newest``)."""
        self._fill_statuses()
        self.loaded = False
        self.window().statusBar().showMessage(self.tr("Memuat daftar pegawai…"))
        failed = lambda exc: show_error(self, self.tr("Daftar pegawai tidak dapat dimuat."), exc)  # noqa: E731
        load(self, lambda: list_units(self.db, self.actor), on_done=self._fill_units, on_error=failed, newest="units")

        def first_rows(rows) -> None:  # the first rows by name at once; the whole list once they are
            if len(rows) < FIRST_ROWS:  # shown (most of a second at 70,000 staff, which would else slow
                return self._loaded(rows)  # the window's own start on the shared GIL); fewer: that is all
            self.model.set_rows(rows)
            load(self, lambda: list_employees(self.db, self.actor, year=self.year), on_done=self._loaded,
                 on_error=failed, newest="rows")
        load(self, lambda: list_employees(self.db, self.actor, year=self.year, first=FIRST_ROWS),
             on_done=first_rows, on_error=failed, newest="rows")

    def show_welcome(self, panel) -> None:
        """An empty database: ``panel`` (the main window's ways to fill it) instead of the grid."""
        self.welcome = panel
        self.ui.mainLayout.insertWidget(1, panel)
        self._show_welcome_if_empty()

    def _show_welcome_if_empty(self) -> None:
        empty = self.loaded and self.model.total == 0 and self.welcome is not None
        if self.welcome is not None:
            self.welcome.setVisible(empty)
        for widget in (self.ui.table, self.ui.searchEdit, self.ui.unitCombo, self.ui.statusCombo):
            widget.setVisible(not empty)
        self.ui.importButton.setVisible(not empty and self.actor.role is Role.OPERATOR)

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self.loaded = True
        self._show_welcome_if_empty()
        self.apply_filter()
        self.rows_loaded.emit()

    def _fill_units(self, units) -> None:
        """The unit filter (3,000 units at 70,000 staff: read in the background), keeping the
        unit chosen if it is still there."""
        self._units = subtree_ids([(u.id, u.parent_id) for u in units])
        combo = self.ui.unitCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Semua unit kerja"), None)
        for unit in units:
            combo.addItem("    " * unit.depth + unit.name, unit.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        if combo.currentData() != chosen:
            self.apply_filter()

    def _fill_statuses(self) -> None:
        status = self.ui.statusCombo
        status.blockSignals(True)
        status.clear()
        status.addItem(self.tr("Semua status SKP {0}").format(self.year), None)
        for name in STATUSES:
            status.addItem(self.tr(name), name)
        status.blockSignals(False)

    def apply_filter(self) -> None:
        unit = self.ui.unitCombo.currentData()
        self.model.set_filter(self.ui.searchEdit.text(), self._units.get(unit) if unit else None,
                              self.ui.statusCombo.currentData())
        self.window().statusBar().showMessage(
            self.tr("{0} dari {1} pegawai").format(self.model.rowCount(), self.model.total))

    def selected_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        return self.model.row(index).id if index.isValid() else None

    def restore_view(self, search: str, selected: int | None) -> None:
        """The search text and the selected employee, once the list has loaded."""
        self.ui.searchEdit.setText(search)
        if selected is None:
            return
        if not self.loaded:
            self.rows_loaded.connect(lambda: self._select(selected), Qt.ConnectionType.SingleShotConnection)
        else:
            self._select(selected)

    def _select(self, employee_id: int) -> None:
        self.apply_filter()
        for n in range(self.model.rowCount()):
            if self.model.row(self.model.index(n, 0)).id == employee_id:
                self.ui.table.selectRow(n)
                return

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def import_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Impor daftar pegawai"), "",
                                              self.tr("Daftar pegawai (*.xlsx *.csv)"))
        if path:
            self.preview_roster(Path(path))

    def preview_roster(self, path: Path) -> None:
        self._task = Op(self, lambda progress: import_roster(self.db, self.actor, path, preview=True),
                        progress=self.tr("Memeriksa {0}…").format(path.name),
                        failed=self.tr("Berkas tidak dapat diimpor.")).success(
            lambda preview: self._show_preview(path, preview)).run()

    def _show_preview(self, path: Path, preview) -> None:
        self.import_dialog = RosterImportDialog(self.db, self.actor, path, preview, self)
        self.import_dialog.open()
