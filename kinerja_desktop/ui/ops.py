"""Long work off the GUI thread, with a progress dialog and a cancel button.

``run_task`` calls ``fn(progress)`` in a worker thread; ``progress(done, total)`` updates the
dialog and raises :class:`Cancelled` once the user pressed cancel, so a service's transaction
rolls back. Results and errors come back to the GUI thread through signals; widgets are never
touched from the worker.
"""

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


def pool() -> QThreadPool:
    """The global pool, its threads kept alive for the life of the program.

    A pool thread that expires (after 30 s idle, Qt's default) tears down PySide wrappers in its
    exit handler: it takes Qt's signal-connection mutex and then waits for the GIL, while the GUI
    thread, holding the GIL, may be waiting for that mutex to connect a signal. That deadlock froze
    the window (seen in the test suite: a dialog built while a worker exited). Threads that never
    exit never run that handler."""
    instance = QThreadPool.globalInstance()
    instance.setExpiryTimeout(-1)
    return instance


class Cancelled(Exception):
    """Raised inside the worker when the user cancelled."""


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self.cancel.is_set():
                raise Cancelled()
            self.signals.progress.emit(done, total)

        try:
            result = self.fn(progress)
        except BaseException as exc:  # handed to the GUI thread, which decides what the user sees
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_task(parent: QWidget, label: str, fn: Callable, *, on_done: Callable, on_error: Callable) -> QProgressDialog:
    """Start ``fn`` in the background; returns the (window-modal) progress dialog."""
    dialog = QProgressDialog(label, parent.tr("Batal"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    cancel, signals = threading.Event(), _Signals(dialog)
    dialog.canceled.connect(cancel.set)

    def set_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(callback, value) -> None:
        dialog.reset()
        dialog.hide()
        callback(value)

    signals.progress.connect(set_progress)
    signals.finished.connect(lambda value: finish(on_done, value))
    signals.failed.connect(lambda exc: finish(on_error, exc))
    pool().start(_Runnable(fn, signals, cancel))
    return dialog


def run_quiet(owner: QObject, fn: Callable[[], object], *, on_done: Callable, on_error: Callable) -> None:
    """Start ``fn()`` in the background with no dialog (loading a list, say); the callbacks run
    on the GUI thread. ``owner`` keeps the signal object alive until the result arrives."""
    signals = _Signals(owner)
    signals.finished.connect(on_done)
    signals.failed.connect(on_error)
    pool().start(_Runnable(lambda _progress: fn(), signals, threading.Event()))
