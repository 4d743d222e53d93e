"""Evaluasi: realisation per indicator with evidence, feedback, other inputs, the two ratings with
the predikat shown live, finalising with confirmation, and the audited unlock."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QInputDialog, QPushButton, QWidget

from ...domain.periods import PeriodKind, periods_of_year
from ...domain.ratings import Rating, predikat_pegawai
from ...domain.workflow import EvaluationStatus, SkpStatus
from ...services import checks
from ...services.skp.segments import segments_of
from ...services.follow_up.evidence import fill_from_attendance
from ...services.printing.masukan import print_forms
from ...services import evaluation as ev
from ...services.context import Actor, Role
from ...services.employees import get_employee
from ...services.office import get_office
from ...store.db import Database
from ..models.evaluation import FeedbackModel, NumberDelegate, PhraseDelegate, RealisasiModel
from ..forms.ui_evaluation_page import Ui_EvaluationPage
from ..dialogs.evaluation_inputs import SOURCES, FeedbackInputDialog, ObjectionDialog
from ..dialogs.printing import PreviewDialog, attach_menu, preview
from ..models.rows import RowsModel
from ..ops import Changes, Op
from ..widgets.confirm import confirm, missing_texts
from ..widgets.counter import count_characters
from . import evaluation_texts as texts
from .skp import STATUS_COLOURS

PREDIKAT_COLOURS = {"Sangat Baik": "#276749", "Baik": "#2f855a", "Butuh Perbaikan": "#b7791f",
                    "Kurang/Misconduct": "#c05621", "Sangat Kurang": "#c53030"}


def fill_periods(combo, db: Database) -> None:
    """Last year's and this year's periods (of the office's frequency) that have begun; the
    current one selected."""
    kind = PeriodKind(get_office(db).period_kind)
    today = date.today()
    periods = [p for y in (today.year - 1, today.year) for p in periods_of_year(y, kind) if p.start <= today]
    for period in periods:
        combo.addItem(f"{period.label} {period.year}", period)
    current = [n for n, p in enumerate(periods) if p.kind is not PeriodKind.TAHUNAN]
    combo.setCurrentIndex(current[-1] if current else 0)


class EvaluationPage(QWidget):
    REDRAW_ON = ("evaluation", "skp", "org_predikat", "objection", "employees", "office")  # what an action changed that this page shows (ops.Changes)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.employee_id: int | None = None
        self.detail = None
        self.ui = Ui_EvaluationPage()
        self.ui.setupUi(self)
        fill_periods(self.ui.periodCombo, db)
        for combo in (self.ui.hasilCombo, self.ui.perilakuCombo):
            combo.addItem(self.tr("— belum dinilai —"), None)
            for rating in Rating:
                combo.addItem(self.tr(rating.value), rating.value)
            combo.currentIndexChanged.connect(lambda _: self._show_predikat())
        count_characters(self.ui.catatanEdit, "catatan")
        self.realisasi = RealisasiModel(self._edit_realisation, self)
        self.ui.realisasiTable.setModel(self.realisasi)
        self.ui.realisasiTable.setItemDelegateForColumn(RealisasiModel.VALUE, NumberDelegate(self.ui.realisasiTable))
        self.rhk_feedback = FeedbackModel(self.tr("RHK"), lambda key, text: self._feedback(text, rhk_id=key), self)
        self.value_feedback = FeedbackModel(self.tr("Perilaku kerja"),
                                            lambda key, text: self._feedback(text, value_number=key), self)
        self._setup_feedback(self.ui.rhkFeedbackTable, self.rhk_feedback, ev.PHRASES_RHK)
        self._setup_feedback(self.ui.valueFeedbackTable, self.value_feedback, ev.PHRASES_VALUE)
        source_names = {code: self.tr(label) for code, label in SOURCES}
        self.inputs = RowsModel([(self.tr("Sumber"), lambda r: source_names.get(r.source, r.source)),
                                 (self.tr("Dari"), "author"), (self.tr("Masukan"), "text")], self)
        self.ui.inputsTable.setModel(self.inputs)
        self._connect()
        self.refresh()

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("EvaluationPage", "Evaluasi")

    def _setup_feedback(self, table, model, phrases) -> None:
        table.setModel(model)
        table.setItemDelegateForColumn(1, PhraseDelegate(phrases, table))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 420)

    def _connect(self) -> None:
        ui = self.ui
        self.objection_button = QPushButton(self.tr("Ajukan &keberatan…"))
        ui.actionLayout.insertWidget(1, self.objection_button)
        self.objection_button.clicked.connect(self.file_objection)
        ui.formsButton.clicked.connect(self.print_forms)
        ui.formsButton.setVisible(self.actor.role is Role.OPERATOR)
        ui.periodCombo.currentIndexChanged.connect(lambda _: self.refresh())
        # a year split by a move mid-year: which segment's evaluation (the one in force by default)
        self.segmentCombo = QComboBox()
        self.segmentCombo.setVisible(False)
        ui.headerLayout.insertWidget(ui.headerLayout.indexOf(ui.statusLabel), self.segmentCombo)
        self.segmentCombo.activated.connect(lambda _: self.refresh(keep_segment=True))
        ui.openButton.clicked.connect(self.open_evaluation)
        ui.attachButton.clicked.connect(self.attach_file)
        ui.attendanceButton.clicked.connect(self.fill_from_attendance)
        ui.linkButton.clicked.connect(self.attach_link)
        ui.addInputButton.clicked.connect(self.add_input)
        ui.saveRatingsButton.clicked.connect(self.save_ratings)
        ui.finalizeButton.clicked.connect(self.finalize)
        ui.unlockButton.clicked.connect(self.unlock)
        attach_menu(ui.printButton, [
            (self.tr("Evaluasi Kinerja"), lambda: self.print_document("evaluasi")),
            (self.tr("Evaluasi Kinerja dengan Ringkasan Masukan"), lambda: self.print_document("evaluasi-masukan")),
            (self.tr("Dokumen Evaluasi Kinerja Pegawai"), lambda: self.print_document("dokumen-evaluasi")),
            (self.tr("Ringkasan Masukan"), lambda: self.print_document("ringkasan-masukan")),
            (self.tr("Hasil Penilaian Saya (untuk pegawai)"), lambda: self.print_document("hasil-saya"))])

    def print_document(self, doc: str):
        skp = self.detail.skp.skp
        self.preview = preview(self, self.db, self.actor, doc=doc, nip=skp.pegawai["nip"], year=self.period.year,
                               period=self.period.code, segment=skp.segment if skp.segmented else None)
        return self.preview

    @property
    def period(self):
        return self.ui.periodCombo.currentData()

    def show_employee(self, employee_id: int) -> None:
        self.employee_id = employee_id
        self.refresh()

    def refresh(self, *, keep_segment: bool = False) -> None:
        self.detail = None
        same = getattr(self, "_segment_of", None) == (self.employee_id, self.period)  # a redraw after an action
        segment = self.segmentCombo.currentData() if (keep_segment or same) and self.segmentCombo.isVisibleTo(self) \
            else None
        self._segment_of = (self.employee_id, self.period)
        if self.employee_id is not None:
            employee_id, period = self.employee_id, self.period
            op = Op(self, lambda: ev.evaluation_detail(self.db, self.actor, employee_id=employee_id, period=period,
                                                       segment=segment),
                    failed=self.tr("Evaluasi tidak dapat dibuka.")).run_here()
            self.detail = op.result
            if op.error is not None:  # refusals and bugs are shown; the page stays empty
                self.employee_id = None
        self._fill_segments()
        self._show()

    def _fill_segments(self) -> None:
        """Shown only for a year of several segments: each with its dates and penilai."""
        combo, detail = self.segmentCombo, self.detail
        segments = (segments_of(self.db, self.actor, employee_id=self.employee_id, year=self.period.year)
                    if detail is not None else [])
        combo.blockSignals(True)
        combo.clear()
        for g in segments:
            combo.addItem(self.tr("Segmen {0}: {1} – {2}, penilai {3}").format(
                g.number, g.starts_on.strftime("%d/%m"), g.ends_on.strftime("%d/%m"), g.penilai or "-"), g.number)
        if detail is not None:
            combo.setCurrentIndex(max(0, combo.findData(detail.skp.skp.segment)))
        combo.blockSignals(False)
        combo.setVisible(len(segments) > 1)

    def _show(self) -> None:
        detail, ui = self.detail, self.ui
        evaluation = detail.evaluation if detail else None
        name = get_employee(self.db, self.actor, self.employee_id, year=self.period.year).name if self.employee_id else ""
        ui.titleLabel.setText(self.tr("<h2>Evaluasi {0}</h2>").format(name) if name else self.tr("<h2>Evaluasi</h2>"))
        ui.statusLabel.setText(self._badge(evaluation.status) if evaluation else "")
        ui.orgLabel.setText(texts.organisation(self.db, self.actor, self.employee_id, self.period)
                            if self.employee_id else "")
        if evaluation is None:
            ui.stack.setCurrentWidget(ui.emptyPage)
            ui.emptyLabel.setText(self._empty_text())
            ui.openButton.setVisible(bool(detail) and detail.skp.skp.status == SkpStatus.DISETUJUI
                                     and self.actor.role is not Role.VIEWER)
            return
        ui.stack.setCurrentWidget(ui.contentPage)
        locked = evaluation.status == EvaluationStatus.FINAL or self.actor.role is Role.VIEWER
        self._load_tables(detail, locked)
        for combo, value in ((ui.hasilCombo, evaluation.rating_hasil), (ui.perilakuCombo, evaluation.rating_perilaku)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        ui.catatanEdit.setText(evaluation.catatan)
        for widget in (ui.hasilCombo, ui.perilakuCombo, ui.catatanEdit, ui.saveRatingsButton, ui.finalizeButton,
                       ui.attachButton, ui.linkButton, ui.addInputButton, ui.attendanceButton):
            widget.setEnabled(not locked)
        ui.attendanceButton.setVisible(any(i.source == "presensi" for r in detail.skp.rhk for i in r.indicators))
        final = evaluation.status == EvaluationStatus.FINAL and self.actor.role is not Role.VIEWER
        ui.unlockButton.setVisible(final)
        own = self.actor.role is Role.OPERATOR or self.actor.employee_id == detail.skp.skp.employee_id
        self.objection_button.setVisible(final and own)  # the employee's own objection (the service decides)
        self._show_predikat()

    def _badge(self, status: str) -> str:
        colour = "#2f855a" if status == EvaluationStatus.FINAL else STATUS_COLOURS["Draft"]
        return f"<span style='color:white;background:{colour};padding:3px 8px'>&nbsp;{self.tr(status)}&nbsp;</span>"

    def _empty_text(self) -> str:
        if not self.employee_id:
            return self.tr("Pilih pegawai di halaman Pegawai, lalu buka Evaluasi.")
        if self.detail is None:
            return self.tr("Pegawai ini belum punya SKP tahun {0}.").format(self.period.year)
        if self.detail.skp.skp.status != SkpStatus.DISETUJUI:
            return self.tr("SKP tahun {0} berstatus {1}: evaluasi dimulai setelah SKP disetujui.").format(
                self.period.year, self.tr(self.detail.skp.skp.status))
        return self.tr("Evaluasi periode {0} belum dimulai.").format(self.ui.periodCombo.currentText())

    def _load_tables(self, detail, locked: bool) -> None:
        self.realisasi.load(detail, locked=locked)
        table = self.ui.realisasiTable
        for column, width in enumerate((190, 230, 95, 95, 75, 170, 65)):
            table.setColumnWidth(column, width)
        self.rhk_feedback.load([(r.rhk.id, r.rhk.text, detail.rhk_feedback.get(r.rhk.id, "")) for r in detail.skp.rhk],
                               locked=locked)
        self.value_feedback.load([(e.value.number, f"{e.value.number}. {e.value.name}",
                                   detail.value_feedback.get(e.value.number, "")) for e in detail.skp.expectations],
                                 locked=locked)
        self.inputs.set_rows(detail.inputs)
        self.ui.masukanLabel.setText(texts.masukan_summary(self.db, self.actor, detail, self.period))
        self.ui.objectiveLabel.setText(texts.objective(self.db, self.actor, detail, self.period))

    def fill_from_attendance(self) -> Op:
        evaluation_id = self.evaluation_id
        op = Op(self, lambda: fill_from_attendance(self.db, self.actor, evaluation_id=evaluation_id),
                failed=self.tr("Realisasi dari presensi tidak dapat diisi."), changes=Changes(evaluation=True))
        return op.success(lambda count: self.window().statusBar().showMessage(
            self.tr("{0} realisasi diusulkan dari rekap presensi; periksa dan ubah bila perlu.").format(count)
            if count else self.tr("Tidak ada yang diisi: belum ada rekap presensi, atau realisasinya sudah diisi."),
            10000)).run()

    def print_forms(self, kind: str | None = None, folder: str | None = None) -> Op | None:
        """Questionnaires about this employee for the period (peers and subordinates as the unit
        tree proposes), written with their kode.csv, the PDF previewed."""
        kinds = {self.tr("Penilaian diri"): "diri", self.tr("Masukan rekan kerja"): "rekan",
                 self.tr("Masukan bawahan"): "bawahan", self.tr("Masukan masyarakat pengguna layanan"): "masyarakat"}
        if kind is None:
            label, ok = QInputDialog.getItem(self, self.tr("Cetak kuesioner"), self.tr("Jenis masukan:"), list(kinds), 1, False)
            kind = kinds[label] if ok else None
        if kind is not None and folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Simpan kuesioner ke folder"))
        if not kind or not folder:
            return None
        nip, period = self.detail.skp.skp.pegawai["nip"], self.period

        def written(result) -> None:
            pdf, _codes, count = result
            self.window().statusBar().showMessage(self.tr("{0} kuesioner dan kode.csv ditulis ke {1}.").format(count, folder), 10000)
            self.forms_preview = PreviewDialog(pdf.read_bytes(), self.tr("Kuesioner masukan"), pdf.name, self)
            self.forms_preview.open()

        return Op(self, lambda: print_forms(self.db, self.actor, out_dir=Path(folder), year=period.year, kind=kind,
                                            period=period.code, nip=nip),
                  failed=self.tr("Kuesioner tidak dapat dibuat.")).success(written).run()

    def _show_predikat(self) -> None:
        hasil, perilaku = self.ui.hasilCombo.currentData(), self.ui.perilakuCombo.currentData()
        if not (hasil and perilaku):
            self.ui.predikatLabel.setText(self.tr("Predikat: —"))
            return
        predikat = predikat_pegawai(hasil, perilaku).value
        colour = PREDIKAT_COLOURS[predikat]
        self.ui.predikatLabel.setText(self.tr("Predikat: <b style='color:{0}'>{1}</b>").format(colour, self.tr(predikat)))

    # -- actions: each calls one service (one transaction) through Op; pages redraw from what it changed.
    # Widget values are read here, on the GUI thread, never inside the action.
    def _act(self, action, done: str, *, here: bool = False) -> Op:
        op = Op(self, action, done=done, failed=self.tr("Tindakan tidak dapat dilakukan."),
                changes=Changes(evaluation=True))
        return op.run_here() if here else op.run()

    @property
    def evaluation_id(self) -> int:
        return self.detail.evaluation.id

    def open_evaluation(self) -> None:
        skp_id, period = self.detail.skp.skp.id, self.period
        self._act(lambda: ev.open_evaluation(self.db, self.actor, skp_id=skp_id, period=period),
                  self.tr("Evaluasi dimulai."))

    def _edit_realisation(self, indicator_id: int, value, text: str) -> None:
        evaluation_id = self.evaluation_id
        self._act(lambda: ev.record_realisation(self.db, self.actor, evaluation_id=evaluation_id,
                                                indicator_id=indicator_id, value=value, text=text),
                  self.tr("Realisasi disimpan."))

    def _feedback(self, text: str, **target) -> None:
        evaluation_id = self.evaluation_id
        self._act(lambda: ev.record_feedback(self.db, self.actor, evaluation_id=evaluation_id, text=text, **target),
                  self.tr("Umpan balik disimpan."))

    def _selected_indicator(self) -> int | None:
        index = self.ui.realisasiTable.currentIndex()
        return self.realisasi.rows[index.row()].indicator.id if index.isValid() else None

    def attach_file(self, path: str | None = None) -> None:
        indicator = self._selected_indicator()
        if indicator is None:
            self.window().statusBar().showMessage(self.tr("Pilih baris indikator dahulu."), 5000)
            return
        path = path or QFileDialog.getOpenFileName(self, self.tr("Lampirkan bukti dukung"))[0]
        if path:
            evaluation_id = self.evaluation_id
            self._act(lambda: ev.attach_evidence(self.db, self.actor, evaluation_id=evaluation_id,
                                                 indicator_id=indicator, file=Path(path)),
                      self.tr("Bukti dukung {0} dilampirkan.").format(Path(path).name))

    def attach_link(self) -> None:
        indicator = self._selected_indicator()
        if indicator is None:
            self.window().statusBar().showMessage(self.tr("Pilih baris indikator dahulu."), 5000)
            return
        url, ok = QInputDialog.getText(self, self.tr("Tautan bukti dukung"), self.tr("Alamat tautan:"))
        if ok and url.strip():
            evaluation_id = self.evaluation_id
            self._act(lambda: ev.attach_evidence(self.db, self.actor, evaluation_id=evaluation_id,
                                                 indicator_id=indicator, url=url), self.tr("Tautan dilampirkan."))

    def add_input(self) -> None:
        self.input_dialog = FeedbackInputDialog(self.db, self.actor, self.evaluation_id, self)
        self.input_dialog.open()

    def save_ratings(self, *, here: bool = False) -> Op:
        ui, evaluation_id = self.ui, self.evaluation_id
        hasil, perilaku, catatan = ui.hasilCombo.currentData(), ui.perilakuCombo.currentData(), ui.catatanEdit.text()
        return self._act(lambda: ev.set_ratings(self.db, self.actor, evaluation_id=evaluation_id, rating_hasil=hasil,
                                                rating_perilaku=perilaku, catatan=catatan),
                         self.tr("Penilaian disimpan."), here=here)

    def finalize(self, *, confirmed: bool = False) -> None:
        if self.has_unsaved_changes() and self.save_ratings(here=True).error is not None:
            return
        evaluation_id = self.evaluation_id
        if confirmed:
            return self._finalize_now(evaluation_id)
        self.confirm_box = confirm(self, self.tr("Finalkan evaluasi"), self.tr(
            "Setelah final, evaluasi ini tidak dapat diubah kecuali melalui keputusan keberatan atau "
            "pembukaan kunci yang dicatat. Finalkan sekarang?"), lambda: self._finalize_now(evaluation_id),
            missing=missing_texts(checks.before_finalize(self.detail)))

    def _finalize_now(self, evaluation_id: int) -> None:
        self._act(lambda: ev.finalize_evaluation(self.db, self.actor, evaluation_id=evaluation_id),
                  self.tr("Evaluasi final dan disegel."))

    def unlock(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(self, self.tr("Buka kunci evaluasi"), self.tr(
            "Alasan membuka kunci (dicatat di log audit):"))
        if ok:
            evaluation_id = self.evaluation_id
            self._act(lambda: ev.unlock_evaluation(self.db, self.actor, evaluation_id=evaluation_id, reason=reason),
                      self.tr("Kunci evaluasi dibuka; alasannya dicatat."))

    def file_objection(self) -> None:
        self.objection_dialog = ObjectionDialog(self.db, self.actor, self.evaluation_id, self)
        self.objection_dialog.open()

    def has_unsaved_changes(self) -> bool:
        evaluation = self.detail.evaluation if self.detail else None
        if evaluation is None or evaluation.status == EvaluationStatus.FINAL:
            return False
        ui = self.ui
        return (ui.hasilCombo.currentData(), ui.perilakuCombo.currentData(), ui.catatanEdit.text().strip()) != (
            evaluation.rating_hasil, evaluation.rating_perilaku, evaluation.catatan)

    def save_pending(self) -> None:
        """Before leaving the page: saved at once, so the caller can check what is left."""
        self.save_ratings(here=True)
