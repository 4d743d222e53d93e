"""Screenshots of the real windows for the README, on a fresh demo database.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUT_DIR]   # default docs/screenshots
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["KINERJA_HOME"] = str(tmp)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kinerja_desktop.services import accounts
    from kinerja_desktop.services.context import Actor
    from kinerja_desktop.services.demo import generate_demo
    from kinerja_desktop.store.migrate import open_database
    from kinerja_desktop.ui.main_window import MainWindow
    from kinerja_desktop.ui.dialogs.start import FirstStartDialog, LoginDialog

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = QApplication([])
    app.setOrganizationName("Kinerja Desktop Screenshots")
    db = open_database(str(tmp / "kinerja.sqlite3"))
    first = FirstStartDialog(db)
    first.show()
    shot(app, first, out / "mulai.png")
    generate_demo(db, Actor("screenshots"), employees=300, seed=1)
    accounts.create_first_operator(db, username="operator", password="sandi-operator")
    login = LoginDialog(db)
    login.ui.usernameEdit.setText("operator")
    login.show()
    shot(app, login, out / "masuk.png")
    window = MainWindow(db, accounts.login(db, username="operator", password="sandi-operator"))
    window.resize(1280, 760)
    window.show()
    while not window.employees.loaded:
        app.processEvents()
    from sqlalchemy import select

    from kinerja_desktop.store.models import Employee

    with db.read() as s:
        kabid = s.scalar(select(Employee.id).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
    window.skp.show_employee(kabid)
    combo = window.rekap.ui.periodCombo
    combo.setCurrentIndex(combo.count() - 3)  # the last finished quarter, with organisation predikat
    while not window.rekap.loaded:
        app.processEvents()
    for row in range(window.ui.navList.count()):
        window.ui.navList.setCurrentRow(row)
        name = window.ui.pages.currentWidget().title().lower().replace(" ", "-")
        shot(app, window, out / f"{name}.png")
    window.open_skp(kabid)
    window.skp.ui.tabs.setCurrentWidget(window.skp.ui.perilakuTab)
    shot(app, window, out / "skp-perilaku.png")
    window.open_evaluation(kabid)
    shot(app, window, out / "evaluasi.png")
    page = window.mass_rating
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    page.ui.penilaiCombo.setCurrentIndex(page.ui.penilaiCombo.findData(kabid))
    shot(app, window, out / "penilaian-massal.png")
    print(f"screenshots in {out}")
    return 0


def shot(app, widget, path: Path) -> None:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))


if __name__ == "__main__":
    sys.exit(main())
