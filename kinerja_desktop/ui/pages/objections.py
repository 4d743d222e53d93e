"""Keberatan: objections and the atasan pejabat penilai's final decision."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from ...domain.nip import format_nip
from ...domain.ratings import Rating
from ...services import evaluation as ev
from ...services.context import Actor, Role
from ...store.db import Database
from ..forms.ui_objection_page import Ui_ObjectionPage
from ..models.rows import RowsModel
from ..ops import Changes, Op
from ..widgets.confirm import confirm
from ..widgets.counter import count_characters


def _result(result: dict | None) -> str:
    return (result or {}).get("predikat") or "—"


class ObjectionPage(QWidget):
    REDRAW_ON = ("objection", "evaluation")  # what an action changed that this page shows (ops.Changes)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_ObjectionPage()
        self.ui.setupUi(self)
        self.model = RowsModel([
            (self.tr("Pegawai"), "employee"), (self.tr("NIP"), lambda r: format_nip(r.nip)),
            (self.tr("Periode"), "period"), (self.tr("Diajukan"), lambda r: r.objection.filed_on.strftime("%d-%m-%Y")),
            (self.tr("Status"), lambda r: self.tr(r.objection.status)),
            (self.tr("Predikat semula"), lambda r: _result(r.objection.old_result)),
            (self.tr("Predikat keputusan"), lambda r: _result(r.objection.new_result) if r.objection.decision else ""),
            (self.tr("Keputusan"), lambda r: r.objection.decision)], self)
        self.ui.table.setModel(self.model)
        count_characters(self.ui.decisionEdit, "keputusan")
        self.ui.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for combo in (self.ui.hasilCombo, self.ui.perilakuCombo):
            combo.addItem(self.tr("— tetap —"), None)
            for rating in Rating:
                combo.addItem(self.tr(rating.value), rating.value)
        self.ui.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        self.ui.decideButton.clicked.connect(lambda: self.decide())
        self.refresh()

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("ObjectionPage", "Keberatan")

    def refresh(self) -> None:
        self.model.set_rows(ev.list_objections(self.db, self.actor))
        self._show(self.ui.table.currentIndex().row())

    def _selected(self):
        row = self.ui.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _show(self, _row: int) -> None:
        item = self._selected()
        open_ = item is not None and item.objection.status != "Diputuskan" and self.actor.role is not Role.VIEWER
        self.ui.reasonLabel.setText(item.objection.reason if item else "")
        for widget in (self.ui.hasilCombo, self.ui.perilakuCombo, self.ui.decisionEdit, self.ui.decideButton):
            widget.setEnabled(open_)
        self.ui.decisionEdit.setText(item.objection.decision if item else "")

    def decide(self, *, confirmed: bool = False) -> None:
        item = self._selected()
        if item is None:
            return
        fields = dict(objection_id=item.objection.id, decision=self.ui.decisionEdit.text(),
                      rating_hasil=self.ui.hasilCombo.currentData(), rating_perilaku=self.ui.perilakuCombo.currentData())

        def decide() -> None:
            Op(self, lambda: ev.decide_objection(self.db, self.actor, **fields),
               done=self.tr("Keputusan atas keberatan dicatat."), failed=self.tr("Keputusan tidak dapat disimpan."),
               changes=Changes(objection=True, evaluation=True)).run()
        if confirmed:
            return decide()
        self.confirm_box = confirm(self, self.tr("Putuskan keberatan"), self.tr(
            "Keputusan atasan pejabat penilai bersifat final dan tidak dapat diubah. Simpan keputusan?"), decide)
