"""One way to run a user action from the window (after Anki's ``CollectionOp``).

``Op(parent, action, failed=..., changes=...).run()`` calls the service off the GUI thread, shows
a progress dialog with a cancel button when the work is long (``progress=`` a label; the action
then receives ``progress(done, total)``, which raises :class:`Cancelled` once the user pressed
cancel, so the service's transaction rolls back), reports a refusal or a bug through the one error
path (:func:`errors.show_error`), says ``done`` in the status bar, and announces what it changed
on :func:`bus`, so every page redraws only what it shows of that. Widgets are touched only on the
GUI thread: results and errors come back through queued signals.

``load(owner, fn, ...)`` runs a read in the background with no dialog (a long list, say).
Callers must not touch widgets from ``action`` or ``fn``.
"""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ..errors import UserError
from .errors import show_error, user_message

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


_writer: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """One thread for every action, so actions apply in the order the user gave them (two quick
    ratings of one row must not overtake each other); reads use :func:`pool`."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
        _writer.setExpiryTimeout(-1)  # see pool()
    return _writer


def wait_for_actions() -> None:
    """Before the program ends: let a running action finish (it is one transaction)."""
    if _writer is not None:
        _writer.waitForDone()


class Cancelled(Exception):
    """Raised inside the worker when the user cancelled."""


@dataclass(frozen=True)
class Changes:
    """What an action changed, so pages redraw only what they show of it."""

    employees: bool = False
    units: bool = False
    users: bool = False
    skp: bool = False
    evaluation: bool = False
    org_predikat: bool = False
    objection: bool = False
    office: bool = False
    sync: bool = False

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def touches(self, *names: str) -> bool:
        return any(getattr(self, name) for name in names)


EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


class _Bus(QObject):
    changed = Signal(object)  # Changes


_bus: _Bus | None = None


def bus() -> _Bus:
    """Pages connect ``bus().changed`` to redraw after any action, theirs or another page's."""
    global _bus
    if _bus is None:
        _bus = _Bus()
    return _bus


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


_in_flight: set = set()  # keeps each running op's and load's signals alive, whatever happens to its parent
_actions: set = set()    # the actions among them


def busy() -> bool:
    """Whether an action or a load is still running (tests wait for this to become False)."""
    return bool(_in_flight)


def actions_pending() -> bool:
    """Whether more actions are queued (a redraw can wait for the last of them)."""
    return bool(_actions)


def _alive(widget: QWidget | None) -> QWidget | None:
    return widget if widget is not None and shiboken6.isValid(widget) else None


def _status(parent: QWidget | None, text: str, msecs: int = 8000) -> None:
    window = _alive(parent) and parent.window()
    bar = getattr(window, "statusBar", None)
    if text and callable(bar):
        bar().showMessage(text, msecs)


class Op:
    """One user action; configure with ``success``/``failure``, then ``run()``."""

    def __init__(self, parent: QWidget | None, action: Callable, *, failed: str, done: str = "",
                 changes: Changes = Changes(), progress: str | None = None, at_once: bool = False):
        self.parent, self.action, self.failed_text, self.done_text = parent, action, failed, done
        self.changes, self.progress_label, self.at_once = changes, progress, at_once
        self._success: Callable = lambda result: None
        self._failure: Callable = lambda exc: None
        self.dialog: QProgressDialog | None = None
        self._label = None
        self.result, self.error = None, None  # set when the op has ended

    def success(self, callback: Callable[[object], None]) -> "Op":
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> "Op":
        """Called after the refusal was shown (or, for a cancel, after the status bar said so)."""
        self._failure = callback
        return self

    def refusals_in(self, label) -> "Op":
        """Show a refusal in ``label`` (a dialog's error line) instead of a message box."""
        self._label = label
        return self

    def run(self) -> "Op":
        signals, cancel = _Signals(), threading.Event()
        _in_flight.add(signals)
        _actions.add(signals)
        if self.progress_label is not None:
            self.dialog = self._progress_dialog(cancel)
            signals.progress.connect(self._set_progress)
            work = self.action
        else:
            work = lambda _progress: self.action()  # noqa: E731
        signals.finished.connect(lambda result: self._finish(signals, result))
        signals.failed.connect(lambda exc: self._fail(signals, exc))
        writer_pool().start(_Runnable(work, signals, cancel))
        return self

    def run_here(self) -> "Op":
        """Run on the GUI thread, for a cheap read a page needs before it can draw; the same
        callbacks and the same error path as :meth:`run`."""
        try:
            result = self.action(lambda done, total: None) if self.progress_label is not None else self.action()
        except Exception as exc:  # noqa: BLE001 - refusals shown as they are; bugs logged
            self._fail(None, exc)
        else:
            self._finish(None, result)
        return self

    def _progress_dialog(self, cancel: threading.Event) -> QProgressDialog:
        parent = _alive(self.parent)
        dialog = QProgressDialog(self.progress_label, QApplication.translate("Op", "Batal"), 0, 0, parent)
        dialog.setWindowTitle("Kinerja Desktop")
        dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0 if self.at_once else 300)  # at once: the first thing a user waits for
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        dialog.canceled.connect(lambda: dialog.setLabelText(QApplication.translate("Op", "Membatalkan…")))
        if self.at_once:
            dialog.show()
        return dialog

    def _set_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None

    def _finish(self, signals: _Signals, result) -> None:
        self.result = result
        self._close_dialog()
        _in_flight.discard(signals)
        _actions.discard(signals)
        _status(self.parent, self.done_text)
        self._success(result)
        if self.changes != Changes():
            bus().changed.emit(self.changes)

    def _fail(self, signals: _Signals, exc: BaseException) -> None:
        self.error = exc
        self._close_dialog()
        _in_flight.discard(signals)
        _actions.discard(signals)
        if isinstance(exc, Cancelled):
            _status(self.parent, QApplication.translate("Op", "Dibatalkan; tidak ada yang diubah."))
        elif isinstance(exc, UserError) and self._label is not None and shiboken6.isValid(self._label):
            log.info("refused: %s %s", self.failed_text, exc)
            self._label.setText(user_message(exc))
            from .dialogs.base import grow_to_fit

            grow_to_fit(self._label)
        else:
            self.error_box = show_error(_alive(self.parent), self.failed_text, exc)
        self._failure(exc)


def load(owner: QObject, fn: Callable[[], object], *, on_done: Callable, on_error: Callable) -> None:
    """Start ``fn()`` in the background with no dialog (loading a list, say); the callbacks run
    on the GUI thread, and not at all once ``owner`` is gone."""
    signals = _Signals()
    _in_flight.add(signals)

    def deliver(callback, value) -> None:
        _in_flight.discard(signals)
        if shiboken6.isValid(owner):
            callback(value)

    signals.finished.connect(lambda value: deliver(on_done, value))
    signals.failed.connect(lambda exc: deliver(on_error, exc))
    pool().start(_Runnable(lambda _progress: fn(), signals, threading.Event()))
