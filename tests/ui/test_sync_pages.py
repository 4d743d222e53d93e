"""Sinkronisasi in the window: the district creates its key, trusts the province, exports to a
folder; the province drops the package in and sees it applied; the receipt comes back."""

from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from kinerja_desktop.services import accounts
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.sync import district, province

from ..ui_helpers import click_ok, click_save, settle

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


def test_hub_enrols_a_school_and_writes_its_slice_from_the_window(qtbot, window, operator, tmp_path):
    """The BKPSDM's Sinkronisasi page: once it has its key, it lists its sub-offices, enrols a
    school's key for the school's unit (the fingerprint shown to compare by phone) and writes the
    school's slice and its own hub file; a school install shows its hub and no hub panel."""
    from kinerja_desktop.sync import hub, inbox
    from kinerja_desktop.sync.trust import trust_province

    page = show(window, window.sync)
    settle(qtbot)
    assert page.hub.isVisible() and not page.hub.enrol_button.isEnabled()
    assert "Buat kunci instansi dahulu" in page.hub.note.text()
    district.init_keys(window.db, operator, office_code="1201", passphrase=PASS)
    page.refresh()
    assert page.hub.enrol_button.isEnabled() and page.hub.model.rowCount() == 0

    school = open_database(str(tmp_path / "sekolah" / "sekolah.sqlite3"))
    district.init_keys(school, operator, office_code="1201.01", passphrase=PASS)
    key_file = tmp_path / "sekolah.pub"
    key_file.write_text(district.key_info(school).public_text)

    page.hub.enrol()
    dialog = page.hub.dialog
    dialog.path.setText(str(key_file))
    assert district.key_info(school).fingerprint in dialog.fingerprint.text()
    dialog.office.setText("1201.01")
    dialog.unit.setCurrentIndex(dialog.unit.findText("SMP Negeri 1 Sukamaju", Qt.MatchFlag.MatchContains))
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.hub.model.rowCount() == 1, timeout=10_000)
    row = page.hub.model.rows[0]
    assert (row.office, row.unit, row.ready) == ("1201.01", "SMP Negeri 1 Sukamaju", True)

    usb = tmp_path / "usb"
    usb.mkdir()
    page.hub.table.selectRow(0)
    page.hub._slice("1201.01", usb, PASS)
    qtbot.waitUntil(lambda: (usb / "1201.01-irisan-0001.kinerja").exists(), timeout=30_000)
    page.hub._publish(usb / "hub.kinerja", PASS)
    qtbot.waitUntil(lambda: (usb / "hub.kinerja").exists(), timeout=10_000)
    settle(qtbot)
    qtbot.waitUntil(lambda: page.hub.model.rows[0].slices == 1, timeout=10_000)  # redrawn on the change
    shot(window, "sinkronisasi-hub.png")

    trust_province(school, operator, (usb / "hub.kinerja").read_bytes(), file_name="hub.kinerja")
    inbox.import_from_province(school, operator, (usb / "1201.01-irisan-0001.kinerja").read_bytes(),
                               file_name="irisan", passphrase=PASS)
    accounts.create_first_operator(school, username="kepsek", password="sandi-kuat-1")
    from kinerja_desktop.ui.main_window import MainWindow

    w = MainWindow(school, accounts.login(school, username="kepsek", password="sandi-kuat-1"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.employees.loaded, timeout=10_000)
    school_page = show(w, w.sync)
    settle(qtbot)
    assert "Hub 1201" in school_page.trust_label.text() and not school_page.hub.isVisible()
    staff = {r.office: r.staff for r in hub.offices(window.db, operator)}["1201.01"]
    assert w.employees.model.rowCount() > staff  # the school's staff and their superiors
    shot(w, "sinkronisasi-sekolah.png")
    w.close()

    # the school's package, imported at the hub from its window: the receipt lands beside it
    from kinerja_desktop.store.models import Evaluation

    with school.transaction() as s:
        s.query(Evaluation).filter(Evaluation.status != "Final").limit(1).one().catatan = "Catatan sekolah"
    sent = district.export_package(school, operator, passphrase=PASS, out_dir=usb).path
    page._import([str(sent)], PASS)
    settle(qtbot)
    assert (usb / "1201.01-000001.tanda-terima.kinerja").exists()
    assert "diterapkan" in window.statusBar().currentMessage()
    page.refresh()
    assert page.hub.model.rows[0].last_sequence == 1
    school.close()


def test_hub_moves_an_employee_and_decides_a_conflict_from_the_window(qtbot, window, operator, tmp_path):
    """From the hub's Sinkronisasi page: a teacher moves from the school to the Seksi on
    1 October (a slice for each side lands in the folder); a school's roster correction is
    taken into the hub's roster from the Bentrok dialog, with a reason."""
    import sqlite3

    from kinerja_desktop.store.models import Employee
    from kinerja_desktop.sync import hub, inbox
    from kinerja_desktop.sync.trust import trust_province

    district.init_keys(window.db, operator, office_code="1201", passphrase=PASS)
    usb = tmp_path / "usb"
    usb.mkdir()
    offices = {}
    for code, unit in (("1201.01", "SMP Negeri 1 Sukamaju"), ("1201.03", "DEMO-00004")):
        offices[code] = open_database(str(tmp_path / code / "kinerja.sqlite3"))
        district.init_keys(offices[code], operator, office_code=code, passphrase=PASS)
        hub.enrol(window.db, operator, district.key_info(offices[code]).public_text, office=code, unit=unit)
    with sqlite3.connect(window.db.url.split("///")[-1]) as conn:
        (mover,) = conn.execute(
            "select e.nip from employee e join unit u on u.id = e.unit_id join skp k on k.employee_id = e.id and "
            "k.year = 2026 where u.name = 'SMP Negeri 1 Sukamaju' and not exists (select 1 from evaluation v where "
            "v.skp_id = k.id and (v.period_number = 4 or v.period_kind = 'tahunan')) and exists (select 1 from "
            "employee a where a.id = e.atasan_id and a.unit_id = e.unit_id) order by e.nip limit 1").fetchone()
    page = show(window, window.sync)
    settle(qtbot)
    page.refresh()
    assert not page.hub.conflicts_button.isEnabled()  # nothing to decide yet

    page.hub.transfer()
    dialog = page.hub.dialog
    dialog.nip.setText(mover)
    dialog.office.setCurrentIndex(dialog.office.findData("1201.03"))
    assert dialog.unit.count() == 1 and "Seksi Program Pembinaan SD" in dialog.unit.currentText()
    dialog.on.setDate(QDate(2026, 10, 1))
    dialog.folder.setText(str(usb))
    dialog.passphrase.setText(PASS)
    shot(dialog, "hub-pindah.png")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert sorted(p.name for p in usb.glob("*.kinerja")) == ["1201.01-irisan-0001.kinerja", "1201.03-irisan-0001.kinerja"]
    assert "pindah dari 1201.01 ke 1201.03 mulai 1 Oktober 2026" in window.statusBar().currentMessage()
    with window.db.read() as s:
        moved = s.query(Employee).filter(Employee.nip == mover).one()
        assert moved.unit.name == "Seksi Program Pembinaan SD"

    # the school starts from its slice and proposes a correction of a name in the roster
    school = offices["1201.01"]
    (usb / "hub.kinerja").write_bytes(hub.publish(window.db, passphrase=PASS))
    trust_province(school, operator, (usb / "hub.kinerja").read_bytes(), file_name="hub.kinerja")
    inbox.import_from_province(school, operator, (usb / "1201.01-irisan-0001.kinerja").read_bytes(),
                               file_name="irisan", passphrase=PASS)
    with school.transaction() as s:
        corrected = s.query(Employee).filter(Employee.unit.has(name="SMP Negeri 1 Sukamaju")).order_by(Employee.nip).first()
        corrected.nama, nip = "Nama Sesuai SK", corrected.nip
    sent = district.export_package(school, operator, passphrase=PASS, out_dir=usb).path
    page._import([str(sent)], PASS)
    qtbot.waitUntil(lambda: (usb / "1201.01-000001.tanda-terima.kinerja").exists(), timeout=30_000)
    settle(qtbot)
    qtbot.waitUntil(lambda: page.hub.conflicts_button.isEnabled(), timeout=10_000)

    page.hub.decide()
    conflicts = page.hub.dialog
    qtbot.waitUntil(lambda: conflicts.page.fields.rowCount() > 0, timeout=10_000)
    assert conflicts.page.model.rowCount() == 1 and conflicts.page.fields.rows[0].field == "nama"
    shot(conflicts, "hub-bentrok.png")
    conflicts.page.decide(take=True)
    decide = conflicts.page.dialog
    decide.note.setPlainText("Nama sesuai SK terbaru dari sekolah")
    click_save(qtbot, decide)
    qtbot.waitUntil(lambda: conflicts.page.model.rowCount() == 0, timeout=10_000)
    with window.db.read() as s:
        assert s.query(Employee).filter(Employee.nip == nip).one().nama == "Nama Sesuai SK"
    conflicts.reject()
    qtbot.waitUntil(lambda: not page.hub.conflicts_button.isEnabled(), timeout=10_000)

    # the school's laptop is lost: its key is revoked from the panel, after a question
    page.hub.table.selectRow([r.office for r in page.hub.model.rows].index("1201.01"))
    page.hub.revoke()
    assert "1201.01" in page.hub.confirm_box.text()
    page.hub.confirm_box.yes_button.click()
    qtbot.waitUntil(lambda: next(r for r in page.hub.model.rows if r.office == "1201.01").revoked, timeout=10_000)
    assert "1201.01 dicabut" in window.statusBar().currentMessage()
    for db in offices.values():
        db.close()
