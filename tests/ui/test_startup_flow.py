"""Start-up: the login dialog appears before the database layer is even imported, the database
opens behind it, and an early press of Masuk waits for it; a broken file is reported, not raised."""

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kinerja_desktop.services import accounts
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.ui.startup import Startup


def test_start_up_modules_import_only_qt():
    code = ("import sys, kinerja_desktop.ui.main, kinerja_desktop.ui.startup, kinerja_desktop.ui.dialogs.start;"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'openpyxl'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_login_is_shown_at_once_and_waits_for_the_database(qtbot, tmp_path):
    path = tmp_path / "kantor.sqlite3"
    db = open_database(str(path))
    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    db.close()
    events = []
    startup = Startup(str(path), on_ready=lambda db, actor: events.append(actor), on_quit=lambda: events.append("quit"))
    startup.start()
    login = startup.login
    qtbot.addWidget(login)
    assert login.isVisible() and login.db is None and "Membuka" in login.ui.officeLabel.text()
    qtbot.keyClicks(login.ui.usernameEdit, "admin")
    qtbot.keyClicks(login.ui.passwordEdit, "sandi-kuat-1")
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)  # before the database is open
    qtbot.waitUntil(lambda: bool(events), timeout=10_000)
    assert events[0].username == "admin" and events[0].role == "operator"
    assert login.ui.officeLabel.text() == "INSTANSI (BELUM DIATUR)"
    startup.db.close()


def test_a_broken_database_file_is_reported_and_the_program_stops(qtbot, tmp_path):
    path = tmp_path / "rusak.sqlite3"
    path.write_bytes(b"bukan basis data SQLite " * 100)
    events = []
    startup = Startup(str(path), on_ready=lambda *a: events.append("ready"), on_quit=lambda: events.append("quit"))
    startup.start()
    qtbot.waitUntil(lambda: getattr(startup, "error_box", None) is not None, timeout=10_000)
    box = startup.error_box
    assert box.isVisible() and box.icon() is QMessageBox.Icon.Warning  # a refusal, not a crash report
    assert "rusak.sqlite3" in box.text() and "file is not a database" in box.text()
    assert events == []  # the message stays until it is read
    box.close()
    assert events == ["quit"]
