"""Pengguna: the operator adds accounts (a penilai linked to their NIP) and disables them."""

from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...services import accounts
from ...services.context import Actor, Role
from ...store.db import Database
from ..dialogs.base import Dialog, label_buttons
from ..ops import Changes, Op
from ..roles import ROLE_NAMES
from ..models.rows import RowsModel


class UserDialog(Dialog):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Tambah pengguna"))
        self.username = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(self.tr(ROLE_NAMES[role]), role.value)
        self.nip = QLineEdit(placeholderText=self.tr("wajib untuk penilai, mis. 19860926 201505 1 001"))
        self.errorLabel = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        label_buttons(self.buttonBox)
        form = QFormLayout(self)
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("&Kata sandi"), self.password)
        form.addRow(self.tr("&Peran"), self.role)
        form.addRow(self.tr("NIP &pegawai"), self.nip)
        form.addRow(self.errorLabel)
        form.addRow(self.buttonBox)
        self.ui = self
        self.buttonBox.accepted.connect(lambda: self.try_accept(lambda: accounts.create_user(
            self.db, self.actor, username=self.username.text(), password=self.password.text(),
            role=self.role.currentData(), nip=self.nip.text().strip() or None)))
        self.buttonBox.rejected.connect(self.reject)


class UsersPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.model = RowsModel([(self.tr("Nama pengguna"), lambda r: r.user.username),
                                (self.tr("Peran"), lambda r: self.tr(ROLE_NAMES[Role(r.user.role)])),
                                (self.tr("Pegawai"), "employee"),
                                (self.tr("Status"), lambda r: self.tr("aktif") if r.user.active else self.tr("nonaktif"))], self)
        self.table = QTableView(alternatingRowColors=True, selectionBehavior=QTableView.SelectionBehavior.SelectRows)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add, toggle = QPushButton(self.tr("&Tambah pengguna…")), QPushButton(self.tr("Aktifkan/&nonaktifkan"))
        add.clicked.connect(self.add_user)
        toggle.clicked.connect(self.toggle_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(toggle)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Pengguna</h2>")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def title(self) -> str:
        return self.tr("Pengguna")

    def refresh(self) -> None:
        self.model.set_rows(accounts.list_users(self.db, self.actor))

    def add_user(self) -> None:
        self.dialog = UserDialog(self.db, self.actor, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def toggle_selected(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        user = self.model.rows[row].user
        Op(self, lambda: accounts.set_active(self.db, self.actor, user_id=user.id, active=not user.active),
           failed=self.tr("Status pengguna tidak dapat diubah."), changes=Changes(users=True)).run()
