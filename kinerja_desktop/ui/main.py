"""Start the desktop program: parse arguments, translators, start-up dialogs, the main window."""

import argparse

from .. import __version__


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kinerja-desktop", description="Kinerja Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL")
    parser.add_argument("--version", action="version", version=f"kinerja-desktop {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window on a temporary demo district, check it, and exit")
    parser.add_argument("--kiosk", action="store_true",
                        help="full-screen public satisfaction survey for a service counter (an operator sets it up)")
    return parser.parse_known_args(argv[1:])[0]


def run(argv: list[str]) -> int:
    args = _parse(argv)  # --version answers before Qt is loaded
    from ..paths import keep_private

    keep_private()
    app = make_app(argv)
    if args.self_test:
        from .selftest import self_test

        return self_test(app)
    return start(app, args.db, kiosk=args.kiosk)


def make_app(argv: list[str]):
    """The QApplication with names, translators, logging and the error dialog; nothing else."""
    from PySide6.QtWidgets import QApplication

    from ..logs import setup_logging
    from .errors import install_excepthook
    from .i18n import install_translator

    setup_logging()
    app = QApplication(argv)
    app.setOrganizationName("Kinerja Desktop")
    app.setApplicationName("Kinerja Desktop")
    app.setApplicationVersion(__version__)
    install_translator(app)
    install_excepthook()
    from .collector import GuiThreadCollector

    app.collector = GuiThreadCollector(app)  # the cyclic collector runs on this thread only
    return app


class Program:
    """The life of the window: start-up, the main window, switching user or database, and a
    change of language (the window is rebuilt in the new language, on the page it was on)."""

    def __init__(self, app, target: str, *, kiosk: bool = False):
        self.app, self.target, self.kiosk = app, target, kiosk
        self.window, self.startup, self.db = None, None, None

    def begin(self) -> None:
        from .startup import Startup

        self.startup = Startup(self.target, on_ready=self.ready, on_quit=self.quit)
        self.startup.start()

    def ready(self, db, actor, *, view: dict | None = None) -> None:
        from PySide6.QtCore import QTimer

        from .i18n import install_translator
        from .main_window import MainWindow

        self._drop_window()
        self.db = db
        install_translator(self.app)
        if self.kiosk:
            return self.open_kiosk(db, actor)
        window = MainWindow(db, actor)
        window.language_changed.connect(lambda: QTimer.singleShot(
            0, lambda: self.ready(db, actor, view=window.view_state())))
        window.switch_user_requested.connect(self.switch_user)
        window.open_database_requested.connect(self.open_database)
        window.closed.connect(lambda: self.app.quit() if window is self.window else None)
        self.window = window
        window.show()
        if view:
            window.restore_view(view)

    def open_kiosk(self, db, actor, *, unit: str | None = None):
        """The operator who logged in chooses the service unit; the survey then fills the screen."""
        from datetime import date

        from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

        from ..services.context import Role
        from ..services.units import list_unit_details
        from .kiosk import KioskWindow

        if actor.role is not Role.OPERATOR:
            QMessageBox.warning(None, QApplication.translate("Program", "Kios survei"),
                                QApplication.translate("Program", "Kios disiapkan oleh operator; masuk sebagai operator."))
            return self.quit()
        details = list_unit_details(db, actor)
        names = [u.name for u in details]
        units = {(u.name if names.count(u.name) == 1 else f"{u.name} ({u.code})"): u.id for u in details}
        if unit is None:
            unit, ok = QInputDialog.getItem(None, QApplication.translate("Program", "Kios survei"),
                                            QApplication.translate("Program", "Unit layanan yang disurvei:"),
                                            sorted(units), 0, False)
            if not ok:
                return self.quit()
        self.window = KioskWindow(db, actor, unit_id=units[unit], unit=unit, year=date.today().year)
        self.window.showFullScreen()
        return self.window

    def switch_user(self) -> None:
        """Log out and show the login on the same database; leaving it ends the program."""
        self._drop_window()
        self.startup.relogin()

    def open_database(self, path: str) -> None:
        from .startup import Startup

        self._drop_window()
        if self.db is not None:
            self.db.close()
            self.db = None
        self.startup = Startup(path, on_ready=self.ready, on_quit=self.quit)
        self.startup.start()

    def _drop_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.closing_for_switch = True
            window.close()
            window.deleteLater()

    def quit(self) -> None:
        self.app.exit(1)


def exit_backup(db) -> None:
    """On exit, a verified copy to the backup folder (services/auto_backup.py); a failure is
    logged, never in the way of closing."""
    if db is None:
        return
    import logging

    from ..services.auto_backup import auto_backup

    try:
        auto_backup(db, force=True)
    except Exception:  # noqa: BLE001 - logged; the program still ends
        logging.getLogger(__name__).exception("automatic backup on exit failed")


def start(app, db_target: str | None, *, kiosk: bool = False) -> int:
    """Start-up dialogs, then the main window; returns the exit code when the last window closes."""
    from PySide6.QtCore import QTimer

    from ..paths import default_db
    from .ops import wait_for_actions

    program = Program(app, db_target or default_db(), kiosk=kiosk)
    app.setQuitOnLastWindowClosed(False)  # the window closes on logout before the login shows;
    QTimer.singleShot(0, program.begin)   # closing it otherwise ends the program (MainWindow.closed)
    code = app.exec()
    wait_for_actions()     # an action under way is one transaction: let it end, and a load too
    exit_backup(program.db)
    program.window = None
    return code
