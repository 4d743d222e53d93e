"""The main window on a real database, offscreen."""

import pytest

from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.demo import generate_demo

pytest.importorskip("PySide6")


@pytest.fixture
def demo(db):
    generate_demo(db, cli_actor(), employees=60, seed=3)
    return db


def test_employee_list_filters_and_sorts(qtbot, demo, tmp_path):
    from kinerja_desktop.ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("Kinerja Desktop")
    assert window.proxy.rowCount() == 60
    qtbot.keyClicks(window.search, "kepala dinas")
    shown = {window.proxy.index(r, 3).data() for r in range(window.proxy.rowCount())}
    assert shown and all("Kepala Dinas" in j for j in shown)
    window.search.clear()
    from PySide6.QtCore import Qt

    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    nips = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert nips == sorted(nips) and len(nips[0]) == 21  # grouped: 8 6 1 3 with spaces
    assert window.grab().save(str(tmp_path / "pegawai.png"))


def test_version_answers_without_qt(capsys):
    from kinerja_desktop.ui.main import run

    with pytest.raises(SystemExit) as done:
        run(["kinerja-desktop", "--version"])
    assert done.value.code == 0 and "kinerja-desktop 0." in capsys.readouterr().out
