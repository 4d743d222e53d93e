"""Role names as shown to users (translated through tr at the call site)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..services.context import Role

ROLE_NAMES = {Role.OPERATOR: QT_TRANSLATE_NOOP("Roles", "operator"),
              Role.PENILAI: QT_TRANSLATE_NOOP("Roles", "penilai"),
              Role.VIEWER: QT_TRANSLATE_NOOP("Roles", "pengamat")}


def role_name(role) -> str:
    """The role as the interface's language says it."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Roles", ROLE_NAMES[Role(role)])
