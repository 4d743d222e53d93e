"""Indonesian is the source language; English comes from resources/translations/kinerja_en.qm."""

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import resource_dir

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
_installed: list[QTranslator] = []


def current_language() -> str:
    value = QSettings().value("ui/language", "id")
    return value if value in LANGUAGES else "id"


def set_language(code: str) -> None:
    """Remembered for the next start; the window is rebuilt in the new language then."""
    QSettings().setValue("ui/language", code)


def install_translator(app: QApplication) -> str:
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = current_language()
    if code == "id":  # the source language; Qt ships no Indonesian catalogue, so our dialogs
        return code   # label their standard buttons themselves (see dialog_base.label_buttons)
    ours, qt = QTranslator(app), QTranslator(app)
    if ours.load(str(resource_dir() / "translations" / f"kinerja_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return code
