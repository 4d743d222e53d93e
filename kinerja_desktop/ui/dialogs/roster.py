"""Roster import from the window: a preview of what would change and which rows are rejected."""

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from ...domain.numbers import format_number
from ...services.context import Actor
from ...services.roster import RosterImportResult, import_roster
from ...store.db import Database
from .base import Dialog
from ..errors import user_message
from ..i18n import current_language
from ..models.rows import RowsModel, grouped_nip
from ..ops import Changes, Op


class RosterImportDialog(Dialog):
    """Shows the preview of ``path``; on OK imports the good rows in the background."""

    def __init__(self, db: Database, actor: Actor, path: Path, preview: RosterImportResult, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.path, self.imported = db, actor, path, None
        self.setWindowTitle(self.tr("Impor daftar pegawai — {0}").format(path.name))
        self.resize(860, 520)
        summary = self.tr("{0} pegawai baru, {1} diperbarui, {2} tidak berubah, {3} unit kerja baru.").format(
            preview.created, preview.updated, preview.unchanged, preview.units_created)
        rejected = preview.rejected_count
        if rejected:
            summary += " " + self.tr("{0} baris ditolak dan tidak akan diimpor:").format(format_number(rejected, current_language()))
        if rejected > len(preview.rejected):
            summary += " " + self.tr("(tabel memuat {0} yang pertama)").format(format_number(len(preview.rejected), current_language()))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary, wordWrap=True))
        self.model = RowsModel([(self.tr("Baris"), "row"), (self.tr("NIP"), lambda r: grouped_nip(r.nip)), (self.tr("Nama"), "nama"),
                                (self.tr("Alasan"), lambda r: user_message(r.reason))], self)
        self.model.set_rows(preview.rejected)
        table = QTableView(alternatingRowColors=True, wordWrap=True)
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setVisible(bool(rejected))
        layout.addWidget(table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        good = preview.created + preview.updated
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Impor {0} baris yang benar").format(good) if rejected else self.tr("Impor"))
        ok.setEnabled(good > 0 or preview.units_created > 0)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _import(self) -> None:
        path = self.path
        self._task = Op(self, lambda progress: import_roster(self.db, self.actor, path, skip_invalid=True),
                        progress=self.tr("Mengimpor daftar pegawai…"), failed=self.tr("Impor gagal."),
                        changes=Changes(employees=True, units=True)).success(self._done).run()

    def _done(self, result: RosterImportResult) -> None:
        self.imported = result
        self.accept()
