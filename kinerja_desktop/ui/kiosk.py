"""The kiosk at a service counter (`kinerja-desktop --kiosk`): full screen, the nine questions of
the Survei Kepuasan Masyarakat one at a time with four large buttons, an optional comment, then,
if the visitor wants and the unit's officers have desk cards, the code on the desk and seven
questions about the officer who served them; thanks, and the next visitor. Nothing else of the
program is reachable; Ctrl+Shift+Q asks an operator's password to leave. A visitor who walks away
is forgotten after IDLE_MS."""

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from ..domain.berakhlak import core_values
from ..domain.skm import ANSWERS, ELEMENTS, QUESTIONS
from ..errors import UserError
from ..services import accounts, desk, skm
from ..services.context import Role
from .errors import user_message
from .ops import Op

THANKS_MS = 4000  # the thank-you screen, then the first question for the next visitor
IDLE_MS = 90_000  # a visitor gone mid-way: their unsent answers are dropped for the next one
WRONG_CODES = 3  # desk codes a visitor may mistype before the kiosk thanks them and moves on


class KioskWindow(QWidget):
    def __init__(self, db, actor, *, unit_id: int, unit: str, year: int):
        super().__init__()
        self.db, self.actor, self.unit_id, self.year = db, actor, unit_id, year
        self.unlocked, self.answers, self.done = False, [], 0
        self.mode, self.officer_code, self.wrong = "skm", "", 0
        self.has_desks = desk.kiosk_has_desks(db, actor, unit_id=unit_id)
        self.setWindowTitle(self.tr("Survei Kepuasan Masyarakat"))
        self.big, huge = QFont(), QFont()
        self.big.setPointSize(18)
        huge.setPointSize(24)
        self.title = QLabel(self.tr("Survei Kepuasan Masyarakat — {0}").format(unit), alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(self.big)
        self.stack = QStackedWidget()
        # one page for the questions: the text changes, the four buttons stay
        question = QWidget()
        layout = QVBoxLayout(question)
        self.progress = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.progress.setFont(self.big)
        self.question = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.question.setFont(huge)
        buttons = QHBoxLayout()
        self.choices = []
        for value in ANSWERS:
            button = self._button("", lambda _=False, v=value: self.answer(v))
            button.setMinimumSize(180, 140)
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
        self.ask_comment = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.ask_comment.setFont(self.big)
        self.comment = QLineEdit()
        self.comment.setFont(self.big)
        self.comment.setMaxLength(500)
        self.comment.textEdited.connect(self._touch)
        self.send = self._button(self.tr("Kirim"), self.submit)
        for widget in (self.ask_comment, self.comment, self.send):
            comment_layout.addWidget(widget)
        comment_layout.addStretch(1)
        self.thanks = QLabel(self.tr("Terima kasih atas penilaian Anda."), alignment=Qt.AlignmentFlag.AlignCenter)
        self.thanks.setFont(huge)
        for page in (question, comment_page, self._officer_page(), self.thanks):
            self.stack.addWidget(page)
        self.error = QLabel(styleSheet="color: #b00020;", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.error.setFont(self.big)
        root = QVBoxLayout(self)
        root.addWidget(self.title)
        root.addWidget(self.stack, 1)
        root.addWidget(self.error)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, activated=self.ask_to_leave)
        self.idle = QTimer(self, singleShot=True, interval=IDLE_MS, timeout=self.restart)
        self.restart()

    def _button(self, text: str, then) -> QPushButton:
        button = QPushButton(text)
        button.setFont(self.big)
        button.setMinimumHeight(90)
        button.clicked.connect(then)
        return button

    def _officer_page(self) -> QWidget:
        """The desk code on a number pad large enough for a finger, or skip."""
        page = QWidget()
        layout = QVBoxLayout(page)
        ask = QLabel(self.tr("Ingin menilai petugas yang melayani Anda? Ketik kode pada kartu di meja petugas."),
                     alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        ask.setFont(self.big)
        self.code = QLineEdit(alignment=Qt.AlignmentFlag.AlignCenter, maxLength=6)
        self.code.setValidator(QRegularExpressionValidator(r"[0-9]{0,6}", self.code))
        font = QFont()
        font.setPointSize(32)
        self.code.setFont(font)
        self.code.setMaximumWidth(360)
        self.code.textEdited.connect(self._touch)
        self.code.returnPressed.connect(self.choose_officer)
        pad = QGridLayout()
        self.keys = {}
        for n, key in enumerate("123456789"):
            self.keys[key] = self._button(key, lambda _=False, k=key: self._key(k))
            pad.addWidget(self.keys[key], n // 3, n % 3)
        self.keys["0"] = self._button("0", lambda _=False: self._key("0"))
        self.erase = self._button(self.tr("Hapus"), lambda _=False: self._key(None))
        self.go = self._button(self.tr("Lanjut"), self.choose_officer)
        for column, button in enumerate((self.erase, self.keys["0"], self.go)):
            pad.addWidget(button, 3, column)
        for button in self.keys.values():
            button.setMinimumSize(120, 80)
        self.skip = self._button(self.tr("Lewati, selesai"), self.finish)
        layout.addWidget(ask)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(pad)
        layout.addWidget(self.skip)
        return page

    def restart(self) -> None:
        self.idle.stop()
        self.mode, self.answers, self.officer_code, self.wrong = "skm", [], "", 0
        self.comment.clear()
        self.error.clear()
        for button, (value, label) in zip(self.choices, ANSWERS.items(), strict=True):
            button.setText(f"{value}\n{user_message(label)}")
        self._show_question()

    def _touch(self, *_) -> None:
        self.idle.start()

    def _questions(self) -> list:
        return list(ELEMENTS) if self.mode == "skm" else core_values()

    def _show_question(self) -> None:
        questions, n = self._questions(), len(self.answers)
        if self.mode == "skm":
            self.progress.setText(self.tr("Pertanyaan {0} dari {1}").format(n + 1, len(questions)))
            self.question.setText(user_message(QUESTIONS[questions[n]]))
        else:
            value = questions[n]
            self.progress.setText(self.tr("Petugas: {0} — pertanyaan {1} dari {2}").format(
                self.officer.nama, n + 1, len(questions)))
            self.question.setText("<b>{0}</b><br><span style='font-size:17pt'>{1}</span><br><br>{2}".format(
                escape(value.name), escape("; ".join(value.guides)),
                escape(self.tr("Seberapa sering petugas ini menunjukkan perilaku tersebut?"))))
        self.stack.setCurrentIndex(0)

    def answer(self, value: int) -> None:
        self._touch()
        self.answers.append(value)
        if len(self.answers) < len(self._questions()):
            self._show_question()
        else:
            self.ask_comment.setText(self.tr("Saran atau komentar (boleh dikosongkan):") if self.mode == "skm" else
                                     self.tr("Komentar untuk petugas ini (boleh dikosongkan):"))
            self.comment.clear()
            self.stack.setCurrentIndex(1)
            self.comment.setFocus()

    def submit(self) -> Op:
        values, comment, mode, code = tuple(self.answers), self.comment.text(), self.mode, self.officer_code

        def sent(_result) -> None:
            self.done += 1
            self.error.clear()
            if mode == "skm" and self.has_desks:
                self.code.clear()
                self.stack.setCurrentIndex(2)
                self._touch()
            else:
                self.finish()

        if mode == "skm":
            action = lambda: skm.record_skm_answer(self.db, self.actor, unit_id=self.unit_id, year=self.year,  # noqa: E731
                                                   values=values, comment=comment)
        else:
            action = lambda: desk.record_desk_answer(self.db, self.actor, unit_id=self.unit_id, code=code,  # noqa: E731
                                                     year=self.year, values=values, comment=comment)
        self.op = Op(self, action, failed=self.tr("Jawaban tidak dapat disimpan; mohon beri tahu petugas."))
        return self.op.refusals_in(self.error).success(sent).run()

    def _key(self, key: str | None) -> None:
        self._touch()
        text = self.code.text()
        self.code.setText(text[:-1] if key is None else (text + key)[:6])

    def choose_officer(self) -> None:
        """The desk code names an officer of this unit: their seven questions follow; a wrong code
        is said, and after WRONG_CODES of them the visitor is thanked."""
        self._touch()
        try:
            self.officer = desk.desk_officer(self.db, self.actor, unit_id=self.unit_id, code=self.code.text())
        except UserError as exc:
            self.wrong += 1
            if self.wrong >= WRONG_CODES:
                return self.finish()
            self.error.setText(user_message(exc))
            self.code.clear()
            return None
        self.error.clear()
        self.mode, self.answers, self.officer_code = "petugas", [], self.code.text()
        labels = (self.tr("Tidak pernah"), self.tr("Kadang-kadang"), self.tr("Sering"), self.tr("Selalu"))
        for value, (button, label) in enumerate(zip(self.choices, labels, strict=True), start=1):
            button.setText(f"{value}\n{label}")
        self._show_question()
        return None

    def finish(self) -> None:
        self.idle.stop()
        self.error.clear()
        self.stack.setCurrentWidget(self.thanks)
        QTimer.singleShot(THANKS_MS, self.restart)

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
