"""The first start as a new user meets it: the real start-up code (``ui.main.start``) on an empty
data folder, driven through its windows as they appear, to the main window."""

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from kinerja_desktop.services.info import database_info
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.ui.dialogs.start import FirstStartDialog, LoginDialog
from kinerja_desktop.ui.main import start
from kinerja_desktop.ui.main_window import MainWindow


class Driver:
    """Runs ``steps`` in order: each is (what to find among the visible windows, what to do with
    it). Gives up, closing everything, after ``seconds``."""

    def __init__(self, app, steps, seconds: float = 90):
        self.app, self.steps, self.done, self.seen = app, list(steps), [], []
        self.deadline = time.monotonic() + seconds
        self.timer = QTimer(interval=50)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.seen.extend(type(w).__name__ for w in visible if type(w).__name__ not in self.seen)
        if time.monotonic() > self.deadline:
            self.timer.stop()
            self.app.exit(99)
            return
        if not self.steps:
            return
        find, act = self.steps[0]
        found = next((w for w in visible if find(w)), None)
        if found is not None:
            self.steps.pop(0)
            self.done.append(act(found))


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def first_operator(dialog: FirstStartDialog, *, demo: bool) -> str:
    dialog.ui.passwordEdit.setText("sandi-kuat-1")
    dialog.ui.repeatEdit.setText("sandi-kuat-1")
    assert dialog.ui.demoCheck.isChecked()  # ticked by default
    dialog.ui.demoCheck.setChecked(demo)
    dialog.ui.buttonBox.accepted.emit()
    return "operator"


def log_in(dialog: LoginDialog) -> str:
    dialog.ui.usernameEdit.setText("operator")
    dialog.ui.passwordEdit.setText("sandi-kuat-1")
    dialog.ui.buttonBox.accepted.emit()
    return "login"


def is_login(w) -> bool:
    return isinstance(w, LoginDialog) and w.db is not None


def first_start(qapp, *, on_progress, on_main_window) -> int:
    """``ui.main.start`` on the empty data folder: Buat baru, the first operator with the demo
    ticked, the demo's progress dialog, the login, the main window."""
    driver = Driver(qapp, [
        (lambda w: isinstance(w, QMessageBox) and "Belum ada basis data" in w.text(),
         lambda box: button(box, "Buat baru").click()),
        (lambda w: isinstance(w, FirstStartDialog), lambda d: first_operator(d, demo=True)),
        (lambda w: isinstance(w, QProgressDialog), on_progress),
        (is_login, log_in),
        (lambda w: isinstance(w, MainWindow) and w.employees.loaded, on_main_window),
    ])
    code = start(qapp, None)
    assert not driver.steps, f"stopped before {len(driver.steps)} steps; windows seen: {driver.seen}"
    return code


def test_first_start_with_the_demo_ticked_reaches_the_main_window(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_HOME", str(tmp_path / "data"))  # an empty data folder
    shown = {}

    def progress(dialog: QProgressDialog) -> str:
        shown["progress"] = dialog.labelText()
        return "progress"

    def main_window(window: MainWindow) -> str:
        shown["staff"] = window.employees.model.total
        shown["welcome"] = window.employees.welcome.isVisible()
        window.close()
        return "closed"

    code = first_start(qapp, on_progress=progress, on_main_window=main_window)
    assert code == 0
    assert "kabupaten contoh" in shown["progress"]
    assert shown["staff"] == 300 and not shown["welcome"]
    db = open_database(str(tmp_path / "data" / "kinerja.sqlite3"))
    assert database_info(db).employees == 300
    db.close()


def test_cancelling_the_demo_writes_nothing_and_the_login_follows(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_HOME", str(tmp_path / "data"))
    shown = {}

    def cancel(dialog: QProgressDialog) -> str:
        dialog.findChild(QPushButton).click()  # Batal, as a user presses it
        return "cancelled"

    def main_window(window: MainWindow) -> str:
        shown["welcome"] = window.employees.welcome.isVisible()
        shown["buttons"] = {k: b.isVisible() for k, b in window.employees.welcome.buttons.items()}
        shown["menu"] = [a.text() for a in window.ui.fileMenu.actions() if a.isVisible() and a.text()]
        window.close()
        return "closed"

    first_start(qapp, on_progress=cancel, on_main_window=main_window)
    db = open_database(str(tmp_path / "data" / "kinerja.sqlite3"))
    info = database_info(db)
    assert (info.employees, info.units, info.skps) == (0, 0, 0)  # the operator only
    db.close()
    assert shown["welcome"] and shown["buttons"] == {"import": True, "demo": True, "open": True}
    assert {"&Impor daftar pegawai…", "Muat kabupaten &contoh", "&Buka basis data lain…",
            "&Ganti pengguna"} <= set(shown["menu"])


def test_switch_user_and_open_another_database_without_closing_the_program(qapp, tmp_path):
    from kinerja_desktop.services import accounts

    first, second = tmp_path / "kantor.sqlite3", tmp_path / "lain.sqlite3"
    for path, name in ((first, "operator"), (second, "operator")):
        db = open_database(str(path))
        accounts.create_first_operator(db, username=name, password="sandi-kuat-1")
        db.close()
    seen = []

    def switch(window: MainWindow) -> str:
        seen.append(window.db.sqlite_path.name)
        window.ui.switchUserAction.trigger()  # Berkas > Ganti pengguna (Ctrl+L)
        return "switched"

    def open_other(window: MainWindow) -> str:
        seen.append(window.db.sqlite_path.name)
        window.open_database_requested.emit(str(second))  # Berkas > Buka basis data lain…, file chosen
        return "opened"

    def close(window: MainWindow) -> str:
        seen.append(window.db.sqlite_path.name)
        window.close()
        return "closed"

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    new_window = lambda w: isinstance(w, MainWindow) and w not in windows and w.employees.loaded  # noqa: E731

    def remember(step):
        def act(window):
            windows.append(window)
            return step(window)
        return act
    driver = Driver(qapp, [(is_login, log_in), (new_window, remember(switch)),
                           (is_login, log_in), (new_window, remember(open_other)),
                           (is_login, log_in), (new_window, remember(close))])
    code = start(qapp, str(first))
    assert not driver.steps, f"stopped before {len(driver.steps)} steps; windows seen: {driver.seen}"
    assert code == 0 and seen == ["kantor.sqlite3", "kantor.sqlite3", "lain.sqlite3"]
    assert list((tmp_path / "backups").glob("otomatis-*.sqlite3"))  # a verified copy taken on exit
