"""First start (the first operator account, optionally the demo district) and login.

Only Qt at module level: the login dialog is the first window a user sees, shown while the
database layer is still being imported and opened in the background (see startup.py)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from .base import Dialog
from ..forms.ui_login_dialog import Ui_LoginDialog


class FirstStartDialog(Dialog):
    """Creates the first operator; ``load_demo`` tells the caller whether to fill the demo."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        from ..forms.ui_first_start_dialog import Ui_FirstStartDialog  # it imports Qt: 12 ms before the login

        self.db = db
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self.ui.databaseLabel.setText(self.tr("Basis data: {0}").format(db.engine.url.database or db.url))
        from ...sync.province import is_province

        self.ui.demoCheck.setChecked(not is_province(db))  # a province holds no district of its own
        self.ui.demoCheck.setVisible(not is_province(db))
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
        from ...services import accounts

        username = self.ui.usernameEdit.text()
        self.try_accept(lambda: accounts.create_first_operator(self.db, username=username, password=password))


PAUSE_MS = 120  # a pause in typing this long starts the password check in the background


class LoginDialog(Dialog):
    """Asks for username and password; ``actor`` is set when accepted. Without a database yet
    (it is opening in the background) the user can type; a press of Masuk waits for
    ``set_database`` and then logs in."""

    def __init__(self, db=None, parent=None):
        super().__init__(parent)
        self.db, self.actor, self._waiting = None, None, False
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.ui.buttonBox.accepted.connect(self._login)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)  # typing stopped: check ahead
        self._pause.timeout.connect(self._prepare)
        for edit in (self.ui.usernameEdit, self.ui.passwordEdit):
            edit.textChanged.connect(lambda _: self._pause.start())
        if db is not None:
            from ...services.office import get_office

            self.set_database(db, get_office(db).name)
        else:
            self.ui.officeLabel.setText(self.tr("Membuka basis data…"))

    def set_database(self, db, office_name: str) -> None:
        self.db = db
        self.ui.officeLabel.setText(office_name)
        if self._waiting:
            self._waiting = False
            self.ui.buttonBox.setEnabled(True)
            self._login()
        else:
            self._prepare()

    def _prepare(self) -> None:
        """The password check worked out in the background while the user pauses, so Masuk
        takes its answer at once (services/passwords.py); nothing is shown or written."""
        username, password = self.ui.usernameEdit.text(), self.ui.passwordEdit.text()
        if self.db is None or self._waiting or not username.strip() or not password:
            return
        from ...services import accounts
        from ..ops import load

        db = self.db
        load(self, lambda: accounts.prepare_login(db, username=username, password=password),
             on_done=lambda _: None, on_error=lambda _exc: None)  # Masuk checks again and says what is wrong

    def _login(self) -> None:
        if self.db is None:
            self._waiting = True
            self.ui.buttonBox.setEnabled(False)
            return
        from ...services import accounts

        username, password = self.ui.usernameEdit.text(), self.ui.passwordEdit.text()

        def attempt():  # sets ``actor`` before accept() tells anyone the dialog finished
            self.actor = accounts.login(self.db, username=username, password=password)

        def refused(_exc) -> None:
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
        self.try_accept(attempt, on_refused=refused)
