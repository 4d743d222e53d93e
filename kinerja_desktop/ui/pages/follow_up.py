"""Tindak Lanjut: what follows a result. Five tabs: development plans (the penilai confirms or
edits each), training needs and who is under 20 JP, the talent box, angka kredit, and who is
missing what (with reminders and status periods)."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from ...domain.berakhlak import core_values
from ...domain.dates import format_tanggal
from ...domain.follow_up import BOXES, MIN_JP, STATUS_TITLES, Kinerja, Potensi, Status
from ...domain.numbers import format_number
from ...services.context import Actor, Role
from ...services.follow_up import catalogue, compliance, credit, needs, plans, status, talent
from ...services.follow_up.sheets import table_bytes
from ...services.printing import follow_up as printed
from ...services.units import list_unit_details
from ...store.db import Database
from ..dialogs.printing import PreviewDialog
from ..errors import show_error
from ..i18n import current_language
from ..models.rows import RowsModel, grouped_nip, rows_table
from ..errors import user_message
from ..ops import Changes, Op, load
from .evaluation import fill_periods



class FollowUpPage(QWidget):
    REDRAW_ON = ("evaluation", "employees", "follow_up", "units")

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.operator = actor.role is Role.OPERATOR
        self.loaded, self.plan, self.box = False, None, None
        self.stale = True  # loaded when first shown, not at start-up
        self.yearCombo = QComboBox()
        for year in (date.today().year - 1, date.today().year):
            self.yearCombo.addItem(str(year), year)
        self.unitCombo = QComboBox()
        self.unitCombo.setMaximumWidth(380)
        self.unitCombo.addItem(self.tr("Semua unit"), None)
        if actor.role is not Role.PENILAI:
            for unit in list_unit_details(db, actor):
                if unit.depth == 0:
                    self.unitCombo.addItem(unit.name, unit.id)
        self.unitCombo.setVisible(actor.role is not Role.PENILAI)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Tindak lanjut hasil penilaian</b>")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Tahun hasil")))
        top.addWidget(self.yearCombo)
        top.addWidget(self.unitCombo)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._plans_tab(), self.tr("Rencana pengembangan"))
        self.tabs.addTab(self._needs_tab(), self.tr("Kebutuhan pelatihan"))
        self.tabs.addTab(self._talent_tab(), self.tr("Kotak talenta"))
        self.tabs.addTab(self._credit_tab(), self.tr("Angka kredit"))
        self.tabs.addTab(self._compliance_tab(), self.tr("Kepatuhan"))
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.tabs, 1)
        self.yearCombo.setCurrentIndex(0)
        self.yearCombo.currentIndexChanged.connect(lambda _: self.refresh())
        self.unitCombo.currentIndexChanged.connect(lambda _: self.refresh())
        self.tabs.currentChanged.connect(lambda _: self.refresh())

    def title(self) -> str:
        return self.tr("Tindak Lanjut")

    @property
    def year(self) -> int:
        return self.yearCombo.currentData()

    @property
    def unit(self):
        return self.unitCombo.currentData()

    def refresh(self) -> None:
        """Loads what the shown tab needs, in the background."""
        self.loaded = False
        year, unit = self.year, self.unit
        tab = self.tabs.currentIndex()
        fetch, show = [
            (lambda: plans.plan_list(self.db, self.actor, year=year, unit=unit), self._plans_loaded),
            (lambda: needs.training_needs(self.db, self.actor, year=year, unit=unit), self._needs_loaded),
            (lambda: talent.talent_box(self.db, self.actor, year=year, unit=unit), self._talent_loaded),
            (lambda: credit.credit_rows(self.db, self.actor, year=year, unit=unit), self._credit_loaded),
            (self._compliance_fetch(unit), self._compliance_loaded),
        ][tab]
        load(self, fetch, on_done=lambda value: (show(value), setattr(self, "loaded", True)),
             on_error=lambda exc: show_error(self, self.tr("Data tindak lanjut tidak dapat dimuat."), exc))

    # --- development plans ---
    def _plans_tab(self) -> QWidget:
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
        self.courses = catalogue.list_catalogue(self.db, self.actor)
        self._set_editable(False)
        return split

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

    def _plans_loaded(self, lines) -> None:
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

    def _advice(self, number: int) -> str:
        if number >= 7:
            return self.tr("Kelompok rencana suksesi (talent pool): promosi, penugasan khusus, pengembangan karier.")
        if number >= 4:
            return self.tr("Pengembangan kompetensi dan rotasi untuk memantapkan kinerja atau potensinya.")
        return self.tr("Pembinaan kinerja, dan konsekuensi sesuai ketentuan bila tidak membaik.")

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
        return self._preview(lambda: printed.plan_pdf(self.db, self.actor, nip=nip, year=year),
                             self.tr("Rencana pengembangan {0}").format(self.plan.nama), f"rencana-{nip}-{year}.pdf")

    def _preview(self, make, title: str, file_name: str) -> Op:
        def show(pdf: bytes) -> None:
            self.preview = PreviewDialog(pdf, title, file_name, self)
            self.preview.open()

        self.print_op = Op(self, make, failed=self.tr("Dokumen tidak dapat dicetak.")).success(show)
        return self.print_op.run()

    # --- training needs and 20 JP ---
    def _needs_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.needsModel = RowsModel([(self.tr("Perangkat daerah"), "unit"), (self.tr("Pelatihan"), "training"),
                                     (self.tr("JP"), "jp"), (self.tr("Orang"), lambda n: len(n.people))], self)
        self.shortModel = RowsModel([(self.tr("Perangkat daerah"), "unit"), (self.tr("Nama"), lambda s: s.person.nama),
                                     (self.tr("NIP"), lambda s: grouped_nip(s.person.nip)),
                                     (self.tr("JP tahun ini"), "jp")], self)
        self.needsLabel, self.shortLabel = QLabel(), QLabel()
        self.exportNeedsButton = QPushButton(self.tr("&Ekspor…"), clicked=self.export_needs)
        self.proposeButton = QPushButton(self.tr("&Usulkan rencana untuk semua"), clicked=self.propose_all)
        self.proposeButton.setVisible(self.operator)
        buttons = QHBoxLayout()
        buttons.addWidget(self.proposeButton)
        buttons.addStretch(1)
        buttons.addWidget(self.exportNeedsButton)
        for widget in (self.needsLabel, rows_table(self.needsModel), self.shortLabel, rows_table(self.shortModel)):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        return page

    def _needs_loaded(self, result) -> None:
        self.needs = result
        self.needsModel.set_rows(result.needs)
        self.shortModel.set_rows(result.short)
        self.needsLabel.setText(self.tr("<b>Pelatihan dalam rencana pengembangan tahun {0}</b>: {1} baris").format(
            result.year, len(result.needs)))
        self.shortLabel.setText(self.tr("<b>Pegawai dengan pengembangan kompetensi kurang dari {0} JP</b>: {1} dari {2}")
                                .format(MIN_JP, len(result.short), result.staff))

    def export_needs(self, path: str | None = None) -> Op | None:
        path = path or QFileDialog.getSaveFileName(self, self.tr("Ekspor kebutuhan pelatihan"),
                                                   f"kebutuhan-{self.year}.xlsx", "XLSX (*.xlsx);;CSV (*.csv);;PDF (*.pdf)")[0]
        if not path:
            return None
        year, unit, target = self.year, self.unit, Path(path)

        def write() -> Path:
            from ...files import write_atomically

            if target.suffix.lower() == ".pdf":
                data = printed.needs_pdf(self.db, self.actor, year=year, unit=unit)
            else:
                rows = needs.training_needs(self.db, self.actor, year=year, unit=unit).rows()
                data = table_bytes(rows, ".csv" if target.suffix.lower() == ".csv" else ".xlsx", f"Kebutuhan {year}")
            return write_atomically(data, target)

        self.export_op = Op(self, write, failed=self.tr("Kebutuhan pelatihan tidak dapat diekspor."))
        return self.export_op.success(lambda written: self.window().statusBar().showMessage(
            self.tr("Ditulis ke {0}.").format(written), 8000)).run()

    def propose_all(self) -> Op:
        year, unit = self.year, self.unit
        self.propose_op = Op(self, lambda: plans.propose_all(self.db, self.actor, year=year, unit=unit),
                             failed=self.tr("Usulan rencana tidak dapat dibuat."), changes=Changes(follow_up=True))
        return self.propose_op.success(lambda made: (self.window().statusBar().showMessage(
            self.tr("{0} usulan rencana pengembangan disimpan.").format(made), 8000), self.refresh())).run()

    # --- talent box ---
    def _talent_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Kinerja \\ Potensi</b>")), 0, 0)
        potensi_names = {Potensi.RENDAH: self.tr("rendah"), Potensi.MENENGAH: self.tr("menengah"),
                         Potensi.TINGGI: self.tr("tinggi")}
        kinerja_names = {Kinerja.DI_ATAS: self.tr("di atas ekspektasi"), Kinerja.SESUAI: self.tr("sesuai ekspektasi"),
                         Kinerja.DI_BAWAH: self.tr("di bawah ekspektasi")}
        for column, potensi in enumerate((Potensi.RENDAH, Potensi.MENENGAH, Potensi.TINGGI), start=1):
            grid.addWidget(QLabel(f"<b>{potensi_names[potensi]}</b>", alignment=Qt.AlignmentFlag.AlignCenter), 0, column)
        self.boxButtons = {}
        colours = {**dict.fromkeys((7, 8, 9), "#d8f0dc"), **dict.fromkeys((4, 5, 6), "#fdf3d3"),
                   **dict.fromkeys((1, 2, 3), "#f9dcdc")}
        for row, kinerja in enumerate((Kinerja.DI_ATAS, Kinerja.SESUAI, Kinerja.DI_BAWAH), start=1):
            grid.addWidget(QLabel(f"<b>{kinerja_names[kinerja]}</b>"), row, 0)
            for column, potensi in enumerate((Potensi.RENDAH, Potensi.MENENGAH, Potensi.TINGGI), start=1):
                number = BOXES[(kinerja, potensi)]
                button = QPushButton(clicked=lambda _=False, n=number: self.show_box(n))
                button.setMinimumHeight(70)
                button.setStyleSheet(f"background: {colours[number]}; color: #1b1b1b; text-align: left; padding: 6px;")
                button.setToolTip(self._advice(number))
                grid.addWidget(button, row, column)
                self.boxButtons[number] = button
        self.talentLabel = QLabel(wordWrap=True)
        self.boxNames = QListWidget()
        self.boxNames.setVisible(self.operator)
        self.printTalentButton = QPushButton(self.tr("&Cetak…"), clicked=self.print_talent)
        layout.addLayout(grid)
        layout.addWidget(self.talentLabel)
        layout.addWidget(self.boxNames, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.printTalentButton)
        layout.addLayout(row)
        return page

    def _talent_loaded(self, box) -> None:
        self.box = box
        for number, button in self.boxButtons.items():
            button.setText(self.tr("Kotak {0}: {1} pegawai").format(number, box.counts[number]))
        self.talentLabel.setText(self.tr("Belum dipetakan: {0} tanpa predikat tahunan final, {1} tanpa data potensi. "
                                         "Impor potensi dengan kinerja talenta potensi impor.")
                                 .format(box.without_result, box.without_potensi))
        self.boxNames.clear()

    def show_box(self, number: int) -> None:
        """The recommendation of a box, and (for the operator) who is in it."""
        self.boxNames.clear()
        self.boxNames.addItem(self.tr("Kotak {0}: {1}").format(number, self._advice(number)))
        if self.box is not None:
            for placed in self.box.placed:
                if placed.kotak == number:
                    self.boxNames.addItem(f"{placed.person.nama} — {placed.person.jabatan} ({placed.person.unit})")

    def print_talent(self) -> Op:
        year, unit = self.year, self.unit
        return self._preview(lambda: printed.talent_pdf(self.db, self.actor, year=year, unit=unit),
                             self.tr("Kotak talenta {0}").format(year), f"kotak-talenta-{year}.pdf")

    # --- angka kredit ---
    def _credit_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        language = current_language()
        self.creditModel = RowsModel([
            (self.tr("Nama"), lambda r: r.result.person.nama), (self.tr("NIP"), lambda r: grouped_nip(r.result.person.nip)),
            (self.tr("Jenjang"), lambda r: r.jenjang or "—"),
            (self.tr("Koefisien"), lambda r: format_number(r.koefisien, language) if r.koefisien is not None else "—"),
            (self.tr("Predikat"), lambda r: r.result.predikat if r.persen else "—"),
            (self.tr("Persen"), lambda r: f"{r.persen} %" if r.persen else "—"), (self.tr("Bulan"), "bulan"),
            (self.tr("Angka kredit"), lambda r: format_number(r.angka_kredit, language, decimals=3, fixed=True)
             if r.angka_kredit is not None else "—"),
            (self.tr("Keterangan"), lambda r: user_message(r.why_not) if r.why_not else "")], self)
        self.creditTable = rows_table(self.creditModel)
        self.printCreditButton = QPushButton(self.tr("&Cetak lembar konversi…"), clicked=self.print_credit)
        layout.addWidget(self.creditTable, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.printCreditButton)
        layout.addLayout(row)
        return page

    def _credit_loaded(self, rows) -> None:
        self.creditModel.set_rows(rows)

    def print_credit(self) -> Op:
        year, unit = self.year, self.unit
        return self._preview(lambda: printed.credit_pdf(self.db, self.actor, year=year, unit=unit),
                             self.tr("Konversi angka kredit {0}").format(year), f"angka-kredit-{year}.pdf")

    # --- kepatuhan ---
    def _compliance_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.periodCombo = QComboBox()
        fill_periods(self.periodCombo, self.db)
        self.periodCombo.currentIndexChanged.connect(lambda _: self.refresh())
        self.deadlineLabel = QLabel()
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Periode")))
        head.addWidget(self.periodCombo)
        head.addWidget(self.deadlineLabel, 1)
        columns = [(self.tr("Pegawai"), "staff"), (self.tr("Lengkap"), "complete"),
                   (self.tr("SKP belum disetujui"), lambda t: len(t.missing["skp"])),
                   (self.tr("Belum ada evaluasi"), lambda t: len(t.missing["evaluasi"])),
                   (self.tr("Evaluasi belum final"), lambda t: len(t.missing["final"])),
                   (self.tr("Dikecualikan"), lambda t: len(t.excluded))]
        self.unitsModel = RowsModel([(self.tr("Perangkat daerah"), "name"), *columns], self)
        self.penilaiModel = RowsModel([(self.tr("Pejabat penilai"), "name"),
                                       (self.tr("NIP"), lambda t: grouped_nip(t.nip)), *columns], self)
        self.remindButton = QPushButton(self.tr("Cetak &pengingat per penilai…"), clicked=self.print_reminders)
        self.statusButton = QPushButton(self.tr("Catat &status pegawai…"), clicked=self.record_status)
        self.statusButton.setVisible(self.operator)
        buttons = QHBoxLayout()
        buttons.addWidget(self.statusButton)
        buttons.addStretch(1)
        buttons.addWidget(self.remindButton)
        layout.addLayout(head)
        layout.addWidget(rows_table(self.unitsModel), 1)
        layout.addWidget(rows_table(self.penilaiModel), 1)
        layout.addLayout(buttons)
        return page

    def _compliance_fetch(self, unit):
        period = self.periodCombo.currentData()
        return lambda: compliance.compliance(self.db, self.actor, year=period.year, period=period.code, unit=unit)

    def _compliance_loaded(self, result) -> None:
        self.unitsModel.set_rows(result.units)
        self.penilaiModel.set_rows(result.penilai)
        self.deadlineLabel.setText(self.tr("Tenggat evaluasi: <b>{0}</b>").format(format_tanggal(result.deadline)))

    def print_reminders(self) -> Op:
        period, unit = self.periodCombo.currentData(), self.unit
        return self._preview(lambda: printed.reminders_pdf(self.db, self.actor, year=period.year, period=period.code,
                                                           unit=unit)[0],
                             self.tr("Pengingat evaluasi {0} {1}").format(period.label, period.year),
                             f"pengingat-{period.code}-{period.year}.pdf")

    def record_status(self) -> "StatusDialog":
        self.status_dialog = StatusDialog(self.db, self.actor, self)
        self.status_dialog.accepted.connect(self.refresh)
        self.status_dialog.open()
        return self.status_dialog


class StatusDialog(QDialog):
    """One status period of an employee: cuti di luar tanggungan negara, tugas belajar, ...."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Catat status pegawai"))
        self.nip = QLineEdit(placeholderText=self.tr("NIP 18 angka"))
        self.kind = QComboBox()
        titles = {Status.CLTN: self.tr("Cuti di luar tanggungan negara"), Status.TUGAS_BELAJAR: self.tr("Tugas belajar"),
                  Status.PEMBERHENTIAN_SEMENTARA: self.tr("Pemberhentian sementara"), Status.PENSIUN: self.tr("Pensiun"),
                  Status.MENINGGAL: self.tr("Meninggal dunia"), Status.PINDAH_KELUAR: self.tr("Pindah keluar"),
                  Status.PINDAH_MASUK: self.tr("Pindah masuk")}
        assert set(titles) == set(STATUS_TITLES)
        for kind, title in titles.items():
            self.kind.addItem(title, kind.value)
        self.start = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.has_end = QCheckBox(self.tr("sampai"))
        self.end = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="dd/MM/yyyy", enabled=False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.note = QLineEdit()
        self.errorLabel = QLabel(styleSheet="color: #b00020;", wordWrap=True)
        ends = QHBoxLayout()
        ends.addWidget(self.has_end)
        ends.addWidget(self.end, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("Status"), self.kind)
        form.addRow(self.tr("Mulai"), self.start)
        form.addRow(self.tr("Selesai"), ends)
        form.addRow(self.tr("Catatan"), self.note)
        form.addRow(self.errorLabel)
        form.addRow(buttons)

    def save(self) -> Op:
        nip, kind, start = self.nip.text(), self.kind.currentData(), self.start.date().toPython()
        end = self.end.date().toPython() if self.has_end.isChecked() else None
        note = self.note.text()
        self.op = Op(self, lambda: status.add_status(self.db, self.actor, nip=nip, kind=kind, start=start, end=end,
                                                     note=note),
                     failed=self.tr("Status tidak dapat dicatat."), changes=Changes(follow_up=True))
        return self.op.refusals_in(self.errorLabel).success(lambda _row: self.accept()).run()


