"""Penilaian Massal: rate all of one's subordinates for a period from the keyboard."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from ...domain.workflow import EvaluationStatus
from ...services import evaluation as ev
from ...services.context import Actor, Role
from ...store.db import Database
from ..forms.ui_mass_rating_page import Ui_MassRatingPage
from ..models.sheet import HASIL, KEYS, PERILAKU, SheetModel
from ..ops import Changes, Op
from ..widgets.confirm import confirm
from .evaluation import fill_periods


class MassRatingPage(QWidget):
    REDRAW_ON = ("evaluation", "skp", "employees", "objection")  # what an action changed that this page shows (ops.Changes)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_MassRatingPage()
        self.ui.setupUi(self)
        fill_periods(self.ui.periodCombo, db)
        self.model = SheetModel(self)
        self.ui.table.setModel(self.model)
        for column, width in enumerate((160, 215, 200, 95, 150, 150)):
            self.ui.table.setColumnWidth(column, width)
        self.ui.helpLabel.setText(self.tr(
            "Pilih sel rating lalu tekan <b>1</b> atau <b>B</b> = Di Bawah Ekspektasi, <b>2</b> atau <b>S</b> = "
            "Sesuai Ekspektasi, <b>3</b> atau <b>A</b> = Di Atas Ekspektasi; kursor pindah sendiri. "
            "<b>Delete</b> mengosongkan. Predikat mengikuti matriks."))
        self.ui.table.installEventFilter(self)
        self.ui.finalizeButton.clicked.connect(lambda: self.finalize_complete())
        self._filled = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API; the penilai list is read when first shown
        if not self._filled:
            self._filled = True
            self._fill_penilai()
            self.ui.penilaiCombo.currentIndexChanged.connect(lambda _: self.refresh())
            self.ui.periodCombo.currentIndexChanged.connect(lambda _: self.refresh())
            self.refresh()
        super().showEvent(event)

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("MassRatingPage", "Penilaian Massal")

    def _fill_penilai(self) -> None:
        combo = self.ui.penilaiCombo
        if self.actor.role is Role.PENILAI:
            combo.addItem(self.tr("saya"), self.actor.employee_id)
            combo.setEnabled(False)
            return
        for employee_id, label in ev.penilai_choices(self.db, self.actor):
            combo.addItem(label, employee_id)

    @property
    def period(self):
        return self.ui.periodCombo.currentData()

    def refresh(self) -> None:
        penilai = self.ui.penilaiCombo.currentData()
        current = self.ui.table.currentIndex()
        rows = ev.rating_sheet(self.db, self.actor, penilai_id=penilai, period=self.period) if penilai else []
        self.model.set_rows(rows)
        if current.isValid() and current.row() < len(rows):
            self.ui.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        final = sum(r.status == EvaluationStatus.FINAL for r in rows)
        rated = sum(bool(r.predikat) for r in rows)
        self.ui.summaryLabel.setText(self.tr("{0} pegawai · {1} sudah dinilai · {2} final").format(len(rows), rated, final))
        self.ui.finalizeButton.setEnabled(self.actor.role is not Role.VIEWER and rated > final)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.ui.table and event.type() == QEvent.Type.KeyPress:
            index = self.ui.table.currentIndex()
            if index.isValid() and index.column() in (HASIL, PERILAKU):
                if event.key() in KEYS:
                    self.set_rating(index.row(), index.column(), KEYS[event.key()].value)
                    return True
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
                    self.set_rating(index.row(), index.column(), None)
                    return True
        return super().eventFilter(watched, event)

    def set_rating(self, row: int, column: int, value: str | None) -> None:
        """Save the rating (one transaction) and move to the next cell: hasil -> perilaku -> next row."""
        sheet = self.model.rows[row]
        if not sheet.ratable:
            self.window().statusBar().showMessage(self.tr("{0}: {1}, tidak dapat dinilai di sini.").format(
                sheet.name, sheet.status or sheet.skp_status), 5000)
            return
        hasil = value if column == HASIL else sheet.rating_hasil
        perilaku = value if column == PERILAKU else sheet.rating_perilaku
        self.model.set_ratings(row, hasil, perilaku)  # shown at once; the next key builds on it
        skp_id, period = sheet.skp_id, self.period
        Op(self, lambda: ev.rate(self.db, self.actor, skp_id=skp_id, period=period, rating_hasil=hasil,
                                 rating_perilaku=perilaku),
           failed=self.tr("Rating tidak dapat disimpan."), changes=Changes(evaluation=True)).run()
        nxt = self.model.index(row, PERILAKU) if column == HASIL else self._next_ratable(row)
        if value is not None and nxt.isValid():  # clearing stays put
            self.ui.table.setCurrentIndex(nxt)

    def _next_ratable(self, row: int):
        """The hasil cell of the next row that can still be rated: Final rows are skipped."""
        for below in range(row + 1, len(self.model.rows)):
            if self.model.rows[below].ratable:
                return self.model.index(below, HASIL)
        return self.model.index(-1, -1)

    def finalize_complete(self, *, confirmed: bool = False) -> None:
        ids = [r.evaluation_id for r in self.model.rows if r.evaluation_id and r.predikat and r.status != "Final"]
        if confirmed:
            return self._finalize(ids)
        self.confirm_box = confirm(self, self.tr("Finalkan"), self.tr(
            "Finalkan {0} evaluasi yang sudah lengkap? Setelah final, evaluasi tidak dapat diubah "
            "kecuali melalui keberatan atau pembukaan kunci.").format(len(ids)), lambda: self._finalize(ids))

    def _finalize(self, ids: list[int]) -> None:
        Op(self, lambda: ev.finalize_complete(self.db, self.actor, evaluation_ids=ids),
           failed=self.tr("Evaluasi tidak dapat difinalkan."), changes=Changes(evaluation=True)).success(
            lambda done: self.window().statusBar().showMessage(
                self.tr("{0} evaluasi final dan disegel.").format(done), 5000)).run()
