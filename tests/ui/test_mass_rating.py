"""Penilaian Massal from the keyboard, as a penilai."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from kinerja_desktop.domain import PeriodKind
from kinerja_desktop.services import accounts
from kinerja_desktop.store.models import Employee
from kinerja_desktop.ui.models.sheet import HASIL, PERILAKU

from ..ui_helpers import settle


def test_rate_with_keys_then_finalize(qtbot, demo, operator):
    from kinerja_desktop.ui.main_window import MainWindow

    with demo.read() as s:
        boss = s.scalar(select(Employee).where(Employee.jabatan == "Kepala Dinas Pendidikan"))
    accounts.create_user(demo, operator, username="kadis", password="sandi-kuat-2", role="penilai", nip=boss.nip)
    window = MainWindow(demo, accounts.login(demo, username="kadis", password="sandi-kuat-2"))
    qtbot.addWidget(window)
    window.show()
    page = window.mass_rating
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    combo = page.ui.periodCombo
    combo.setCurrentIndex(max(n for n in range(combo.count()) if combo.itemData(n).kind is PeriodKind.TAHUNAN))
    ratable = [n for n, r in enumerate(page.model.rows) if r.ratable]
    assert len(ratable) >= 2 and not page.ui.penilaiCombo.isEnabled()
    first = ratable[0]
    page.ui.table.setFocus()
    page.ui.table.setCurrentIndex(page.model.index(first, HASIL))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_3)          # Di Atas
    assert page.ui.table.currentIndex().column() == PERILAKU
    qtbot.keyClick(page.ui.table, Qt.Key.Key_S)          # Sesuai
    assert page.ui.table.currentIndex() == page.model.index(ratable[1], HASIL)  # Final rows are skipped
    settle(qtbot)
    row = page.model.rows[first]
    assert (row.rating_hasil, row.rating_perilaku, row.predikat) == ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Baik")
    assert row.status == "Draft"
    page.ui.table.setCurrentIndex(page.model.index(first, PERILAKU))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert page.model.rows[first].predikat is None
    qtbot.keyClick(page.ui.table, Qt.Key.Key_3)
    assert page.model.rows[first].predikat == "Sangat Baik"
    settle(qtbot)
    assert page.model.rows[first].predikat == "Sangat Baik"  # as saved
    page.finalize_complete(confirmed=True)
    settle(qtbot)
    assert page.model.rows[first].status == "Final"
    page.ui.table.setCurrentIndex(page.model.index(first, HASIL))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_1)          # a final row is not changed from the grid
    settle(qtbot)
    assert page.model.rows[first].predikat == "Sangat Baik"
