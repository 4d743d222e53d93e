"""From launch to the main window: database, first operator (and demo), login."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..errors import UserError
from ..services import accounts
from ..services.context import Actor
from ..services.demo import generate_demo
from ..store.migrate import open_database
from .errors import show_error
from .start_dialogs import FirstStartDialog, LoginDialog
from .tasks import run_task


class Startup:
    """Drives the start-up dialogs; ``on_ready(db, actor)`` receives the logged-in session."""

    def __init__(self, target: str, on_ready, on_quit):
        self.target, self.on_ready, self.on_quit = target, on_ready, on_quit
        self.db = None

    def start(self) -> None:
        target = self._choose_database()
        if target is None:
            return self.on_quit()
        try:
            self.db = open_database(target)
        except (UserError, OSError, Exception) as exc:  # noqa: BLE001 - shown, then we stop
            show_error(None, QMessageBox.tr("Basis data '{0}' tidak dapat dibuka.").format(target), exc)
            return self.on_quit()
        self._accounts()

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

    def _accounts(self) -> None:
        if accounts.has_users(self.db):
            return self._login()
        dialog = FirstStartDialog(self.db)
        if not dialog.exec():
            return self.on_quit()
        if dialog.load_demo:
            label = QMessageBox.tr("Menyusun kabupaten contoh…")
            work = lambda progress: generate_demo(self.db, Actor("desktop"), progress=progress)  # noqa: E731
            self._task = run_task(dialog, label, work, on_done=lambda _: self._login(),
                                  on_error=self._demo_failed)
        else:
            self._login()

    def _demo_failed(self, exc: BaseException) -> None:
        show_error(None, QMessageBox.tr("Kabupaten contoh tidak dapat dibuat."), exc)
        self._login()

    def _login(self) -> None:
        dialog = LoginDialog(self.db)
        if not dialog.exec():
            return self.on_quit()
        self.on_ready(self.db, dialog.actor)
