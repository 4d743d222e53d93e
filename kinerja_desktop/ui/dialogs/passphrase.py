"""Small dialogs of the Sinkronisasi pages: the passphrase, and the district's key creation."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from .base import Dialog


class PassphraseDialog(Dialog):
    """Asks the key's passphrase (twice, plus the office code, for a new key) and hands it to
    ``check`` off the GUI thread (a service: a new key, or a check of the passphrase); a refusal
    (wrong passphrase) is shown in the dialog. Once accepted, ``then(passphrase)`` runs on the
    GUI thread, to start the work the passphrase is for."""

    def __init__(self, check: Callable[..., object], *, then: Callable[[str], None] | None = None,
                 new_key: bool = False, office: str = "", changes=None, parent=None):
        super().__init__(parent)
        self.check, self.then, self.new_key, self.changes = check, then, new_key, changes
        self.setWindowTitle(self.tr("Buat kunci instansi") if new_key else self.tr("Frasa sandi kunci"))
        self.office = QLineEdit(office, placeholderText=self.tr("kode instansi, mis. 1201"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        passphrase = (self.tr("&Frasa sandi"), self.passphrase)
        if new_key:
            self.build_form([(self.tr("&Kode instansi"), self.office), passphrase, (self.tr("&Ulangi"), self.again)],
                            intro=self.tr("Kunci ini menandatangani setiap paket ke provinsi. Frasa sandinya "
                                          "tidak dapat dipulihkan: simpan di tempat aman."), ok=QDialogButtonBox.StandardButton.Ok)
        else:
            self.build_form([passphrase], ok=QDialogButtonBox.StandardButton.Ok)
        if then is not None:
            self.accepted.connect(lambda: self.then(self.accepted_passphrase))

    def _save(self) -> None:
        passphrase, office = self.passphrase.text(), self.office.text().strip()
        if self.new_key and self.again.text() != passphrase:
            self.errorLabel.setText(self.tr("Kedua frasa sandi tidak sama."))
            return
        self.accepted_passphrase = passphrase
        self.try_accept((lambda: self.check(office, passphrase)) if self.new_key else (lambda: self.check(passphrase)))
