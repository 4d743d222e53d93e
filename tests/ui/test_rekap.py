"""Rekap: completion per perangkat daerah, the distribution chart, setting the organisation predikat."""

from PySide6.QtCore import Qt


def test_rekap_and_org_predikat(qtbot, window, tmp_path):
    page = window.rekap
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    combo = page.ui.periodCombo
    combo.setCurrentIndex(combo.count() - 3)  # the last finished quarter: everyone final in the demo
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert page.rows and sum(r.staff for r in page.rows) == 60
    row = max(range(len(page.rows)), key=lambda n: page.rows[n].evaluated)
    page.ui.table.selectRow(row)
    unit = page.rows[row]
    assert unit.evaluated > 0 and page.chart.series()
    if not unit.org_predikat:  # nothing chosen yet: no accidental Istimewa next to Tetapkan
        assert page.ui.orgCombo.currentData() is None
        qtbot.mouseClick(page.ui.orgButton, Qt.MouseButton.LeftButton)
        assert "Pilih capaian" in window.statusBar().currentMessage()
    # Sangat Kurang organisation: almost any real distribution breaks that guidance
    page.ui.orgCombo.setCurrentIndex(page.ui.orgCombo.findData("Sangat Kurang"))
    qtbot.mouseClick(page.ui.orgButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.loaded and page.rows[row].org_predikat == "Sangat Kurang", timeout=10_000)
    assert page.rows[row].warnings and "⚠" in page.ui.warningsLabel.text()
    assert page.model.index(row, 5).data() == "Sangat Kurang"
    window.grab().save(str(tmp_path / "rekap.png"))


def test_penilai_cannot_set_org_predikat(qtbot, demo, operator):
    from sqlalchemy import select

    from kinerja_desktop.services import accounts
    from kinerja_desktop.store.models import Employee
    from kinerja_desktop.ui.main_window import MainWindow

    with demo.read() as s:
        nip = s.scalar(select(Employee.nip).where(Employee.jabatan == "Kepala Dinas Pendidikan"))
    accounts.create_user(demo, operator, username="kadis", password="sandi-kuat-2", role="penilai", nip=nip)
    window = MainWindow(demo, accounts.login(demo, username="kadis", password="sandi-kuat-2"))
    qtbot.addWidget(window)
    assert not window.rekap.ui.orgButton.isVisibleTo(window)
