"""Dialogs of the Tindak Lanjut page: a status period of an employee, and the training catalogue."""

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout,
)

from ...domain.berakhlak import core_values
from ...domain.follow_up import STATUS_TITLES, Status
from ...services.context import Actor
from ...services.follow_up import catalogue, status
from ...store.db import Database
from ..models.rows import RowsModel, rows_table
from ..ops import Changes, Op


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
