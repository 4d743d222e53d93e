"""Pengaturan: the office's names and seat, evaluation frequency, paper, language, backups."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from ...paths import resource_dir
from ...services import office as office_service
from ...services.context import Actor
from ...store.db import Database
from ..ops import Changes, Op
from ..forms.ui_settings_page import Ui_SettingsPage
from ..i18n import LANGUAGES, current_language, set_language

PERIODS = (("bulanan", "Bulanan"), ("triwulan", "Triwulan"), ("semester", "Semester"))


class SettingsPage(QWidget):
    language_changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        for code, label in PERIODS:
            self.ui.periodCombo.addItem(self.tr(label), code)
        for paper in ("A4", "F4"):
            self.ui.paperCombo.addItem(paper, paper)
        for code, label in LANGUAGES.items():
            self.ui.languageCombo.addItem(label, code)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.backupButton.clicked.connect(self._pick_backup_dir)
        self.ui.emblemButton.clicked.connect(self._pick_emblem)
        self.ui.emblemResetButton.clicked.connect(lambda: self.set_emblem(None))
        self.refresh()

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("SettingsPage", "Pengaturan")

    def refresh(self) -> None:
        office = office_service.get_office(self.db)
        self.ui.nameEdit.setText(office.name)
        self.ui.codeEdit.setText(office.code)
        self.ui.kabupatenEdit.setText(office.kabupaten)
        self.ui.placeEdit.setText(office.place)
        self.ui.periodCombo.setCurrentIndex(max(0, self.ui.periodCombo.findData(office.period_kind)))
        self.ui.paperCombo.setCurrentIndex(max(0, self.ui.paperCombo.findData(office.paper)))
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(current_language())))
        self.ui.backupEdit.setText(office_service.backup_dir_setting(self.db))
        self.ui.masukanMinSpin.setValue(office_service.masukan_min_setting(self.db))
        self.ui.deadlineSpin.setValue(office_service.deadline_days_setting(self.db))
        self._show_emblem()

    def _show_emblem(self) -> None:
        own = office_service.emblem_setting(self.db)
        path = own or str(resource_dir() / "emblem-placeholder.png")
        self.ui.emblemPreview.setPixmap(QPixmap(path))
        self.ui.emblemPath.setText(own or self.tr("bawaan (tempat lambang kosong); pilih lambang daerah atau logo instansi"))

    def _pick_emblem(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Lambang atau logo instansi"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.set_emblem(Path(path))

    def set_emblem(self, path: Path | None) -> None:
        Op(self, lambda: office_service.set_emblem(self.db, self.actor, path),
           done=self.tr("Lambang untuk formulir cetak diganti."), failed=self.tr("Lambang tidak dapat dipasang."),
           changes=Changes(office=True)).success(lambda _: self._show_emblem()).run()

    def _pick_backup_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"), self.ui.backupEdit.text())
        if folder:
            self.ui.backupEdit.setText(folder)

    def save(self) -> None:
        ui = self.ui
        fields = dict(name=ui.nameEdit.text().strip(), code=ui.codeEdit.text().strip(),
                      kabupaten=ui.kabupatenEdit.text().strip(), place=ui.placeEdit.text().strip(),
                      period_kind=ui.periodCombo.currentData(), paper=ui.paperCombo.currentData(),
                      backup_dir=ui.backupEdit.text().strip(), masukan_min=str(ui.masukanMinSpin.value()),
                      deadline_days=str(ui.deadlineSpin.value()))
        language = ui.languageCombo.currentData()

        def saved(_office) -> None:
            if language != current_language():
                set_language(language)
                self.language_changed.emit()
        Op(self, lambda: office_service.update_office(self.db, self.actor, **fields),
           done=self.tr("Pengaturan disimpan."), failed=self.tr("Pengaturan tidak dapat disimpan."),
           changes=Changes(office=True)).success(saved).run()
