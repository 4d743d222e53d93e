"""One dialog base: modality and remembered geometry (after Picard's PicardDialog)."""

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..widgets.screen import centre_on_screen, keep_on_screen, usable_size


def grow_to_fit(widget) -> None:
    """Grow a window (never shrink it) so a message that just appeared is shown whole, above its
    buttons, and stays within the screen."""
    window = widget.window()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    hint = window.sizeHint()
    if layout is not None and layout.hasHeightForWidth():
        hint.setHeight(max(hint.height(), layout.totalHeightForWidth(window.width())))
    most_width, most_height = usable_size(window)
    window.resize(min(max(window.width(), hint.width()), most_width),
                  min(max(window.height(), hint.height()), most_height))
    keep_on_screen(window)


class Dialog(QDialog):
    """Subclasses set ``self.ui`` from a Designer form; geometry is saved under the class name."""

    changes = None  # what a successful ``try_accept`` changed (an ops.Changes); set by subclasses

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setModal(True)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        geometry = QSettings().value(f"geometry/{type(self).__name__}")
        if geometry is not None:
            self.restoreGeometry(geometry)
        elif self.parentWidget() is None:
            centre_on_screen(self)
        else:  # over its window, as Qt would place it had keep_on_screen not moved it first
            self.move(self.parentWidget().window().geometry().center() - self.rect().center())
        keep_on_screen(self)  # a size remembered from a larger monitor, or a form wider than this screen
        super().showEvent(event)

    def done(self, result: int) -> None:
        QSettings().setValue(f"geometry/{type(self).__name__}", self.saveGeometry())
        super().done(result)

    def build_form(self, rows, *, intro: str = "", ok=QDialogButtonBox.StandardButton.Save) -> QFormLayout:
        """The form of a dialog built in code: an optional introduction, ``rows`` ((label, field)
        pairs, or a widget across the form), the error line and the buttons; the button box
        calls ``self._save`` and ``reject``. Like a Designer dialog, ``self.ui`` is the dialog."""
        self.errorLabel = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        self.buttonBox = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        if intro:
            form.addRow(QLabel(intro, wordWrap=True))
        for row in rows:
            form.addRow(*row) if isinstance(row, tuple) else form.addRow(row)
        form.addRow(self.errorLabel)
        form.addRow(self.buttonBox)
        self.ui = self
        self.buttonBox.accepted.connect(self._save)
        self.buttonBox.rejected.connect(self.reject)
        return form

    def try_accept(self, action: Callable[[], object], *, changes=None, on_refused: Callable | None = None):
        """Run a service call off the GUI thread (:class:`ops.Op`); a refusal is shown in
        ``self.ui.errorLabel`` and the dialog stays open, success closes it and announces
        ``changes`` (default: the dialog's class attribute ``changes``). Returns the op."""
        from ..ops import Op

        self.ui.errorLabel.setText("")
        self.ui.buttonBox.setEnabled(False)

        def succeeded(result) -> None:
            self.result_value = result
            self.accept()

        def refused(exc) -> None:
            self.ui.buttonBox.setEnabled(True)
            if on_refused is not None:
                on_refused(exc)

        from ..ops import Changes

        changes = changes or self.changes or Changes()
        return Op(self, action, failed=self.tr("Tindakan tidak dapat dilakukan."), changes=changes).refusals_in(self.ui.errorLabel).success(
            succeeded).failure(refused).run()
