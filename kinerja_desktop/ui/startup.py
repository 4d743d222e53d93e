"""From launch to the main window: database, first operator (and demo), login.

The login dialog shows at once; SQLAlchemy, the services and the main window's modules are
imported, and the database opened (and migrated), in the background while the user types. Only
Qt is imported here at module level."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .errors import show_error
from .dialogs.start import FirstStartDialog, LoginDialog
from .ops import run_quiet, run_task


@dataclass(frozen=True)
class Opened:
    db: object
    has_users: bool
    office_name: str


def open_in_background(target: str) -> Opened:
    """Runs on a worker thread: open the database, then warm the imports of the main window."""
    from ..services import accounts
    from ..services.office import get_office
    from ..store.migrate import open_checked

    db = open_checked(target)
    opened = Opened(db, accounts.has_users(db), get_office(db).name)
    import kinerja_desktop.ui.main_window  # noqa: F401 - imported now, so the window appears at once after login

    return opened


class Startup:
    """Drives the start-up dialogs; ``on_ready(db, actor)`` receives the logged-in session."""

    def __init__(self, target: str, on_ready, on_quit):
        self.target, self.on_ready, self.on_quit = target, on_ready, on_quit
        self.db, self.login = None, None
        self._owner = QObject()  # keeps the background job's signals alive

    def start(self) -> None:
        target = self._choose_database()
        if target is None:
            return self.on_quit()
        if "://" in target or Path(target).exists():  # an existing database: most likely someone logs in
            self.login = LoginDialog()
            self.login.finished.connect(self._login_finished)
            self.login.open()
        run_quiet(self._owner, lambda: open_in_background(target), on_done=self._opened,
                  on_error=lambda exc: self._failed(target, exc))

    def _failed(self, target: str, exc: BaseException) -> None:
        """Nothing to work on: say why, and stop when the message is closed."""
        self._close_login()
        self.error_box = show_error(None, QMessageBox.tr("Basis data '{0}' tidak dapat dibuka.").format(target), exc)
        self.error_box.finished.connect(lambda _: self.on_quit())

    def _opened(self, opened: Opened) -> None:
        self.db = opened.db
        if opened.has_users and self.login is not None:
            return self.login.set_database(opened.db, opened.office_name)
        self._close_login()
        self._accounts(opened.has_users)

    def _close_login(self) -> None:
        if self.login is not None:
            self.login.finished.disconnect(self._login_finished)
            self.login.close()
            self.login = None

    def _login_finished(self, result: int) -> None:
        if result and self.login.actor is not None:
            return self.on_ready(self.db, self.login.actor)
        self.on_quit()

    def _choose_database(self) -> str | None:
        if "://" in self.target or Path(self.target).exists():
            return self.target
        box = QMessageBox(QMessageBox.Icon.Question, "Kinerja Desktop",
                          QMessageBox.tr("Belum ada basis data di\n{0}\n\nBuat basis data baru di sana?").format(self.target))
        create = box.addButton(QMessageBox.tr("Buat baru"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(QMessageBox.tr("Buka berkas lain…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.tr("Keluar"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is create:
            return self.target
        if box.clickedButton() is other:
            path, _ = QFileDialog.getOpenFileName(None, QMessageBox.tr("Buka basis data"), str(Path(self.target).parent),
                                                  QMessageBox.tr("Basis data Kinerja (*.sqlite3 *.db)"))
            return path or None
        return None

    def _accounts(self, has_users: bool) -> None:
        if has_users:
            return self._show_login()
        dialog = FirstStartDialog(self.db)
        if not dialog.exec():
            return self.on_quit()
        if dialog.load_demo:
            from ..services.context import Actor
            from ..services.demo import generate_demo

            label = QMessageBox.tr("Menyusun kabupaten contoh…")
            work = lambda progress: generate_demo(self.db, Actor("desktop"), progress=progress)  # noqa: E731
            self._task = run_task(dialog, label, work, on_done=lambda _: self._show_login(),
                                  on_error=self._demo_failed)
        else:
            self._show_login()

    def _demo_failed(self, exc: BaseException) -> None:
        show_error(None, QMessageBox.tr("Kabupaten contoh tidak dapat dibuat."), exc)
        self._show_login()

    def _show_login(self) -> None:
        self.login = LoginDialog(self.db)
        self.login.finished.connect(self._login_finished)
        self.login.open()
