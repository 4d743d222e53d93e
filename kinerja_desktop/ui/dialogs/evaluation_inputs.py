"""Adding a self, peer or public input to an evaluation."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QLineEdit, QPlainTextEdit,
)

from ...services import evaluation as ev
from ...services.context import Actor
from ...store.db import Database
from ..ops import Changes
from ..widgets.counter import count_characters
from .base import Dialog

SOURCES = (("self", "Penilaian diri"), ("peer", "Rekan kerja"), ("public", "Pengguna layanan"))


class FeedbackInputDialog(Dialog):
    changes = Changes(evaluation=True)
    def __init__(self, db: Database, actor: Actor, evaluation_id: int, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.evaluation_id = db, actor, evaluation_id
        self.setWindowTitle(self.tr("Tambah masukan"))
        self.source = QComboBox()
        for code, label in SOURCES:
            self.source.addItem(self.tr(label), code)
        self.author = QLineEdit(placeholderText=self.tr("nama atau keterangan (boleh kosong)"))
        self.text = QPlainTextEdit(tabChangesFocus=True)
        count_characters(self.text, "masukan")
        self.build_form([(self.tr("&Sumber"), self.source), (self.tr("&Dari"), self.author),
                         (self.tr("&Masukan"), self.text)])

    def _save(self) -> None:
        fields = dict(evaluation_id=self.evaluation_id, source=self.source.currentData(), author=self.author.text(),
                      text=self.text.toPlainText())
        self.try_accept(lambda: ev.add_feedback_input(self.db, self.actor, **fields))


class ObjectionDialog(Dialog):
    """Filing a keberatan on a final evaluation: when the result was received, and why."""

    changes = Changes(objection=True, evaluation=True)

    def __init__(self, db: Database, actor: Actor, evaluation_id: int, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.evaluation_id = db, actor, evaluation_id
        self.setWindowTitle(self.tr("Ajukan keberatan"))
        self.received = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.reason = QPlainTextEdit(tabChangesFocus=True)
        count_characters(self.reason, "alasan")
        self.build_form([(self.tr("Hasil &diterima tanggal"), self.received), (self.tr("&Alasan"), self.reason)],
                        intro=self.tr("Keberatan diajukan kepada atasan pejabat penilai paling lambat 14 hari "
                                      "setelah hasil evaluasi diterima."))

    def _save(self) -> None:
        fields = dict(evaluation_id=self.evaluation_id, reason=self.reason.toPlainText(),
                      received_on=self.received.date().toPython())
        self.try_accept(lambda: ev.file_objection(self.db, self.actor, **fields))
