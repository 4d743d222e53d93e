"""Small dialogs of the Sinkronisasi pages: the passphrase, and the district's key creation."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ...errors import UserError
from .base import Dialog, label_buttons


class PassphraseDialog(Dialog):
    """Asks the key's passphrase (twice, plus the office code, when ``office`` is given: a new
    key) and hands it to ``action``; a refusal (wrong passphrase) is shown in the dialog."""

    def __init__(self, action: Callable[..., object], *, new_key: bool = False, office: str = "", parent=None):
        super().__init__(parent)
        self.action, self.new_key = action, new_key
        self.setWindowTitle(self.tr("Buat kunci instansi") if new_key else self.tr("Frasa sandi kunci"))
        self.office = QLineEdit(office, placeholderText=self.tr("kode instansi, mis. 1201"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errorLabel = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        label_buttons(self.buttonBox)
        form = QFormLayout(self)
        if new_key:
            form.addRow(QLabel(self.tr("Kunci ini menandatangani setiap paket ke provinsi. Frasa sandinya "
                                       "tidak dapat dipulihkan: simpan di tempat aman."), wordWrap=True))
            form.addRow(self.tr("&Kode instansi"), self.office)
        form.addRow(self.tr("&Frasa sandi"), self.passphrase)
        if new_key:
            form.addRow(self.tr("&Ulangi"), self.again)
        form.addRow(self.errorLabel)
        form.addRow(self.buttonBox)
        self.ui = self
        self.buttonBox.accepted.connect(lambda: self.try_accept(self._run))
        self.buttonBox.rejected.connect(self.reject)

    def _run(self):
        if self.new_key and self.again.text() != self.passphrase.text():
            raise UserError(self.tr("Kedua frasa sandi tidak sama."))
        if self.new_key:
            return self.action(self.office.text().strip(), self.passphrase.text())
        return self.action(self.passphrase.text())
