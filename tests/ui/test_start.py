"""First start, login and roster import dialogs, driven as a user would."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kinerja_desktop.services import accounts
from kinerja_desktop.ui.dialogs.start import FirstStartDialog, LoginDialog

from ..integration.conftest import ROSTER
from ..ui_helpers import settle


def ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_first_start_creates_the_operator(qtbot, db):
    dialog = FirstStartDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    qtbot.keyClicks(dialog.ui.passwordEdit, "sandi-kuat-1")
    qtbot.keyClicks(dialog.ui.repeatEdit, "sandi-kuat-2")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "tidak sama" in dialog.ui.errorLabel.text() and not accounts.has_users(db)
    dialog.ui.repeatEdit.setText("sandi-kuat-1")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.result() == FirstStartDialog.DialogCode.Accepted and accounts.has_users(db)
    assert dialog.load_demo


def test_wrong_password_is_refused(qtbot, db):
    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, "admin")
    qtbot.keyClicks(dialog.ui.passwordEdit, "keliru")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    settle(qtbot)
    assert "salah" in dialog.ui.errorLabel.text() and dialog.actor is None
    dialog.ui.passwordEdit.setText("sandi-kuat-1")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.actor.username == "admin"



def test_a_pause_in_typing_has_the_password_checked_before_masuk(qtbot, db, monkeypatch):
    """The login dialog works the scrypt out while the user pauses, so Masuk does not wait for it;
    a password typed on afterwards is checked afresh."""
    from kinerja_desktop.services import passwords
    from kinerja_desktop.ui.ops import busy

    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    calls, real = [], passwords.hashlib.scrypt
    monkeypatch.setattr(passwords.hashlib, "scrypt", lambda *a, **kw: (calls.append(1), real(*a, **kw))[1])
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, "admin")
    qtbot.keyClicks(dialog.ui.passwordEdit, "sandi-kuat-")
    qtbot.waitUntil(lambda: len(calls) == 1 and not busy(), timeout=5000)  # the pause: a check of "sandi-kuat-"
    qtbot.keyClicks(dialog.ui.passwordEdit, "1")
    qtbot.waitUntil(lambda: len(calls) == 2 and not busy(), timeout=5000)  # the next pause: "sandi-kuat-1"
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.actor.username == "admin" and len(calls) == 2  # Masuk took the answer worked out ahead

def test_roster_import_preview_then_import(qtbot, window, tmp_path: Path):
    bad = ROSTER + "198609262015051002;Golongan Salah;;;III/z;Guru;Fungsional;Dinas Pendidikan;\n"
    path = tmp_path / "roster.csv"
    path.write_text(bad, encoding="utf-8")
    page = window.employees
    page.preview_roster(path)
    qtbot.waitUntil(lambda: getattr(page, "import_dialog", None) is not None, timeout=10_000)
    dialog = page.import_dialog
    assert dialog.model.rowCount() == 1 and "III/z" in dialog.model.index(0, 3).data()
    ok_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok_button.text() == "Impor 4 baris yang benar"
    dialog.grab().save(str(tmp_path / "impor.png"))
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: page.loaded and page.model.total == 64, timeout=10_000)
