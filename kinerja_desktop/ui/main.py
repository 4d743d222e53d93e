"""Start the desktop program: parse arguments, open the database, show the main window."""

import argparse
import sys

from .. import __version__


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kinerja-desktop", description="Kinerja Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL")
    parser.add_argument("--version", action="version", version=f"kinerja-desktop {__version__}")
    return parser.parse_known_args(argv[1:])[0]


def run(argv: list[str]) -> int:
    args = _parse(argv)  # --version answers before Qt is loaded
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..errors import UserError
    from ..logs import setup_logging
    from ..paths import default_db
    from ..store.migrate import open_database
    from .main_window import MainWindow

    setup_logging()
    app = QApplication(argv)
    app.setApplicationName("Kinerja Desktop")
    try:
        db = open_database(args.db or default_db())
        _offer_demo(db)
    except UserError as exc:
        QMessageBox.critical(None, "Kinerja Desktop", str(exc))
        return 1
    window = MainWindow(db)
    window.show()
    return app.exec()


def _offer_demo(db) -> None:
    """First start: an empty database gets the demo district, so there is something to explore."""
    from PySide6.QtWidgets import QMessageBox

    from ..services.context import Actor
    from ..services.demo import generate_demo
    from ..services.info import database_info

    if database_info(db).employees:
        return
    answer = QMessageBox.question(None, "Kinerja Desktop", QMessageBox.tr(
        "Basis data masih kosong. Muat kabupaten contoh (300 pegawai) untuk mencoba program?"))
    if answer == QMessageBox.StandardButton.Yes:
        generate_demo(db, Actor(username="desktop"))
