"""``kinerja-desktop --self-test``: the smoke check of an installed program or a bundle.

Builds a small demo district in a temporary folder, logs in, opens the main window (offscreen
works), waits for the staff list and, in English and Indonesian, checks the navigation. It touches
neither the user's database nor their settings. Prints one line and exits 0, or names what failed.
"""

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def _wait(app: QApplication, done, seconds: float = 30) -> bool:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    return done()


def _print_check(db, actor) -> int:
    """Print last year's annual Dokumen Evaluasi of the first employee and load it in QtPdf."""
    from datetime import date

    from ..services.employees import list_employees
    from ..services.printing import document_pdf
    from .dialogs.printing import PreviewDialog

    nip = list_employees(db, actor, year=date.today().year)[0].nip
    dialog = PreviewDialog(document_pdf(db, actor, doc="dokumen-evaluasi", nip=nip, year=date.today().year - 1),
                           "self-test", "self-test.pdf")
    return dialog.document.pageCount()


def _language_check(app: QApplication) -> str:
    """Babel's number data and our Indonesian catalogue of Qt's own texts are in the bundle."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ..domain.numbers import format_number, parse_number
    from .i18n import install_translator

    if (format_number(150000.5, "id"), parse_number("12,5", "id")) != ("150.000,5", 12.5):
        return "numbers are not written the Indonesian way (Babel's locale data missing?)"
    install_translator(app)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    if box.button(QDialogButtonBox.StandardButton.Cancel).text() != "Batal":
        return "Qt's own texts are not Indonesian (resources/translations/qtbase_id.qm missing?)"
    return ""


def self_test(app: QApplication) -> int:
    from ..services import accounts
    from ..services.context import cli_actor
    from ..services.demo import generate_demo
    from ..store.migrate import open_database
    from .i18n import install_translator, set_language
    from .main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="kinerja-self-test-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        db = open_database(str(Path(tmp) / "self-test.sqlite3"))
        generate_demo(db, cli_actor(), employees=40, seed=1)
        accounts.create_first_operator(db, username="admin", password="self-test-1")
        actor = accounts.login(db, username="admin", password="self-test-1")
        pages, count = [], 0
        for code in ("en", "id"):
            set_language(code)
            install_translator(app)
            window = MainWindow(db, actor)
            window.show()
            if not _wait(app, lambda: window.employees.loaded):
                print("self-test FAILED: the staff list did not load within 30 s")
                return 1
            pages.append(window.ui.navList.item(0).text())
            count, title = window.employees.model.rowCount(), window.windowTitle()
            window.grab().save(str(Path(tmp) / f"window-{code}.png"))
            window.close()
        pdf_pages = _print_check(db, actor)
        db.close()
    if pages != ["Staff", "Pegawai"]:
        print(f"self-test FAILED: navigation reads {pages}, expected ['Staff', 'Pegawai'] (translations missing?)")
        return 1
    if not pdf_pages:
        print("self-test FAILED: the Dokumen Evaluasi could not be printed")
        return 1
    problem = _language_check(app)
    if problem:
        print(f"self-test FAILED: {problem}")
        return 1
    from ..sync import helper

    if not helper.can_start():
        print("self-test FAILED: the helper process that reads big sync packages did not start")
        return 1
    print(f"self-test OK: window '{title}', {count} pegawai listed, English and Indonesian; "
          f"a Dokumen Evaluasi printed and shown ({pdf_pages} page); a sync helper process started")
    return 0