class CatalogueDialog(QDialog):
    """The BKPSDM's training catalogue: add or change a training, or import a sheet of them."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.course_id = db, actor, None
        self.setWindowTitle(self.tr("Katalog pelatihan"))
        self.resize(820, 560)
        self.model = RowsModel([(self.tr("Pelatihan"), "name"), (self.tr("JP"), "jp"), (self.tr("Jenis"), "jenis"),
                                (self.tr("Nilai"), lambda c: str(c.value_number or "")),
                                (self.tr("Untuk hasil kerja"), lambda c: "✓" if c.for_results else ""),
                                (self.tr("Aktif"), lambda c: "✓" if c.active else "")], self)
        self.table = rows_table(self.model)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._edit(current.row()))
        self.name = QLineEdit()
        self.jp = QSpinBox(maximum=2000)
        self.jenis = QComboBox()
        for jenis in catalogue.JENIS:
            self.jenis.addItem(jenis, jenis)
        self.value = QComboBox()
        self.value.addItem("—", None)
        for value in core_values():
            self.value.addItem(f"{value.number}. {value.name}", value.number)
        self.results = QCheckBox(self.tr("untuk RHK yang jauh dari target"))
        self.active = QCheckBox(self.tr("aktif"), checked=True)
        self.errorLabel = QLabel(styleSheet="color: #b00020;", wordWrap=True)
        new = QPushButton(self.tr("&Baru"), clicked=lambda: self._edit(-1))
        save = QPushButton(self.tr("&Simpan pelatihan"), clicked=self.save)
        imported = QPushButton(self.tr("&Impor…"), clicked=self.import_file)
        close = QPushButton(self.tr("&Tutup"), clicked=self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Nama pelatihan"), self.name)
        form.addRow(self.tr("JP"), self.jp)
        form.addRow(self.tr("Jenis"), self.jenis)
        form.addRow(self.tr("Nilai BerAKHLAK"), self.value)
        form.addRow("", self.results)
        form.addRow("", self.active)
        form.addRow(self.errorLabel)
        buttons = QHBoxLayout()
        for button in (new, save, imported):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        root = QVBoxLayout(self)
        root.addWidget(self.table, 1)
        root.addLayout(form)
        root.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(catalogue.list_catalogue(self.db, self.actor, all_courses=True))

    def _edit(self, row: int) -> None:
        course = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        self.course_id = course.id if course else None
        self.name.setText(course.name if course else "")
        self.jp.setValue(course.jp if course else 0)
        self.jenis.setCurrentIndex(max(0, self.jenis.findData(course.jenis if course else "teknis")))
        self.value.setCurrentIndex(max(0, self.value.findData(course.value_number if course else None)))
        self.results.setChecked(bool(course and course.for_results))
        self.active.setChecked(course.active if course else True)
        self.errorLabel.clear()

    def save(self) -> Op:
        fields = dict(name=self.name.text(), jp=self.jp.value(), jenis=self.jenis.currentData(),
                      value_number=self.value.currentData(), for_results=self.results.isChecked(),
                      active=self.active.isChecked(), course_id=self.course_id)
        self.op = Op(self, lambda: catalogue.save_course(self.db, self.actor, **fields),
                     failed=self.tr("Pelatihan tidak dapat disimpan."), changes=Changes(follow_up=True))
        return self.op.refusals_in(self.errorLabel).success(lambda course: (setattr(self, "course_id", course.id),
                                                                          self.reload())).run()

    def import_file(self, path: str | None = None) -> Op | None:
        path = path or QFileDialog.getOpenFileName(self, self.tr("Impor katalog pelatihan"), "",
                                                   self.tr("Lembar kerja (*.xlsx *.csv)"))[0]
        if not path:
            return None
        self.op = Op(self, lambda: catalogue.import_catalogue(self.db, self.actor, Path(path)),
                     failed=self.tr("Katalog tidak dapat diimpor."), changes=Changes(follow_up=True))
        return self.op.refusals_in(self.errorLabel).success(lambda _done: self.reload()).run()
