"""Deciding one conflict: keep the copy held here or take the sender's, with a reason that is
recorded. At the province the sender is a district, told in the next reference file; at a hub it
is a sub-office, which receives the outcome in its next slice."""

from PySide6.QtWidgets import QPlainTextEdit

from ...services.context import Actor
from ...store.db import Database
from ...sync import conflicts
from ..ops import Changes
from .base import Dialog


class DecideDialog(Dialog):
    changes = Changes(sync=True)

    def __init__(self, db: Database, actor: Actor, row: conflicts.ConflictRow, *, take: bool, hub: bool = False,
                 parent=None):
        super().__init__(parent)
        self.db, self.actor, self.row, self.take = db, actor, row, take
        if hub:
            self._hub_texts(row, take)
            return
        self.setWindowTitle(self.tr("Ambil milik kabupaten/kota") if take else self.tr("Pertahankan milik provinsi"))
        self.setMinimumWidth(520)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("mis. NIP ini sudah mutasi ke kabupaten lain sejak Maret (SK nomor …)"))
        intro = (self.tr("Rekaman {0} {1} dari {2} (versi {3}) <b>diterapkan</b> dan menggantikan salinan provinsi.")
                 if take else
                 self.tr("Rekaman {0} {1} dari {2} (versi {3}) <b>tidak diterapkan</b>; salinan provinsi tetap. "
                         "Perubahan berikutnya dari kabupaten/kota atas rekaman ini akan diterima.")).format(
            row.kind, row.uuid[:8], row.office, row.version)
        self.build_form([(self.tr("Alasan:"), self.note)], intro=intro + "<br>" + self.tr(
            "Keputusan tidak dapat diubah. Alasannya dicatat di log audit dan dikirim ke kabupaten/kota di data "
            "referensi berikutnya."))

    def _hub_texts(self, row: conflicts.ConflictRow, take: bool) -> None:
        self.setWindowTitle(self.tr("Ambil milik sub-instansi") if take else self.tr("Pertahankan milik hub"))
        self.setMinimumWidth(520)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("mis. koreksi nama sesuai SK terbaru yang dikirim sekolah"))
        intro = (self.tr("Rekaman {0} {1} dari sub-instansi {2} <b>diterapkan</b> di basis data hub.") if take else
                 self.tr("Rekaman {0} {1} dari sub-instansi {2} <b>tidak diterapkan</b>; data hub tetap.")).format(
            row.kind, row.uuid[:8], row.office)
        self.build_form([(self.tr("Alasan:"), self.note)], intro=intro + "<br>" + self.tr(
            "Keputusan tidak dapat diubah. Alasannya dicatat di log audit; sub-instansi menerima data hub di irisan "
            "berikutnya."))

    def _save(self) -> None:
        self.try_accept(lambda: conflicts.decide(self.db, self.actor, self.row.id, take=self.take,
                                                 note=self.note.toPlainText()))
