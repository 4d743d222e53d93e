"""Typing paper questionnaires in fast, keyboard only: the code, seven digits 1-4 (each moves to
the next field), an optional comment, Enter. The dialog stays open for the next form."""

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from ...domain.berakhlak import core_values
from ...services import masukan
from ..ops import Changes, Op
from .base import Dialog


class MasukanEntryDialog(Dialog):
    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.saved = db, actor, 0
        self.setWindowTitle(self.tr("Ketik jawaban kuesioner"))
        self.code = QLineEdit(placeholderText=self.tr("mis. K7QX-M4RP"), maxLength=9)
        digit = QRegularExpressionValidator(QRegularExpression("[1-4]"))
        self.values = []
        for value in core_values():
            edit = QLineEdit(maxLength=1, maximumWidth=48, alignment=Qt.AlignmentFlag.AlignCenter)
            edit.setValidator(digit)
            edit.setAccessibleName(value.name)
            self.values.append((value.name, edit))
        for (_, edit), (_, following) in zip(self.values, self.values[1:] + [("", None)]):
            edit.textEdited.connect(lambda text, nxt=following: nxt.setFocus() if text and nxt else None)
        self.comment = QLineEdit()
        self.doneLabel = QLabel(wordWrap=True)
        rows = [(self.tr("&Kode"), self.code)] + [(name, edit) for name, edit in self.values]
        rows += [(self.tr("K&omentar"), self.comment), self.doneLabel]
        self.build_form(rows, intro=self.tr("1 Tidak pernah · 2 Kadang-kadang · 3 Sering · 4 Selalu. Tekan Enter untuk "
                                            "menyimpan; kolom dikosongkan untuk kuesioner berikutnya."),
                        ok=QDialogButtonBox.StandardButton.Save)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Selesai"))
        self.values[-1][1].textEdited.connect(lambda text: self.comment.setFocus() if text else None)
        self.code.returnPressed.connect(lambda: self.values[0][1].setFocus())

    def _save(self) -> Op:
        values = tuple(int(e.text()) if e.text() else 0 for _, e in self.values)
        code, comment = self.code.text(), self.comment.text()
        self.errorLabel.setText("")

        def saved(subject) -> None:
            self.saved += 1
            self.doneLabel.setText(self.tr("Tersimpan ({0}): kuesioner tentang {1}.").format(self.saved, subject.nama))
            for widget in (self.code, self.comment, *(e for _, e in self.values)):
                widget.clear()
            self.code.setFocus()

        self.op = Op(self, lambda: masukan.record_answer(self.db, self.actor, code=code, values=values, comment=comment),
                     failed=self.tr("Jawaban tidak dapat disimpan."), changes=Changes(evaluation=True))
        return self.op.refusals_in(self.errorLabel).success(saved).run()
