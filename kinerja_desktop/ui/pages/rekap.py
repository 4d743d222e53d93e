"""Rekap: completion per perangkat daerah, its predikat distribution against the organisation
predikat (a bar chart), the guidance warnings, and setting the organisation predikat."""

from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QWidget

from ...domain.numbers import format_number, format_percent
from ...domain.ratings import Predikat, PredikatOrganisasi
from ...services import organisation
from ...services.context import Actor, Role
from ...services.printing import rekap_pdf
from ...services.printing.publikasi import write_publication
from ...services.printing.masukan import desk_cards_pdf
from ...services.printing.skm import skm_pdf
from ...sync import district
from ...services.rekap import UnitRekap, rekap
from ...store.db import Database
from ..errors import show_error, user_message
from ..forms.ui_rekap_page import Ui_RekapPage
from ..i18n import current_language
from ..dialogs.passphrase import PassphraseDialog
from ..dialogs.printing import PreviewDialog, batch
from ..models.rows import RowsModel
from ..ops import Changes, Op, load
from .evaluation import fill_periods

SHORT = {"Sangat Baik": "SB", "Baik": "B", "Butuh Perbaikan": "BP", "Kurang/Misconduct": "K/M", "Sangat Kurang": "SK"}


class RekapPage(QWidget):
    REDRAW_ON = ("evaluation", "org_predikat", "employees", "units", "objection", "skp")  # what an action changed that this page shows (ops.Changes)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.rows = db, actor, []
        self.loaded = False
        self.ui = Ui_RekapPage()
        self.ui.setupUi(self)
        fill_periods(self.ui.periodCombo, db)
        self.model = RowsModel([(self.tr("Perangkat daerah"), "unit"), (self.tr("Pegawai"), "staff"),
                                (self.tr("SKP disetujui"), "skp_approved"), (self.tr("Final"), "final"),
                                (self.tr("Selesai"), lambda r: format_percent(r.done_percent, current_language(), decimals=0)),
                                (self.tr("Capaian organisasi"), lambda r: self.tr(r.org_predikat) if r.org_predikat else "—"),
                                *((SHORT[p.value], lambda r, p=p.value: r.counts[p]) for p in Predikat),
                                (self.tr("IKM"), self._ikm_cell),
                                (self.tr("Peringatan"), lambda r: "⚠ " * len(r.warnings))], self)
        self.ui.table.setModel(self.model)
        self.ui.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.table.horizontalHeader().setStretchLastSection(False)
        self.ui.chartLayout.addWidget(self._build_chart())
        self.ui.orgCombo.addItem(self.tr("— pilih —"), None)  # no accidental Istimewa next to Tetapkan
        for org in PredikatOrganisasi:
            self.ui.orgCombo.addItem(self.tr(org.value), org.value)
        can_set = actor.role is Role.OPERATOR
        self.ui.orgCombo.setVisible(can_set)
        self.ui.orgButton.setVisible(can_set)
        self.ui.orgButton.clicked.connect(self.set_org_predikat)
        self.ui.batchButton.clicked.connect(self.print_unit)
        self.ui.skmButton.clicked.connect(self.print_skm)
        self.ui.publishButton.clicked.connect(self.publish)
        self.ui.deskButton.clicked.connect(self.print_desk_cards)
        self.ui.deskButton.setVisible(actor.role is Role.OPERATOR)
        self.ui.publishButton.setVisible(actor.role is Role.OPERATOR)
        self.ui.rekapPrintButton.clicked.connect(self.print_rekap)
        self.ui.periodCombo.currentIndexChanged.connect(lambda _: self.refresh())
        self.ui.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_unit(current.row()))
        self.refresh()

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("RekapPage", "Rekap")

    @property
    def period(self):
        return self.ui.periodCombo.currentData()

    def refresh(self) -> None:
        self.loaded = False
        period = self.period
        if period is None:  # no period has begun yet (or the list is being refilled)
            return
        load(self, lambda: rekap(self.db, self.actor, period=period), on_done=self._loaded,
             on_error=lambda exc: show_error(self, self.tr("Rekap tidak dapat dimuat."), exc), newest="rekap")

    def _loaded(self, rows: list[UnitRekap]) -> None:
        selected = self.ui.table.currentIndex().row()
        self.rows = rows
        self.model.set_rows(rows)
        for column in range(1, self.model.columnCount()):
            self.ui.table.resizeColumnToContents(column)
        if rows:
            self.ui.table.selectRow(max(0, min(selected, len(rows) - 1)))
            self._show_unit(max(0, min(selected, len(rows) - 1)))
        self.loaded = True

    @staticmethod
    def _ikm_cell(row) -> str:
        skm = row.skm
        return f"{format_number(skm.ikm, current_language(), decimals=2, fixed=True)} {skm.mutu}" if skm.responden else "—"

    def _show_unit(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        unit = self.rows[row]
        org = self.tr(unit.org_predikat) if unit.org_predikat else self.tr("belum ditetapkan")
        skm = unit.skm
        survey = (self.tr("Survei kepuasan masyarakat {0}: IKM <b>{1}</b> (mutu {2}) dari {3} responden.").format(
            self.period.year, format_number(skm.ikm, current_language(), decimals=2, fixed=True), skm.mutu,
            skm.responden) if skm.responden else self.tr("Belum ada survei kepuasan masyarakat tahun {0}.").format(
            self.period.year))
        self.ui.unitLabel.setText(self.tr("<b>{0}</b><br>Capaian kinerja organisasi: <b>{1}</b><br>"
                                          "{2} dari {3} pegawai sudah dinilai, {4} final.").format(
            unit.unit, org, unit.evaluated, unit.staff, unit.final) + "<br>" + survey)
        self.ui.warningsLabel.setText("<br>".join(f"<span style='color:#9c4221'>⚠ {user_message(w)}</span>"
                                                  for w in unit.warnings)
                                      or (self.tr("Sebaran predikat sesuai pedoman.") if unit.org_predikat else ""))
        self.ui.orgCombo.setCurrentIndex(max(0, self.ui.orgCombo.findData(unit.org_predikat)))
        self._chart(unit)

    def _build_chart(self) -> QChartView:
        """One bar set and one pair of axes for the life of the page: a redraw changes their
        values (removing and re-adding axes left the old labels drawn under the new ones)."""
        self.chart = QChart()
        self.chart.legend().hide()
        self.bars = QBarSet(self.tr("Pegawai"))
        self.bars.append([0] * len(Predikat))
        self.bars.setColor(QColor("#2f5d8a"))
        series = QBarSeries()
        series.append(self.bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([SHORT[p.value] for p in Predikat])
        self.values_axis = QValueAxis()
        self.values_axis.setLabelFormat("%d")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(self.values_axis)
        view = QChartView(self.chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        return view

    def _chart(self, unit: UnitRekap) -> None:
        for n, predikat in enumerate(Predikat):
            self.bars.replace(n, unit.counts[predikat.value])
        top = max(1, max(unit.counts.values()))
        step = -(-top // 5)  # whole-number ticks, at most six of them
        self.values_axis.setRange(0, step * min(5, -(-top // step)))
        self.values_axis.setTickCount(min(5, -(-top // step)) + 1)
        org = self.tr(unit.org_predikat) if unit.org_predikat else self.tr("belum ditetapkan")
        self.chart.setTitle(self.tr("Pola distribusi predikat pegawai (capaian organisasi: {0})").format(org))

    def _selected_row(self) -> int | None:
        row = self.ui.table.currentIndex().row()
        if 0 <= row < len(self.rows):
            return row
        self.window().statusBar().showMessage(self.tr("Pilih unit di tabel dahulu."), 5000)
        return None

    def print_rekap(self):
        """Rekapitulasi dan Penetapan Predikat of the selected unit, previewed."""
        row = self._selected_row()
        if row is None:
            return None
        unit, period = self.rows[row], self.period
        return Op(self, lambda: rekap_pdf(self.db, self.actor, unit=unit.unit_id, year=period.year, period=period.code),
                  failed=self.tr("Rekap tidak dapat dicetak.")).success(lambda pdf: self._preview(
                      pdf, self.tr("Rekap {0}").format(unit.unit), f"rekap-{period.code}-{period.year}.pdf")).run()

    def print_skm(self):
        """The selected perangkat daerah's SKM report (its service units combined), previewed."""
        row = self._selected_row()
        if row is None:
            return None
        unit, year = self.rows[row], self.period.year
        return Op(self, lambda: skm_pdf(self.db, self.actor, unit=unit.unit_id, year=year),
                  failed=self.tr("Laporan SKM tidak dapat dicetak.")).success(lambda pdf: self._preview(
                      pdf, self.tr("Laporan SKM {0}").format(unit.unit), f"skm-{year}.pdf")).run()

    def print_desk_cards(self):
        """The desk cards of the selected perangkat daerah's staff (codes made for those without
        one, kept for those who have one), previewed for printing."""
        row = self._selected_row()
        if row is None:
            return None
        unit = self.rows[row]
        return Op(self, lambda: desk_cards_pdf(self.db, self.actor, unit=unit.unit_id),
                  failed=self.tr("Kartu kode petugas tidak dapat dibuat.")).success(lambda result: self._preview(
                      result[0], self.tr("Kartu kode petugas {0}").format(unit.unit), "kartu-kode-petugas.pdf")).run()

    def publish(self, folder: str | None = None) -> PassphraseDialog | None:
        """Publikasi of the period: the operator unlocks the office key (a wrong passphrase is
        refused in the dialog), the files are written and signed, and the PDF is previewed."""
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Simpan publikasi ke folder"))
        if not folder:
            return None
        period = self.period

        def write(passphrase: str) -> None:
            self.publish_op = Op(self, lambda: write_publication(self.db, self.actor, year=period.year,
                                                                 period=period.code, out_dir=Path(folder),
                                                                 passphrase=passphrase),
                                 failed=self.tr("Publikasi tidak dapat dibuat.")).success(
                lambda paths: self._preview(Path(folder, "publikasi.pdf").read_bytes(),
                                            self.tr("Publikasi {0}").format(period.label), "publikasi.pdf")).run()

        self.publish_dialog = PassphraseDialog(lambda p: district.check_passphrase(self.db, p), then=write, parent=self)
        self.publish_dialog.open()
        return self.publish_dialog

    def _preview(self, pdf: bytes, title: str, file_name: str) -> None:
        self.preview = PreviewDialog(pdf, title, file_name, self)
        self.preview.open()

    def print_unit(self, doc: str | None = None, folder: str | None = None, layout: str | None = None):
        """Cetak massal of the selected unit, in the background: one PDF per employee, or one
        combined file (``layout`` "combined"), padded for two-sided printing ("duplex")."""
        row = self._selected_row()
        if row is None:
            return None
        choices = {self.tr("Dokumen Evaluasi Kinerja Pegawai"): "dokumen-evaluasi",
                   self.tr("Evaluasi Kinerja"): "evaluasi", self.tr("SKP"): "skp", self.tr("Lampiran SKP"): "lampiran"}
        layouts = {self.tr("Satu berkas PDF per pegawai"): "separate",
                   self.tr("Satu berkas gabungan"): "combined",
                   self.tr("Satu berkas gabungan, dicetak bolak-balik (halaman tiap pegawai digenapkan)"): "duplex"}
        if doc is None:
            label, ok = QInputDialog.getItem(self, self.tr("Cetak massal"), self.tr("Dokumen:"), list(choices), 0, False)
            doc = choices[label] if ok else None
            if doc is not None:
                label, ok = QInputDialog.getItem(self, self.tr("Cetak massal"), self.tr("Susunan berkas:"),
                                                 list(layouts), 0, False)
                layout = layouts[label] if ok else None
                doc = doc if ok else None
        if doc is not None and folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Simpan PDF ke folder"))
        if not doc or not folder:
            return None
        layout = layout or "separate"
        self.batch_task = batch(self, self.db, self.actor, doc=doc, year=self.period.year, period=self.period.code,
                                unit=self.rows[row].unit_id, out_dir=Path(folder), combined=layout != "separate",
                                duplex=layout == "duplex")
        return self.batch_task

    def set_org_predikat(self) -> None:
        row = self._selected_row()
        predikat = self.ui.orgCombo.currentData()
        if row is None:
            return
        if predikat is None:
            self.window().statusBar().showMessage(self.tr("Pilih capaian kinerja organisasi dahulu."), 5000)
            return
        unit_id, period = self.rows[row].unit_id, self.period
        Op(self, lambda: organisation.set_org_predikat(self.db, self.actor, unit_id=unit_id, period=period,
                                                       predikat=predikat),
           done=self.tr("Capaian organisasi ditetapkan."), failed=self.tr("Capaian organisasi tidak dapat ditetapkan."),
           changes=Changes(org_predikat=True)).run()
