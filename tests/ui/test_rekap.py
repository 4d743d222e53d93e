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


def test_chart_redraws_cleanly_for_each_unit_and_period(qtbot, window, tmp_path):
    from PySide6.QtCharts import QChartView

    from kinerja_desktop.domain.ratings import Predikat

    page = window.rekap
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    view = page.findChild(QChartView)

    def labels() -> int:
        qtbot.wait(50)
        return sum(1 for item in view.scene().items() if hasattr(item, "text") and item.isVisible())

    page.ui.table.selectRow(0)
    first = labels()
    combo = page.ui.periodCombo
    for period in (combo.count() - 3, combo.count() - 2, combo.count() - 3):
        combo.setCurrentIndex(period)
        qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
        for row in range(min(3, len(page.rows))):
            page.ui.table.selectRow(row)
            unit = page.rows[row]
            assert [page.bars.at(n) for n in range(len(Predikat))] == [unit.counts[p.value] for p in Predikat]
    assert len(page.chart.axes()) == 2 and len(page.chart.series()) == 1
    assert labels() <= first + 6  # the value labels may differ in number; old axes are not left behind
    view.grab().save(str(tmp_path / "chart.png"))
