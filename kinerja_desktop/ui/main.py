"""Start the desktop program: parse arguments, translators, start-up dialogs, the main window."""

import argparse

from .. import __version__


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kinerja-desktop", description="Kinerja Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL")
    parser.add_argument("--version", action="version", version=f"kinerja-desktop {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window on a temporary demo district, check it, and exit")
    return parser.parse_known_args(argv[1:])[0]


def run(argv: list[str]) -> int:
    args = _parse(argv)  # --version answers before Qt is loaded
    app = make_app(argv)
    if args.self_test:
        from .selftest import self_test

        return self_test(app)
    return start(app, args.db)


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
    return app


def start(app, db_target: str | None) -> int:
    """Start-up dialogs, then the main window; returns the exit code when the last window closes."""
    from PySide6.QtCore import QThreadPool, QTimer

    from ..paths import default_db
    from .i18n import install_translator
    from .startup import Startup

    windows = []

    def ready(db, actor) -> None:
        """Show the main window; a change of language rebuilds it in the new language."""
        from .main_window import MainWindow

        while windows:
            windows.pop().close()
        install_translator(app)
        window = MainWindow(db, actor)
        window.language_changed.connect(lambda: QTimer.singleShot(0, lambda: ready(db, actor)))
        windows.append(window)
        window.show()

    startup = Startup(db_target or default_db(), on_ready=ready, on_quit=lambda: app.exit(1))
    QTimer.singleShot(0, startup.start)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # let a background load finish before Qt goes away,
    app.processEvents()                         # and deliver its result while the window still exists
    windows.clear()
    return code
