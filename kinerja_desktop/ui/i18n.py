"""Indonesian is the source language; English comes from resources/translations/kinerja_en.qm.

Qt's own texts (Yes/No, OK/Cancel, file and print dialogs, context menus) come from Qt's
catalogue for English (qtbase_en, shipped by PySide6) and from ours for Indonesian
(resources/translations/qtbase_id.qm: Qt ships none). The default QLocale follows the language, so
spin boxes, dates and our number fields read and write numbers as that language does."""

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import resource_dir

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
LOCALES = {"id": QLocale.Language.Indonesian, "en": QLocale.Language.English}
COUNTRIES = {"id": QLocale.Country.Indonesia, "en": QLocale.Country.UnitedStates}
_installed: list[QTranslator] = []


def current_language() -> str:
    value = QSettings().value("ui/language", "id")
    return value if value in LANGUAGES else "id"


def set_language(code: str) -> None:
    """Remembered for the next start; the window is rebuilt in the new language then."""
    QSettings().setValue("ui/language", code)


def locale(code: str | None = None) -> QLocale:
    code = code or current_language()
    return QLocale(LOCALES[code], COUNTRIES[code])


def _catalogues(code: str) -> list[tuple[str, str]]:
    ours = str(resource_dir() / "translations")
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code == "id":  # our texts are Indonesian already; Qt's need our catalogue
        return [(f"qtbase_{code}", ours)]
    return [(f"kinerja_{code}", ours), (f"qtbase_{code}", qt)]


def install_translator(app: QApplication) -> str:
    """Install the catalogues of the remembered language (replacing earlier ones); returns it."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = current_language()
    QLocale.setDefault(locale(code))
    for name, folder in _catalogues(code):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code
