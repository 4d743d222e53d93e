"""Tindak Lanjut: what follows a result. Five tabs: development plans (the penilai confirms or
edits each), training needs and who is under 20 JP, the talent box, angka kredit, and who is
missing what (with reminders and status periods)."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QHBoxLayout,
    QLabel, QListWidget, QPushButton, QTabWidget,
    QVBoxLayout, QWidget,
)

from ...domain.dates import format_tanggal
from ...domain.follow_up import BOXES, MIN_JP, Kinerja, Potensi
from ...domain.numbers import format_number
from ...services.context import Actor, Role
from ...services.follow_up import compliance, credit, needs, plans, talent
from ...services.follow_up.sheets import table_bytes
from ...services.printing import follow_up as printed
from ...services.units import list_unit_details
from ...store.db import Database
from ..dialogs.follow_up import StatusDialog
from .follow_up_plans import PlanTab
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
        self.loaded, self.box = False, None
        self.stale = True  # loaded when first shown, not at start-up
        self.yearCombo = QComboBox()
        for year in (date.today().year - 1, date.today().year):
            self.yearCombo.addItem(str(year), year)
        self.unitCombo = QComboBox()
        self.unitCombo.setMaximumWidth(380)
        self.unitCombo.addItem(self.tr("Semua unit"), None)  # the perangkat daerah come at the first showing
        self.unitCombo.setVisible(actor.role is not Role.PENILAI)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Tindak lanjut hasil penilaian</b>")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Tahun hasil")))
        top.addWidget(self.yearCombo)
        top.addWidget(self.unitCombo)
        self.tabs = QTabWidget()
        self.plans = PlanTab(self)
        self.tabs.addTab(self.plans, self.tr("Rencana pengembangan"))
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

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("FollowUpPage", "Tindak Lanjut")

    @property
    def year(self) -> int:
        return self.yearCombo.currentData()

    @property
    def unit(self):
        return self.unitCombo.currentData()

    def refresh(self) -> None:
        """Loads what the shown tab needs, in the background (nothing at start-up: the page is
        stale until first shown)."""
        self.loaded = False
        if self.unitCombo.count() == 1 and self.actor.role is not Role.PENILAI:
            self.unitCombo.blockSignals(True)
            for unit in list_unit_details(self.db, self.actor):
                if unit.depth == 0:
                    self.unitCombo.addItem(unit.name, unit.id)
            self.unitCombo.blockSignals(False)
        year, unit = self.year, self.unit
        tab = self.tabs.currentIndex()
        fetch, show = [
            (lambda: plans.plan_list(self.db, self.actor, year=year, unit=unit), self.plans.loaded),
            (lambda: needs.training_needs(self.db, self.actor, year=year, unit=unit), self._needs_loaded),
            (lambda: talent.talent_box(self.db, self.actor, year=year, unit=unit), self._talent_loaded),
            (lambda: credit.credit_rows(self.db, self.actor, year=year, unit=unit), self._credit_loaded),
            (self._compliance_fetch(unit), self._compliance_loaded),
        ][tab]
        load(self, fetch, on_done=lambda value: (show(value), setattr(self, "loaded", True)),
             on_error=lambda exc: show_error(self, self.tr("Data tindak lanjut tidak dapat dimuat."), exc),
             newest="tab")  # a year, unit or tab chosen since drops this answer

    def _advice(self, number: int) -> str:
        if number >= 7:
            return self.tr("Kelompok rencana suksesi (talent pool): promosi, penugasan khusus, pengembangan karier.")
        if number >= 4:
            return self.tr("Pengembangan kompetensi dan rotasi untuk memantapkan kinerja atau potensinya.")
        return self.tr("Pembinaan kinerja, dan konsekuensi sesuai ketentuan bila tidak membaik.")

    def preview_pdf(self, make, title: str, file_name: str) -> Op:
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
        return self.preview_pdf(lambda: printed.talent_pdf(self.db, self.actor, year=year, unit=unit),
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
        return self.preview_pdf(lambda: printed.credit_pdf(self.db, self.actor, year=year, unit=unit),
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
        return self.preview_pdf(lambda: printed.reminders_pdf(self.db, self.actor, year=period.year, period=period.code,
                                                           unit=unit)[0],
                             self.tr("Pengingat evaluasi {0} {1}").format(period.label, period.year),
                             f"pengingat-{period.code}-{period.year}.pdf")

    def record_status(self) -> "StatusDialog":
        self.status_dialog = StatusDialog(self.db, self.actor, self)
        self.status_dialog.accepted.connect(self.refresh)
        self.status_dialog.open()
        return self.status_dialog
