import pytest

from kinerja_desktop.services import accounts
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.demo import generate_demo


@pytest.fixture(autouse=True)
def _qsettings(tmp_path, monkeypatch, qapp):
    """Window geometry and language go to a throwaway settings file, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    qapp.setOrganizationName("Kinerja Desktop Test")
    QSettings().clear()
    from kinerja_desktop.ui.i18n import install_translator

    install_translator(qapp)  # as make_app does: Indonesian, Qt's texts included


@pytest.fixture(autouse=True)
def _collector(qapp):
    """As in the program (make_app): the cyclic garbage collector runs on the GUI thread only."""
    from kinerja_desktop.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def demo(db):
    generate_demo(db, cli_actor(), employees=60, seed=3)
    accounts.create_first_operator(db, username="admin", password="sandi-kuat-1")
    return db


@pytest.fixture
def operator(demo):
    return accounts.login(demo, username="admin", password="sandi-kuat-1")


@pytest.fixture
def window(qtbot, demo, operator):
    from kinerja_desktop.ui.main_window import MainWindow

    w = MainWindow(demo, operator)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.employees.loaded, timeout=10_000)
    return w
