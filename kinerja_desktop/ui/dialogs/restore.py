"""Berkas > Pulihkan…: the backups with their dates and what they hold; restoring one is checked
by the service first (services/maintenance.restore) and ends in a fresh login."""

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout

from ...services import auto_backup, maintenance
from ...services.context import Actor
from ...store.db import Database
from ..i18n import locale
from ..models.rows import RowsModel, rows_table
from ..ops import EVERYTHING, Op, load
from ..widgets.confirm import confirm
from ..widgets.screen import fit_to_screen
from .base import Dialog


class RestoreDialog(Dialog):
    """Emits ``accepted`` once a backup replaced the database (the caller logs in again)."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Pulihkan basis data"))
        numbers = locale()
        self.model = RowsModel([
            (self.tr("Diambil"), lambda r: numbers.toString(r.taken_at, "dd MMMM yyyy HH:mm")),
            (self.tr("Jenis"), lambda r: self.tr("otomatis") if r.automatic else self.tr("manual")),
            (self.tr("Pegawai"), lambda r: "?" if r.employees is None else numbers.toString(r.employees)),
            (self.tr("Evaluasi"), lambda r: "?" if r.evaluations is None else numbers.toString(r.evaluations)),
            (self.tr("Ukuran"), lambda r: numbers.formattedDataSize(r.size)),
            (self.tr("Berkas"), lambda r: r.path.name)], self)
        self.table = rows_table(self.model)
        self.restore_button = QPushButton(self.tr("&Pulihkan yang dipilih…"))
        self.other_button = QPushButton(self.tr("Pilih &berkas lain…"))
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttonBox.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttonBox.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._restore_other)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Cadangan otomatis diambil saat program ditutup dan sekali sehari selama terbuka (disimpan 7 harian, "
            "4 mingguan, 12 bulanan). Cadangan diperiksa dahulu sebelum menggantikan basis data; basis data yang "
            "sekarang disalin ke folder cadangan sebelum diganti."), wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttonBox)
        fit_to_screen(self, 860, 520)
        load(self, lambda: auto_backup.list_backups(db), on_done=self._listed, on_error=lambda exc: None)

    def _listed(self, rows) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)

    def _restore_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.ask(self.model.rows[index.row()].path)

    def _restore_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Cadangan basis data"), "",
                                              self.tr("Basis data Kinerja (*.sqlite3 *.db)"))
        if path:
            self.ask(Path(path))

    def ask(self, path: Path) -> None:
        self.confirm_box = confirm(self, self.tr("Pulihkan basis data"), self.tr(
            "Semua yang dicatat sesudah cadangan <b>{0}</b> diambil akan diganti isi cadangan itu (basis data "
            "sekarang disalin dahulu ke folder cadangan). Setelah itu semua pengguna masuk lagi. Pulihkan?").format(
            path.name), lambda: self.restore(path))

    def restore(self, path: Path) -> Op:
        return Op(self, lambda progress: maintenance.restore(self.db, self.actor, path),
                  progress=self.tr("Memeriksa dan memulihkan {0}…").format(path.name),
                  failed=self.tr("Cadangan tidak dipulihkan."), changes=EVERYTHING).success(
            lambda _safety: self.accept()).run()
