"""Pengguna: the operator adds accounts (a penilai linked to their NIP) and disables them."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...services import accounts
from ...services.context import Actor, Role
from ...store.db import Database
from ..dialogs.users import PasswordDialog, UserDialog
from ..ops import Changes, Op
from ..roles import role_name
from ..models.rows import RowsModel, set_rows_keeping_selection


class UsersPage(QWidget):
    REDRAW_ON = ("users", "employees")  # what an action changed that this page shows (ops.Changes)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.model = RowsModel([(self.tr("Nama pengguna"), lambda r: r.user.username),
                                (self.tr("Peran"), lambda r: role_name(Role(r.user.role))),
                                (self.tr("Pegawai"), "employee"),
                                (self.tr("Status"), lambda r: self.tr("aktif") if r.user.active else self.tr("nonaktif"))], self)
        self.table = QTableView(alternatingRowColors=True, selectionBehavior=QTableView.SelectionBehavior.SelectRows)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Tambah pengguna…"), self.add_user), (self.tr("Ubah &peran…"), self.change_role),
                           (self.tr("Atur ulang &kata sandi…"), self.reset_password),
                           (self.tr("Aktifkan/&nonaktifkan"), self.toggle_selected)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Pengguna</h2>")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("UsersPage", "Pengguna")

    def refresh(self) -> None:
        set_rows_keeping_selection(self.table, self.model, accounts.list_users(self.db, self.actor),
                                   lambda row: row.user.id)

    def add_user(self) -> None:
        self.dialog = UserDialog(self.db, self.actor, parent=self)
        self.dialog.open()

    def _selected(self):
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            return self.model.rows[row]
        self.window().statusBar().showMessage(self.tr("Pilih pengguna di tabel dahulu."), 5000)
        return None

    def change_role(self) -> None:
        if (row := self._selected()) is not None:
            self.dialog = UserDialog(self.db, self.actor, row.user, linked_nip=row.nip, parent=self)
            self.dialog.open()

    def reset_password(self) -> None:
        if (row := self._selected()) is not None:
            self.dialog = PasswordDialog(self.db, self.actor, row.user, parent=self)
            self.dialog.open()

    def toggle_selected(self) -> None:
        if (row := self._selected()) is None:
            return
        user = row.user
        Op(self, lambda: accounts.set_active(self.db, self.actor, user_id=user.id, active=not user.active),
           failed=self.tr("Status pengguna tidak dapat diubah."), changes=Changes(users=True)).run()
