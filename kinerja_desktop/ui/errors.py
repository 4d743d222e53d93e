"""What the user sees when something goes wrong.

A :class:`UserError` is refused input: its message is shown in the interface's language. Anything else is a bug:
it is logged with its traceback, and the dialog says where the log file is. The message boxes
are opened window-modal with ``open()``, never a nested ``exec()`` loop.
"""

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import UserError, render
from ..logs import setup_logging

log = logging.getLogger("kinerja_desktop.ui")


def translate(template: str) -> str:
    """A message template of the services (kinerja_desktop.errors) in the interface's language."""
    return QCoreApplication.translate("Messages", template)


def user_message(message) -> str:
    """A refusal or a message of the services (errors.Text, errors.Message) in the interface's
    language, its numbers written as that language writes them."""
    from ..domain.numbers import format_number
    from .i18n import current_language

    language = current_language()
    return render(message, translate, lambda value: format_number(value, language))


def show_error(parent: QWidget | None, headline: str, exc: BaseException) -> QMessageBox:
    if isinstance(exc, UserError):
        log.info("refused: %s %s", headline, exc)
        box = QMessageBox(QMessageBox.Icon.Warning, "Kinerja Desktop", f"{headline}\n\n{user_message(exc)}",
                          parent=parent)
    else:
        log.error("unexpected error: %s", headline, exc_info=(type(exc), exc, exc.__traceback__))
        box = QMessageBox(QMessageBox.Icon.Critical, "Kinerja Desktop", QMessageBox.tr(
            "{0}\n\nTerjadi kesalahan tak terduga. Rinciannya tercatat di:\n{1}\n\n"
            "Kirimkan berkas itu kepada pengembang.").format(headline, setup_logging()), parent=parent)
    from PySide6.QtCore import Qt  # here: importing Qt costs 12 ms, before the login dialog shows

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def install_excepthook() -> None:
    """Unexpected exceptions in slots end in the crash dialog, not a silent console."""

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            return sys.__excepthook__(kind, value, tb)
        show_error(None, QMessageBox.tr("Tindakan tidak dapat diselesaikan."), value.with_traceback(tb))

    sys.excepthook = hook
