"""Adding an RHK (cascaded from the superior's) and an indicator, in Designer dialogs."""

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

from ...services import skp as skp_service
from ...services.context import Actor
from ...services.skp.planning import ASPEK, PERSPEKTIF
from ...services.skp.queries import RhkDetail, SkpDetail
from ...store.db import Database
from ..ops import Changes
from ..widgets.counter import count_characters
from .base import Dialog, grow_to_fit
from ..forms.ui_indicator_dialog import Ui_IndicatorDialog
from ..forms.ui_rhk_dialog import Ui_RhkDialog


class RhkDialog(Dialog):
    changes = Changes(skp=True)
    def __init__(self, db: Database, actor: Actor, detail: SkpDetail, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.skp = db, actor, detail.skp
        self.ui = Ui_RhkDialog()
        self.ui.setupUi(self)
        self.ui.jenisCombo.addItem(self.tr("Utama"), "utama")
        self.ui.jenisCombo.addItem(self.tr("Tambahan"), "tambahan")
        jpt = self.skp.form_family == "JPT"
        self.ui.parentCombo.addItem(self.tr("— tidak ada —"), None)
        for rhk in skp_service.superior_rhk(db, actor, self.skp.id):
            self.ui.parentCombo.addItem(rhk.text, rhk.id)
        if self.ui.parentCombo.count() > 1 and not jpt:
            self.ui.parentCombo.setCurrentIndex(1)
        count_characters(self.ui.textEdit, "rhk")
        count_characters(self.ui.intervensiEdit, "intervensi")
        self.ui.intervensiEdit.setVisible(jpt)
        self.ui.intervensiLabel.setVisible(jpt)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _save(self) -> None:
        ui, skp_id = self.ui, self.skp.id
        fields = dict(text=ui.textEdit.toPlainText(), parent_rhk_id=ui.parentCombo.currentData(),
                      intervensi_text=ui.intervensiEdit.text().strip(), jenis=ui.jenisCombo.currentData())
        self.try_accept(lambda: skp_service.add_rhk(self.db, self.actor, skp_id=skp_id, **fields))


class IndicatorDialog(Dialog):
    changes = Changes(skp=True)
    def __init__(self, db: Database, actor: Actor, detail: SkpDetail, rhk: RhkDetail, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.rhk = db, actor, rhk.rhk
        self.ui = Ui_IndicatorDialog()
        self.ui.setupUi(self)
        self.ui.rhkText.setText(rhk.rhk.text)
        self.jpt = detail.skp.form_family == "JPT"
        self.ui.kindLabel.setText(self.tr("&Perspektif") if self.jpt else self.tr("&Aspek"))
        used = {i.aspek for i in rhk.indicators}
        for option in PERSPEKTIF if self.jpt else ASPEK:
            self.ui.kindCombo.addItem(self.tr(option), option)
        free = [n for n in range(self.ui.kindCombo.count()) if self.ui.kindCombo.itemData(n) not in used]
        self.ui.kindCombo.setCurrentIndex(free[0] if free else 0)
        narrative = detail.skp.approach == "kualitatif"
        for widget in (self.ui.targetMin, self.ui.targetMax, self.ui.satuanEdit, self.ui.toLabel, self.ui.targetLabel):
            widget.setVisible(not narrative)
        self.ui.narrativeEdit.setVisible(narrative)
        self.ui.narrativeLabel.setVisible(narrative)
        self.ui.satuanEdit.setPlaceholderText(self.tr("satuan, mis. dokumen, %, bulan"))
        ui = self.ui
        for field, kind in ((ui.textEdit, "indikator"), (ui.narrativeEdit, "target"), (ui.satuanEdit, "satuan")):
            count_characters(field, kind)
        self.attendanceCheck = QCheckBox(self.tr("Realisasi diusulkan dari rekap &presensi (% hadir)"))
        self.attendanceCheck.setToolTip(self.tr("Untuk indikator kehadiran bersatuan %: di halaman Evaluasi, tombol "
                                                "Isi dari presensi mengusulkan realisasinya."))
        self.attendanceCheck.setVisible(not narrative)
        row, _role = self.ui.formLayout.getWidgetPosition(self.ui.errorLabel)
        self.ui.formLayout.insertRow(row, self.attendanceCheck)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _save(self) -> None:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        narrative = ui.narrativeEdit.isVisibleTo(self)
        if not narrative:
            problem = ui.targetMin.check() or ui.targetMax.check()
            if problem:
                ui.errorLabel.setText(problem)
                return grow_to_fit(self)
        low, high = (None, None) if narrative else (ui.targetMin.value(), ui.targetMax.value())
        fields = dict(rhk_id=self.rhk.id, text=ui.textEdit.toPlainText(),
                      aspek="" if self.jpt else kind, perspektif=kind if self.jpt else "",
                      target_min=low, target_max=max(low, high) if low is not None and high is not None else low,
                      satuan=ui.satuanEdit.text().strip(), target_text=ui.narrativeEdit.text().strip(),
                      source="presensi" if self.attendanceCheck.isChecked() else "")
        self.try_accept(lambda: skp_service.add_indicator(self.db, self.actor, **fields))


def ok_button(dialog) -> object:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
