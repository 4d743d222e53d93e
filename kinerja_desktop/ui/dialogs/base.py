"""One dialog base: modality and remembered geometry (after Picard's PicardDialog)."""

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ...errors import UserError

_B = QDialogButtonBox.StandardButton


def label_buttons(box: QDialogButtonBox) -> None:
    """Indonesian (or translated) text for standard buttons; Qt has no Indonesian catalogue."""
    names = {_B.Ok: box.tr("OK"), _B.Cancel: box.tr("Batal"), _B.Save: box.tr("Simpan"),
             _B.Close: box.tr("Tutup"), _B.Yes: box.tr("Ya"), _B.No: box.tr("Tidak"),
             _B.Discard: box.tr("Buang perubahan"), _B.Apply: box.tr("Terapkan")}
    for kind, text in names.items():
        button = box.button(kind)
        if button is not None:
            button.setText(text)


class Dialog(QDialog):
    """Subclasses set ``self.ui`` from a Designer form; geometry is saved under the class name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setModal(True)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        geometry = QSettings().value(f"geometry/{type(self).__name__}")
        if geometry is not None:
            self.restoreGeometry(geometry)
        super().showEvent(event)

    def done(self, result: int) -> None:
        QSettings().setValue(f"geometry/{type(self).__name__}", self.saveGeometry())
        super().done(result)

    def try_accept(self, action: Callable[[], object]) -> bool:
        """Run a service call; a refusal is shown in ``self.ui.errorLabel`` and the dialog stays
        open, success closes it. Returns whether it succeeded."""
        try:
            self.result_value = action()
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            return False
        self.accept()
        return True
