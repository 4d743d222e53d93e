"""Accounts: adding one, changing its role, and resetting its password (the operator's)."""

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from ...services import accounts
from ...services.context import Actor, Role
from ...services.employees import list_employees
from ...store.db import Database
from ..ops import Changes, load
from ..roles import role_name
from ..widgets.employee_picker import EmployeePicker
from .base import Dialog, grow_to_fit

ROLES_LEAST_FIRST = (Role.VIEWER, Role.PENILAI, Role.OPERATOR)  # a new account starts on the least powerful


def _password(placeholder: str = "") -> QLineEdit:
    return QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=placeholder)


class UserDialog(Dialog):
    """Add an account (``user`` None), or change an account's role and linked employee."""

    changes = Changes(users=True)

    def __init__(self, db: Database, actor: Actor, user=None, *, linked_nip: str | None = None, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.user = db, actor, user
        self.setWindowTitle(self.tr("Ubah peran — {0}").format(user.username) if user else self.tr("Tambah pengguna"))
        self.setMinimumWidth(520)
        self.username = QLineEdit(user.username if user else "", readOnly=user is not None)
        self.password, self.repeat = _password(), _password(self.tr("ketik sekali lagi"))
        self.role = QComboBox()
        for role in ROLES_LEAST_FIRST:
            self.role.addItem(role_name(role), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)) if user else 0)
        self.employee = EmployeePicker()
        self.help = QLabel(wordWrap=True, styleSheet="color: #555;")
        passwords = [(self.tr("&Kata sandi"), self.password), (self.tr("&Ulangi kata sandi"), self.repeat)]
        self.build_form([(self.tr("&Nama pengguna"), self.username), *(passwords if user is None else []),
                         (self.tr("&Peran"), self.role), (self.tr("P&egawai"), self.employee), self.help])
        self.role.currentIndexChanged.connect(lambda _: self._explain())
        self._explain()
        year = date.today().year
        load(self, lambda: list_employees(db, actor, year=year), on_done=lambda rows: self._employees(rows, linked_nip),
             on_error=lambda exc: self.errorLabel.setText(str(exc)))

    def _employees(self, rows, linked_nip: str | None) -> None:
        self.employee.set_employees(rows)
        if linked_nip:
            self.employee.choose(linked_nip)

    def _explain(self) -> None:
        texts = {Role.VIEWER.value: self.tr("Pengamat melihat semua data tetapi tidak mengubah apa pun."),
                 Role.PENILAI.value: self.tr("Penilai menilai bawahan langsungnya saja: pilih pegawai pemilik akun."),
                 Role.OPERATOR.value: self.tr("Operator mengelola pegawai, unit kerja, pengguna dan pengaturan.")}
        self.help.setText(texts[self.role.currentData()])
        self.employee.setEnabled(self.role.currentData() != Role.OPERATOR.value)

    def show_refusal(self, text: str) -> None:
        self.errorLabel.setText(text)
        grow_to_fit(self)

    def _save(self) -> None:
        role, nip = self.role.currentData(), self.employee.nip if self.employee.isEnabled() else None
        if self.employee.text().strip() and nip is None and self.employee.isEnabled():
            return self.show_refusal(self.tr("Pilih pegawai dari daftar yang muncul saat mengetik."))
        if self.user is not None:
            user_id = self.user.id
            return self.try_accept(lambda: accounts.change_role(self.db, self.actor, user_id=user_id, role=role, nip=nip))
        password = self.password.text()
        if password != self.repeat.text():
            return self.show_refusal(self.tr("Kedua kata sandi tidak sama."))
        username = self.username.text()
        self.try_accept(lambda: accounts.create_user(self.db, self.actor, username=username, password=password,
                                                     role=role, nip=nip))


class PasswordDialog(Dialog):
    """The operator gives an account a new password, typed twice."""

    changes = Changes(users=True)

    def __init__(self, db: Database, actor: Actor, user, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.user = db, actor, user
        self.setWindowTitle(self.tr("Atur ulang kata sandi — {0}").format(user.username))
        self.setMinimumWidth(440)
        self.password, self.repeat = _password(), _password(self.tr("ketik sekali lagi"))
        self.build_form([(self.tr("Kata sandi &baru"), self.password), (self.tr("&Ulangi kata sandi"), self.repeat)],
                        intro=self.tr("Sampaikan kata sandi baru kepada pemilik akun secara langsung."))

    def _save(self) -> None:
        password, user_id = self.password.text(), self.user.id
        if password != self.repeat.text():
            self.errorLabel.setText(self.tr("Kedua kata sandi tidak sama."))
            grow_to_fit(self)
            return
        self.try_accept(lambda: accounts.reset_password(self.db, self.actor, user_id=user_id, password=password))
