"""The province's window (issue 15, point 7): conflicts listed per district, shown field by field
beside the province's copy and decided with a reason; the province's own Pengaturan page."""

from pathlib import Path

import pytest

from kinerja_desktop.services import accounts

from ..integration.sync_world import OFFICE, PASS, build_templates, copy_world
from ..integration.test_sync_conflicts import _conflict
from ..ui_helpers import click_save, settle

OUT = Path(__file__).resolve().parents[2] / "out" / "pages"


@pytest.fixture
def province_window(qtbot, tmp_path):
    from kinerja_desktop.ui.main_window import MainWindow

    world = copy_world(build_templates(tmp_path / "templates"), tmp_path / "world")
    uuid, changed = _conflict(world)
    accounts.create_first_operator(world.province, username="bkd", password="sandi-kuat-1")
    actor = accounts.login(world.province, username="bkd", password="sandi-kuat-1")
    window = MainWindow(world.province, actor)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window, world, changed


def show(window, page):
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    return page


def test_a_conflict_is_decided_in_the_window(qtbot, province_window):
    window, world, changed = province_window
    page = show(window, window.conflicts_page)
    assert page.model.rowCount() == 1 and page.office.count() == 2  # Semua, and the district with 1
    qtbot.waitUntil(lambda: page.fields.rowCount() > 0, timeout=10_000)
    first = page.fields.rows[0]
    assert first.field == "name" and first.differs and first.incoming == changed["name"]
    assert page.keep.isEnabled() and page.take.isEnabled()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "provinsi-bentrok.png"))

    page.decide(take=False)
    dialog = page.dialog
    dialog.note.setPlainText("singkat")
    click_save(qtbot, dialog)
    assert "alasan" in dialog.errorLabel.text()
    dialog.note.setPlainText("Nama unit sudah dikoreksi BKD provinsi")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    page.decided.setChecked(True)
    settle(qtbot)
    assert page.model.rows[0].status == "Dipertahankan" and not page.keep.isEnabled()


def test_the_province_settings_page(qtbot, province_window, tmp_path):
    window, world, _ = province_window
    page = show(window, window.province_settings)
    assert "Kode provinsi <b>12</b>" in page.identity.text() and page.model.rows[0].office == OFFICE
    window.grab().save(str(OUT / "provinsi-pengaturan.png"))
    page.name.setText("Provinsi Sumatera Uji")
    page.rename()
    settle(qtbot)
    assert "Sumatera Uji" in page.name.text()

    page.enrol()
    dialog = page.dialog
    dialog.path.setText(str(world.files["pub"]))
    assert "ID kunci" in dialog.fingerprint.text()
    dialog.office.setText("1271")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=10_000)

    folder = tmp_path / "flashdisk"
    folder.mkdir()
    from kinerja_desktop.sync import conflicts

    [row] = conflicts.conflicts(world.province, page.actor)
    conflicts.decide(world.province, page.actor, row.id, take=True, note="Kabupaten mengirim yang benar")
    page.reference()
    dialog = page.dialog
    dialog.office.setCurrentText(OFFICE)
    dialog.folder.setText(str(folder))
    dialog.passphrase.setText(PASS)
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: any(folder.iterdir()), timeout=10_000)
    assert [p.name for p in folder.iterdir()] == [f"{OFFICE}-referensi-0001.kinerja"]
