"""The main window: for now the Pegawai list (issue 3 adds SKP, Evaluasi, Rekap...)."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from ..services.employees import list_employees
from ..services.office import get_office
from ..store.db import Database
from .employee_model import SORT_ROLE, EmployeeTableModel


class MainWindow(QMainWindow):
    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        office = get_office(db)
        self.setWindowTitle(self.tr("Kinerja Desktop — {0}").format(office.name))
        self.model = EmployeeTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(placeholderText=self.tr("Cari NIP, nama, jabatan atau unit kerja…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTableView(sortingEnabled=True, alternatingRowColors=True)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        self.resize(1100, 680)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_employees(self.db))
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((190, 300, 60, 280)):
            self.table.setColumnWidth(column, width)
        self._update_status()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_status()

    def _update_status(self) -> None:
        self.statusBar().showMessage(self.tr("{0} dari {1} pegawai").format(
            self.proxy.rowCount(), self.model.rowCount()))
