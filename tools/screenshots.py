"""Screenshots of the real windows for the README, on a fresh demo database, in both languages,
on a 1366x768 screen (the common office laptop).

    python tools/screenshots.py [OUT_DIR]   # default docs/screenshots (Indonesian) and OUT_DIR/en
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = ROOT / "tests" / "data" / "screen-1366x768.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    tmp = Path(tempfile.mkdtemp())
    os.environ["KINERJA_HOME"] = str(tmp)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = QApplication([])
    app.setOrganizationName("Kinerja Desktop Screenshots")
    from kinerja_desktop.ui.i18n import install_translator, set_language

    for language, folder in (("id", out), ("en", out / "en")):
        folder.mkdir(parents=True, exist_ok=True)
        set_language(language)
        install_translator(app)
        capture(app, tmp / language, folder)
    set_language("id")
    print(f"screenshots in {out} and {out / 'en'}")
    return 0


def capture(app, tmp: Path, out: Path) -> None:
    from sqlalchemy import select

    from kinerja_desktop.services import accounts
    from kinerja_desktop.services.context import Actor
    from kinerja_desktop.services.demo import generate_demo
    from kinerja_desktop.store.migrate import open_database
    from kinerja_desktop.store.models import Employee
    from kinerja_desktop.ui import ops
    from kinerja_desktop.ui.dialogs.start import FirstStartDialog, LoginDialog
    from kinerja_desktop.ui.dialogs.users import UserDialog
    from kinerja_desktop.ui.main_window import MainWindow

    tmp.mkdir(parents=True, exist_ok=True)
    db = open_database(str(tmp / "kinerja.sqlite3"))
    first = FirstStartDialog(db)
    first.show()
    shot(app, first, out / "mulai.png")
    first.close()
    accounts.create_first_operator(db, username="operator", password="sandi-operator")
    operator = accounts.login(db, username="operator", password="sandi-operator")
    empty = MainWindow(db, operator)
    empty.show()
    settle(app, lambda: empty.employees.loaded)
    shot(app, empty, out / "selamat-datang.png")
    empty.close()
    generate_demo(db, Actor("screenshots"), employees=300, seed=1)
    login = LoginDialog(db)
    login.ui.usernameEdit.setText("operator")
    login.show()
    shot(app, login, out / "masuk.png")
    login.close()
    window = MainWindow(db, operator)
    window.show()
    settle(app, lambda: window.employees.loaded)
    with db.read() as s:
        kabid = s.scalar(select(Employee.id).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
    window.skp.show_employee(kabid)
    combo = window.rekap.ui.periodCombo
    combo.setCurrentIndex(combo.count() - 3)  # the last finished quarter, with organisation predikat
    settle(app, lambda: window.rekap.loaded)
    names = ["pegawai", "skp", "evaluasi-kosong", "penilaian-massal-kosong", "rekap", "keberatan", "tindak-lanjut",
             "unit-kerja", "pengguna", "sinkronisasi", "pengaturan"]
    for row in range(window.ui.navList.count()):
        window.go_to_page(row)
        settle(app, lambda: not ops.busy())
        shot(app, window, out / f"{names[row]}.png")
    follow = window.follow_up
    window.go_to_page(window.ui.pages.indexOf(follow))
    for tab, name in ((2, "tindak-lanjut-talenta"), (4, "tindak-lanjut-kepatuhan")):
        follow.tabs.setCurrentIndex(tab)
        settle(app, lambda: follow.loaded)
        if tab == 2:
            follow.show_box(8)
        shot(app, window, out / f"{name}.png")
    window.open_skp(kabid)
    window.skp.ui.tabs.setCurrentWidget(window.skp.ui.perilakuTab)
    shot(app, window, out / "skp-perilaku.png")
    window.skp.ui.tabs.setCurrentIndex(0)
    window.open_evaluation(kabid)
    shot(app, window, out / "evaluasi.png")
    annual = window.evaluation.ui.periodCombo
    annual.setCurrentIndex(next(n for n in range(annual.count()) if annual.itemData(n).code == "TAHUNAN"
                                and annual.itemData(n).year < max(annual.itemData(k).year for k in range(annual.count()))))
    window.open_evaluation(kabid)
    window.evaluation.ui.tabs.setCurrentWidget(window.evaluation.ui.inputsTab)
    shot(app, window, out / "evaluasi-masukan.png")
    entry = window.type_answers()
    settle(app, lambda: True)
    shot(app, entry, out / "ketik-kuesioner.png")
    entry.close()
    page = window.mass_rating
    window.go_to_page(window.ui.pages.indexOf(page))
    page.ui.penilaiCombo.setCurrentIndex(page.ui.penilaiCombo.findData(kabid))
    shot(app, window, out / "penilaian-massal.png")
    dialog = UserDialog(db, operator, parent=window)
    dialog.open()
    settle(app, lambda: not ops.busy())
    dialog.username.setText("kabid")
    dialog.password.setText("pendek")
    dialog.repeat.setText("pendek")
    dialog._save()
    settle(app, lambda: not ops.busy())
    shot(app, dialog, out / "tambah-pengguna.png")
    dialog.close()
    window.close()
    kiosk_shots(app, db, operator, out)
    db.close()
    province_shots(app, tmp / "provinsi", out)


def province_shots(app, tmp: Path, out: Path) -> None:
    """The province's window: its consolidation, a conflict left by a district that restored an
    old backup (its record's version went back, then it edited the record), and its settings."""
    from sqlalchemy import select

    from kinerja_desktop.services import accounts
    from kinerja_desktop.services.context import Actor
    from kinerja_desktop.services.demo import generate_demo
    from kinerja_desktop.services.units import update_unit
    from kinerja_desktop.store.migrate import open_database
    from kinerja_desktop.store.models import SyncRecord, Unit
    from kinerja_desktop.sync import consolidate, district, province
    from kinerja_desktop.ui.main_window import MainWindow

    actor, secret = Actor("screenshots"), "frasa-sandi-contoh"
    (tmp / "kab").mkdir(parents=True, exist_ok=True)
    (tmp / "usb").mkdir(exist_ok=True)
    kab, prov = open_database(str(tmp / "kab" / "kab.sqlite3")), open_database(str(tmp / "prov.sqlite3"))
    generate_demo(kab, actor, employees=30, seed=2)
    district.init_keys(kab, actor, office_code="1201", passphrase=secret)
    province.init_province(prov, actor, code="12", name="Provinsi Sumatera Utara", passphrase=secret)
    district.trust_province(kab, actor, province.publish(prov, passphrase=secret), file_name="provinsi.kinerja")
    province.enrol(prov, actor, district.key_info(kab).public_text, office="1201", name="Kabupaten Contoh")

    def send() -> None:
        path = district.export_package(kab, actor, passphrase=secret, out_dir=tmp / "usb").path
        consolidate.import_package(prov, actor, path, passphrase=secret, file_name=path.name)

    def rename(name: str) -> None:
        with kab.read() as s:
            unit = s.scalar(select(Unit).where(Unit.parent_id.is_not(None)).order_by(Unit.id))
            unit_id, parent_id, uuid = unit.id, unit.parent_id, unit.uuid
        update_unit(kab, actor, unit_id, name=name, parent_id=parent_id)
        return uuid

    send()
    uuid = rename("Bidang Pelayanan (sebelum cadangan dipulihkan)")
    send()
    with kab.transaction() as s:  # an old backup: this record's version went back
        s.get(SyncRecord, ("unit", uuid)).version = 1
    rename("Bidang Pelayanan (diubah setelah pemulihan)")
    send()
    accounts.create_first_operator(prov, username="bkd", password="sandi-operator")
    window = MainWindow(prov, accounts.login(prov, username="bkd", password="sandi-operator"))
    window.show()
    for page, name in ((window.province_page, "provinsi"), (window.conflicts_page, "provinsi-bentrok"),
                       (window.province_settings, "provinsi-pengaturan")):
        window.go_to_page(window.ui.pages.indexOf(page))
        page.refresh()
        settle(app, lambda: not __import__("kinerja_desktop.ui.ops", fromlist=["busy"]).busy())
        shot(app, window, out / f"{name}.png")
    window.close()
    kab.close(), prov.close()


def kiosk_shots(app, db, operator, out: Path) -> None:
    """The kiosk at a puskesmas, 1366x768: a survey question, the desk code pad, an officer question."""
    from sqlalchemy import select

    from kinerja_desktop.store.models import Employee, MasukanDesk, Unit
    from kinerja_desktop.ui.kiosk import KioskWindow

    with db.read() as s:
        unit = s.scalars(select(Unit).where(Unit.kind == "puskesmas")).first()
        code = s.scalar(select(MasukanDesk.code).join(Employee, Employee.id == MasukanDesk.employee_id)
                        .where(Employee.unit_id == unit.id))
    kiosk = KioskWindow(db, operator, unit_id=unit.id, unit=unit.name, year=2026)
    kiosk.resize(1366, 768)
    kiosk.show()
    kiosk.answer(3)
    shot(app, kiosk, out / "kios.png")
    for _ in range(8):
        kiosk.answer(3)
    kiosk.stack.setCurrentIndex(2)
    kiosk.code.setText(code[:4])
    shot(app, kiosk, out / "kios-kode-petugas.png")
    kiosk.code.setText(code)
    kiosk.choose_officer()
    kiosk.answer(4)
    shot(app, kiosk, out / "kios-petugas.png")
    kiosk.unlocked = True
    kiosk.close()


def settle(app, done) -> None:
    import time

    end = time.monotonic() + 30
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def shot(app, widget, path: Path) -> None:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))


if __name__ == "__main__":
    sys.exit(main())
