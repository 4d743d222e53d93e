"""First start (the first operator account, optionally the demo district) and login."""

from PySide6.QtWidgets import QDialogButtonBox

from ..services import accounts
from ..services.context import Actor
from ..services.office import get_office
from ..store.db import Database
from .dialog_base import Dialog, label_buttons
from .forms.ui_first_start_dialog import Ui_FirstStartDialog
from .forms.ui_login_dialog import Ui_LoginDialog


class FirstStartDialog(Dialog):
    """Creates the first operator; ``load_demo`` tells the caller whether to fill the demo."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self.ui.databaseLabel.setText(self.tr("Basis data: {0}").format(db.engine.url.database or db.url))
        self.ui.demoCheck.setChecked(True)
        label_buttons(self.ui.buttonBox)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat akun"))
        self.ui.buttonBox.accepted.connect(self._create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passwordEdit.setFocus()

    @property
    def load_demo(self) -> bool:
        return self.ui.demoCheck.isChecked()

    def _create(self) -> None:
        password = self.ui.passwordEdit.text()
        if password != self.ui.repeatEdit.text():
            self.ui.errorLabel.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        self.try_accept(lambda: accounts.create_first_operator(
            self.db, username=self.ui.usernameEdit.text(), password=password))


class LoginDialog(Dialog):
    """Asks for username and password; ``actor`` is set when accepted."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.officeLabel.setText(get_office(db).name)
        label_buttons(self.ui.buttonBox)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.ui.buttonBox.accepted.connect(self._login)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _login(self) -> None:
        if self.try_accept(lambda: accounts.login(self.db, username=self.ui.usernameEdit.text(),
                                                  password=self.ui.passwordEdit.text())):
            self.actor: Actor | None = self.result_value
            return
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()
