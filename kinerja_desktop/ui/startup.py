"""From launch to the main window: database, first operator (and demo), login.

The login dialog shows at once; SQLAlchemy and the services are imported and the database opened
(and migrated) in the background, then the main window's modules, while the user types. Only
Qt is imported here at module level. Every dialog is opened with ``open()`` and answered through
callbacks, so no nested event loop runs while work goes on in the background."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .dialogs.start import FirstStartDialog, LoginDialog
from .errors import show_error
from .ops import EVERYTHING, Op, load



@dataclass(frozen=True)
class Opened:
    db: object
    has_users: bool
    office_name: str


def open_in_background(target: str) -> Opened:
    """Runs on a worker thread: open the database (a login can go ahead once it is open)."""
    from ..services import accounts
    from ..services.office import get_office
    from ..store.migrate import open_checked

    db = open_checked(target)
    return Opened(db, accounts.has_users(db), get_office(db).name)


def warm_window() -> None:
    """Runs on a worker thread after the database is open: import what the main window and its
    pages need, so the window appears at once after Masuk."""
    from .main_window import warm_imports

    warm_imports()


def is_database(target: str) -> bool:
    return "://" in target or Path(target).exists()


def choose_database_file(parent, folder: str) -> str:
    """The file dialog for another database; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, QApplication.translate("Startup", "Buka basis data"), folder,
                                          QApplication.translate("Startup", "Basis data Kinerja (*.sqlite3 *.db)"))
    return path


class Startup:
    """Drives the start-up dialogs; ``on_ready(db, actor)`` receives the logged-in session,
    ``on_quit()`` is called when the user leaves before that."""

    def __init__(self, target: str, on_ready, on_quit, *, db=None):
        self.target, self.on_ready, self.on_quit = target, on_ready, on_quit
        self.db, self.login, self.first_start, self.demo = db, None, None, None
        self._owner = QObject()  # keeps the background job's signals alive

    def start(self) -> None:
        if is_database(self.target):
            return self._open(self.target)
        box = QMessageBox(QMessageBox.Icon.Question, "Kinerja Desktop",
                          QApplication.translate("Startup", "Belum ada basis data di\n{0}\n\nBuat basis data baru di sana?").format(self.target))
        create = box.addButton(QApplication.translate("Startup", "Buat baru"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(QApplication.translate("Startup", "Buka berkas lain…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QApplication.translate("Startup", "Keluar"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._chosen(button, create, other))
        self.question = box
        box.open()

    def _chosen(self, button, create, other) -> None:
        if button is create:
            return self._open(self.target)
        if button is other:
            path = choose_database_file(None, str(Path(self.target).parent))
            if path:
                return self._open(path)
        self.on_quit()

    def relogin(self) -> None:
        """Another user on the same open database (Ganti pengguna)."""
        self._show_login()

    def _open(self, target: str) -> None:
        def begin() -> None:
            load(self._owner, lambda: open_in_background(target), on_done=self._opened,
                 on_error=lambda exc: self._failed(target, exc))

        if not is_database(target):
            return begin()
        self.login = LoginDialog()  # an existing database: most likely someone logs in
        self.login.finished.connect(self._login_finished)
        self.login.open()
        QTimer.singleShot(0, begin)  # after the dialog is drawn: the imports behind it hold the GIL

    def _failed(self, target: str, exc: BaseException) -> None:
        """Nothing to work on: say why, and stop when the message is closed."""
        self._close_login()
        self.error_box = show_error(None, QApplication.translate("Startup", "Basis data '{0}' tidak dapat dibuka.").format(target), exc)
        self.error_box.finished.connect(lambda _: self.on_quit())

    def _opened(self, opened: Opened) -> None:
        self.db = opened.db
        load(self._owner, warm_window, on_done=lambda _: None,  # a failing import fails again, and is
             on_error=lambda _exc: None)  # shown, when the window is built
        if opened.has_users and self.login is not None:
            return self.login.set_database(opened.db, opened.office_name)
        self._close_login()
        if opened.has_users:
            return self._show_login()
        self.first_start = FirstStartDialog(self.db)
        self.first_start.finished.connect(self._first_start_done)
        self.first_start.open()

    def _close_login(self) -> None:
        if self.login is not None:
            self.login.finished.disconnect(self._login_finished)
            self.login.close()
            self.login = None

    def _login_finished(self, result: int) -> None:
        if result and self.login.actor is not None:
            return self.on_ready(self.db, self.login.actor)
        self.on_quit()

    def _first_start_done(self, result: int) -> None:
        dialog, self.first_start = self.first_start, None
        if not result:
            return self.on_quit()
        if not dialog.load_demo:
            return self._show_login()
        self.demo = load_demo(None, self.db, on_end=self._show_login)

    def _show_login(self) -> None:
        self.login = LoginDialog(self.db)
        self.login.finished.connect(self._login_finished)
        self.login.open()


def load_demo(parent, db, *, on_end=lambda: None) -> Op:
    """The demo district behind a progress dialog that can be cancelled (then nothing of it is
    written); ``on_end`` runs whether it was made, cancelled or refused."""
    from ..services.context import Actor
    from ..services.demo import generate_demo

    return Op(parent, lambda progress: generate_demo(db, Actor("desktop"), progress=progress),
              progress=QApplication.translate("Startup", "Menyusun kabupaten contoh…"), failed=QApplication.translate("Startup", "Kabupaten contoh tidak dapat dibuat."),
              done=QApplication.translate("Startup", "Kabupaten contoh dimuat."), changes=EVERYTHING, at_once=True).success(lambda _: on_end()).failure(
        lambda _exc: on_end()).run()
