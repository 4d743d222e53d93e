"""The kiosk at a service counter (`kinerja-desktop --kiosk`): full screen, the nine questions of
the Survei Kepuasan Masyarakat one at a time with four large buttons, an optional comment, thanks,
and the next visitor. Nothing else of the program is reachable; Ctrl+Shift+Q asks an operator's
password to leave."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from ..domain.skm import ANSWERS, ELEMENTS, QUESTIONS
from ..errors import UserError
from ..services import accounts, skm
from ..services.context import Role
from .errors import user_message
from .ops import Op

THANKS_MS = 4000  # the thank-you screen, then the first question for the next visitor


class KioskWindow(QWidget):
    def __init__(self, db, actor, *, unit_id: int, unit: str, year: int):
        super().__init__()
        self.db, self.actor, self.unit_id, self.year = db, actor, unit_id, year
        self.unlocked, self.answers, self.done = False, [], 0
        self.setWindowTitle(self.tr("Survei Kepuasan Masyarakat"))
        big, huge = QFont(), QFont()
        big.setPointSize(18)
        huge.setPointSize(24)
        self.title = QLabel(self.tr("Survei Kepuasan Masyarakat — {0}").format(unit), alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(big)
        self.stack = QStackedWidget()
        # one page for the questions: the text changes, the four buttons stay
        question = QWidget()
        layout = QVBoxLayout(question)
        self.progress = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.question = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.question.setFont(huge)
        buttons = QHBoxLayout()
        self.choices = []
        for value, label in ANSWERS.items():
            button = QPushButton(f"{value}\n{user_message(label)}")
            button.setFont(big)
            button.setMinimumSize(180, 140)
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
            buttons.addWidget(button)
            self.choices.append(button)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        # the comment, then send
        comment_page = QWidget()
        comment_layout = QVBoxLayout(comment_page)
        ask = QLabel(self.tr("Saran atau komentar (boleh dikosongkan):"), alignment=Qt.AlignmentFlag.AlignCenter)
        ask.setFont(big)
        self.comment = QLineEdit()
        self.comment.setFont(big)
        self.comment.setMaxLength(500)
        self.send = QPushButton(self.tr("Kirim"))
        self.send.setFont(big)
        self.send.setMinimumHeight(90)
        self.send.clicked.connect(self.submit)
        for widget in (ask, self.comment, self.send):
            comment_layout.addWidget(widget)
        comment_layout.addStretch(1)
        self.thanks = QLabel(self.tr("Terima kasih atas penilaian Anda."), alignment=Qt.AlignmentFlag.AlignCenter)
        self.thanks.setFont(huge)
        for page in (question, comment_page, self.thanks):
            self.stack.addWidget(page)
        self.error = QLabel(styleSheet="color: #b00020;", alignment=Qt.AlignmentFlag.AlignCenter)
        root = QVBoxLayout(self)
        root.addWidget(self.title)
        root.addWidget(self.stack, 1)
        root.addWidget(self.error)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, activated=self.ask_to_leave)
        self.restart()

    def restart(self) -> None:
        self.answers = []
        self.comment.clear()
        self.error.clear()
        self._show_question()

    def _show_question(self) -> None:
        code = list(ELEMENTS)[len(self.answers)]
        self.progress.setText(self.tr("Pertanyaan {0} dari {1}").format(len(self.answers) + 1, len(ELEMENTS)))
        self.question.setText(user_message(QUESTIONS[code]))
        self.stack.setCurrentIndex(0)

    def answer(self, value: int) -> None:
        self.answers.append(value)
        if len(self.answers) < len(ELEMENTS):
            self._show_question()
        else:
            self.stack.setCurrentIndex(1)
            self.comment.setFocus()

    def submit(self) -> Op:
        values, comment = tuple(self.answers), self.comment.text()

        def sent(_count) -> None:
            self.done += 1
            self.stack.setCurrentWidget(self.thanks)
            QTimer.singleShot(THANKS_MS, self.restart)

        self.op = Op(self, lambda: skm.record_skm_answer(self.db, self.actor, unit_id=self.unit_id, year=self.year,
                                                           values=values, comment=comment),
                     failed=self.tr("Jawaban tidak dapat disimpan; mohon beri tahu petugas."))
        return self.op.refusals_in(self.error).success(sent).run()

    def ask_to_leave(self) -> "LeaveDialog":
        self.leave_dialog = LeaveDialog(self.db, self)
        self.leave_dialog.accepted.connect(self._leave)
        self.leave_dialog.open()
        return self.leave_dialog

    def _leave(self) -> None:
        self.unlocked = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.unlocked:
            event.accept()
        else:
            event.ignore()  # Alt+F4 or a stray click does not end the kiosk


class LeaveDialog(QDialog):
    """Only an operator's password ends the kiosk."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setModal(True)
        self.setWindowTitle(self.tr("Keluar dari kios"))
        self.username = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errorLabel = QLabel(styleSheet="color: #b00020;", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Pengguna operator"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.errorLabel)
        form.addRow(buttons)

    def check(self) -> None:
        try:
            actor = accounts.login(self.db, username=self.username.text(), password=self.password.text())
        except UserError as exc:  # a wrong password waits longer each time; the kiosk stays
            self.errorLabel.setText(user_message(exc))
            return
        if actor.role is not Role.OPERATOR:
            self.errorLabel.setText(self.tr("Hanya operator yang dapat menutup kios."))
            return
        self.accept()
