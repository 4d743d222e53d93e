"""The Rencana pengembangan tab of the Tindak Lanjut page: the people the actor may see with their
plan for the year, and the plan of the one chosen, proposed from the result; the penilai edits
and agrees it, choosing each training from the catalogue."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...services.context import Role
from ...services.follow_up import catalogue, plans
from ...services.printing import follow_up as printed
from ..dialogs.follow_up import CatalogueDialog
from ..errors import user_message
from ..models.rows import RowsModel, rows_table
from ..ops import Changes, Op, load


class PlanTab(QWidget):
    def __init__(self, page):
        super().__init__(page)
        self.page, self.db, self.actor = page, page.db, page.actor
        self.operator, self.plan = page.operator, None
        self._build()

    @property
    def year(self) -> int:
        return self.page.year

    @property
    def unit(self):
        return self.page.unit

    def _build(self) -> None:
        self.peopleModel = RowsModel([(self.tr("Nama"), "nama"), (self.tr("Predikat"), lambda r: r.predikat or "—"),
                                      (self.tr("Rencana"), self._plan_status), (self.tr("JP"), "jp")], self)
        self.peopleTable = rows_table(self.peopleModel)
        self.peopleTable.setWordWrap(False)
        self.peopleTable.horizontalHeader().setStretchLastSection(False)
        self.peopleTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.peopleTable.selectionModel().currentRowChanged.connect(lambda current, _: self.open_plan(current.row()))
        editor = QWidget()
        layout = QVBoxLayout(editor)
        self.planLabel = QLabel(wordWrap=True)
        self.itemsTable = QTableWidget(0, 4)
        self.itemsTable.setHorizontalHeaderLabels([self.tr("Dasar"), self.tr("Alasan"), self.tr("Pelatihan"), self.tr("JP")])
        header = self.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.itemsTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pembinaanCheck = QCheckBox(self.tr("Rencana pembinaan kinerja, ditinjau pada"))
        self.reviewEdit = QDateEdit(calendarPopup=True)
        self.reviewEdit.setDisplayFormat("dd/MM/yyyy")
        self.noteEdit = QLineEdit(placeholderText=self.tr("Catatan (boleh dikosongkan)"))
        self.addItemButton = QPushButton(self.tr("&Tambah butir"), clicked=self.add_item)
        self.removeItemButton = QPushButton(self.tr("&Hapus butir"), clicked=self.remove_item)
        self.saveButton = QPushButton(self.tr("&Simpan"), clicked=lambda: self.save_plan(confirm=False))
        self.confirmButton = QPushButton(self.tr("Simpan dan se&tujui"), clicked=lambda: self.save_plan(confirm=True))
        self.printPlanButton = QPushButton(self.tr("&Cetak…"), clicked=self.print_plan)
        self.catalogueButton = QPushButton(self.tr("&Katalog pelatihan…"), clicked=self.open_catalogue)
        self.catalogueButton.setVisible(self.operator)
        review = QHBoxLayout()
        review.addWidget(self.pembinaanCheck)
        review.addWidget(self.reviewEdit)
        review.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.addItemButton, self.removeItemButton, self.catalogueButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.saveButton, self.confirmButton, self.printPlanButton):
            buttons.addWidget(button)
        layout.addWidget(self.planLabel)
        layout.addWidget(self.itemsTable, 1)
        layout.addLayout(review)
        layout.addWidget(self.noteEdit)
        layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.peopleTable)
        split.addWidget(editor)
        split.setSizes([380, 720])
        QVBoxLayout(self).addWidget(split)
        self.courses = []  # read with the first list, not at start-up
        self._set_editable(False)

    def open_catalogue(self) -> "CatalogueDialog":
        self.catalogue_dialog = CatalogueDialog(self.db, self.actor, self)
        self.catalogue_dialog.finished.connect(self._catalogue_changed)
        self.catalogue_dialog.open()
        return self.catalogue_dialog

    def _catalogue_changed(self, _result=None) -> None:
        self.courses = catalogue.list_catalogue(self.db, self.actor)
        if self.plan is not None:
            self._show_plan(replace(self.plan, items=tuple(self.edited_items())))

    def _plan_status(self, line) -> str:
        return {"": "—", "usulan": self.tr("usulan"), "disetujui": self.tr("disetujui")}[line.status]

    def loaded(self, lines) -> None:
        if not self.courses:
            self.courses = catalogue.list_catalogue(self.db, self.actor)
        self.peopleModel.set_rows(lines)
        if lines and self.peopleTable.currentIndex().row() < 0:
            self.peopleTable.selectRow(0)

    def open_plan(self, row: int) -> None:
        if not 0 <= row < len(self.peopleModel.rows):
            return
        line, year = self.peopleModel.rows[row], self.year
        load(self, lambda: plans.plan_for(self.db, self.actor, nip=line.nip, year=year), on_done=self._show_plan,
             on_error=self._no_plan)

    def _no_plan(self, exc) -> None:
        self.plan = None
        self.itemsTable.setRowCount(0)
        self.planLabel.setText(user_message(exc))
        self._set_editable(False)

    def _show_plan(self, plan) -> None:
        self.plan = plan
        status = {"baru": self.tr("usulan dari hasil (belum disimpan)"), "usulan": self.tr("usulan tersimpan"),
                  "disetujui": self.tr("disetujui")}[plan.status]
        self.planLabel.setText(self.tr("<b>{0}</b> — {1}<br>Dasar: hasil {2} {3}, predikat <b>{4}</b>. Rencana: {5}.")
                               .format(plan.nama, plan.jabatan, plan.basis, plan.year, plan.predikat, status))
        self.itemsTable.setRowCount(0)
        for item in plan.items:
            self._append(item.reason_kind, item.reason, item.training, item.jp)
        self.pembinaanCheck.setChecked(plan.pembinaan)
        review = plan.review_on or date.today()
        self.reviewEdit.setDate(QDate(review.year, review.month, review.day))
        self.noteEdit.setText(plan.note)
        self._set_editable(True)

    def _set_editable(self, on: bool) -> None:
        for widget in (self.itemsTable, self.addItemButton, self.removeItemButton, self.saveButton, self.confirmButton,
                       self.pembinaanCheck, self.reviewEdit, self.noteEdit, self.printPlanButton):
            widget.setEnabled(on and self.actor.role is not Role.VIEWER or widget is self.printPlanButton and on)

    def _append(self, kind: str, reason: str, training: str, jp: int) -> None:
        row = self.itemsTable.rowCount()
        self.itemsTable.insertRow(row)
        kinds = QComboBox()
        for key, label in (("perilaku", self.tr("Perilaku kerja")), ("rhk", self.tr("Hasil kerja")),
                           ("catatan", self.tr("Catatan penilai")), ("pembinaan", self.tr("Pembinaan")),
                           ("lain", self.tr("Lainnya"))):
            kinds.addItem(label, key)
        kinds.setCurrentIndex(max(0, kinds.findData(kind)))
        self.itemsTable.setCellWidget(row, 0, kinds)
        self.itemsTable.setItem(row, 1, QTableWidgetItem(reason))
        courses = QComboBox()
        courses.addItem("—", "")
        for course in self.courses:
            courses.addItem(course.name, course.name)
        courses.setCurrentIndex(max(0, courses.findData(training)))
        courses.currentIndexChanged.connect(lambda _, r=row, c=courses: self._jp_of(r, c.currentData()))
        self.itemsTable.setCellWidget(row, 2, courses)
        jp_item = QTableWidgetItem(str(jp))
        jp_item.setFlags(jp_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.itemsTable.setItem(row, 3, jp_item)

    def _jp_of(self, row: int, name: str) -> None:
        jp = next((c.jp for c in self.courses if c.name == name), 0)
        self.itemsTable.item(row, 3).setText(str(jp))

    def add_item(self) -> None:
        self._append("lain", "", "", 0)

    def remove_item(self) -> None:
        row = self.itemsTable.currentRow()
        if row >= 0:
            self.itemsTable.removeRow(row)

    def edited_items(self) -> list:
        items = []
        for row in range(self.itemsTable.rowCount()):
            reason = self.itemsTable.item(row, 1)
            items.append(plans.Item(self.itemsTable.cellWidget(row, 0).currentData(), reason.text() if reason else "",
                                    self.itemsTable.cellWidget(row, 2).currentData(), int(self.itemsTable.item(row, 3).text())))
        return items

    def save_plan(self, *, confirm: bool) -> Op | None:
        if self.plan is None:
            return None
        nip, year, items = self.plan.nip, self.plan.year, self.edited_items()
        pembinaan = self.pembinaanCheck.isChecked()
        review = self.reviewEdit.date().toPython() if pembinaan else None
        note = self.noteEdit.text()
        self.op = Op(self, lambda: plans.save_plan(self.db, self.actor, nip=nip, year=year, items=items,
                                                   pembinaan=pembinaan, review_on=review, note=note, confirm=confirm),
                     failed=self.tr("Rencana pengembangan tidak dapat disimpan."), changes=Changes(follow_up=True))
        return self.op.success(lambda plan: (self._show_plan(plan), self.refresh_list())).run()

    def refresh_list(self) -> None:
        year, unit = self.year, self.unit
        load(self, lambda: plans.plan_list(self.db, self.actor, year=year, unit=unit),
             on_done=lambda lines: self.peopleModel.set_rows(lines), on_error=lambda exc: None)

    def print_plan(self) -> Op | None:
        if self.plan is None:
            return None
        nip, year = self.plan.nip, self.plan.year
        return self.page.preview_pdf(lambda: printed.plan_pdf(self.db, self.actor, nip=nip, year=year),
                             self.tr("Rencana pengembangan {0}").format(self.plan.nama), f"rencana-{nip}-{year}.pdf")
