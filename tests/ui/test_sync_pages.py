"""Sinkronisasi in the window: the district creates its key, trusts the province, exports to a
folder; the province drops the package in and sees it applied; the receipt comes back."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from kinerja_desktop.services import accounts
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.sync import district, province

from ..ui_helpers import click_ok, settle

PASS = "rahasia-kab-123"
OUT = Path(__file__).resolve().parents[2] / "out" / "pages"


def shot(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / name))


def show(window, page):
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    return page


def test_district_page_key_trust_export_and_receipt(qtbot, window, operator, tmp_path):
    page = show(window, window.sync)
    assert "Belum ada kunci" in page.key_label.text() and not page.export_button.isEnabled()
    page.create_key()
    dialog = page.dialog
    dialog.office.setText("1201")
    dialog.passphrase.setText(PASS)
    dialog.again.setText("lain-lain-lain")
    click_ok(qtbot, dialog)
    assert "tidak sama" in dialog.errorLabel.text()
    dialog.again.setText(PASS)
    click_ok(qtbot, dialog)
    assert "sidik jari" in page.key_label.text() and page.export_button.isEnabled()

    prov = open_database(str(tmp_path / "prov" / "provinsi.sqlite3"))
    province.init_province(prov, operator, code="12", name="Provinsi Uji", passphrase=PASS)
    trust_file = tmp_path / "provinsi.kinerja"
    trust_file.write_bytes(province.publish(prov, passphrase=PASS))
    page.trust_from(trust_file)
    settle(qtbot)
    assert "Provinsi 12" in page.trust_label.text()
    province.enrol(prov, operator, district.key_info(window.db).public_text, office="1201")

    usb = tmp_path / "usb"
    usb.mkdir()
    page.dialog = None
    page._start_export(usb, PASS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    assert "aman untuk mencabut" in window.statusBar().currentMessage()
    package = usb / "1201-000001.kinerja"
    assert package.exists()
    shot(window, "sinkronisasi-kabupaten.png")

    imported = province_window_import(qtbot, prov, operator, package)
    page._import([str(imported)], None)
    settle(qtbot)
    assert page.model.rows[0].status == "Diterima"
    prov.close()


def province_window_import(qtbot, prov, operator, package: Path) -> Path:
    """The province's own window, opened on its database: drop the package in."""
    from kinerja_desktop.ui.main_window import MainWindow

    accounts.create_first_operator(prov, username="bkd", password="sandi-kuat-1")
    actor = accounts.login(prov, username="bkd", password="sandi-kuat-1")
    w = MainWindow(prov, actor)
    qtbot.addWidget(w)
    w.show()
    assert w.province_mode and not hasattr(w, "employees")
    page = w.province_page
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    page.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    dialog = page.dialog
    dialog.passphrase.setText("salah-salah-salah")
    click_ok(qtbot, dialog)
    assert "Frasa sandi salah" in dialog.errorLabel.text()
    dialog.passphrase.setText(PASS)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 1, timeout=30_000)
    result = page.results_model.rows[0]
    assert "diterapkan" in result.outcome and result.receipts
    assert page.districts_model.rows[0].office == "1201"
    # A tampered copy is refused on its own line, with the reason.
    bad = package.with_name("rusak.kinerja")
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 1
    bad.write_bytes(bytes(data))
    page.import_files([str(bad)], PASS)
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 2, timeout=30_000)
    assert "ditolak" in page.results_model.rows[0].outcome
    shot(w, "sinkronisasi-provinsi.png")
    return package.parent / result.receipts


def test_another_province_key_is_asked_about_before_it_replaces_the_trusted_one(qtbot, window, operator, tmp_path):
    page = show(window, window.sync)
    files = {}
    for name in ("asli", "baru"):
        prov = open_database(str(tmp_path / name / "provinsi.sqlite3"))
        province.init_province(prov, operator, code="12", name=f"Provinsi {name}", passphrase=PASS)
        files[name] = tmp_path / f"{name}.kinerja"
        files[name].write_bytes(province.publish(prov, passphrase=PASS))
        prov.close()
    page.trust_from(files["asli"])
    settle(qtbot)
    first = district.trusted(window.db).fingerprint
    page.trust_from(files["baru"])
    settle(qtbot)
    box = page.replace_box  # asked, with both fingerprints; no error box first
    assert first in box.text() and "berbeda" in box.text()
    assert district.trusted(window.db).fingerprint == first
    box.no_button.click()
    settle(qtbot)
    assert district.trusted(window.db).fingerprint == first  # Batal keeps the trusted key
    page.trust_from(files["baru"])
    settle(qtbot)
    page.replace_box.yes_button.click()
    settle(qtbot)
    assert district.trusted(window.db).name == "Provinsi baru" and "Provinsi 12" in page.trust_label.text()
