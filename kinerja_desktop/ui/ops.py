"""One way to run a user action from the window (after Anki's ``CollectionOp``).

``Op(parent, action, failed=..., changes=...).run()`` calls the service off the GUI thread, shows
a progress dialog with a cancel button when the work is long (``progress=`` a label; the action
then receives ``progress(done, total)``, which raises :class:`Cancelled` once the user pressed
cancel, so the service's transaction rolls back), reports a refusal or a bug through the one error
path (:func:`errors.show_error`), says ``done`` in the status bar, and announces what it changed
on :func:`bus`, so every page redraws only what it shows of that. Widgets are touched only on the
GUI thread: results and errors come back through a queue that the GUI thread drains.

``load(owner, fn, ...)`` runs a read in the background with no dialog (a long list, say).
Callers must not touch widgets from ``action`` or ``fn``.
"""

import itertools
import logging
import queue
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable
from dataclasses import dataclass, fields

import shiboken6
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ..errors import UserError
from .errors import show_error, user_message

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the worker when the user cancelled."""


class _Job:
    """What a worker thread runs: ``fn(progress)``, then its outcome goes into the queue.

    No Qt object crosses threads: the worker only calls plain Python and puts plain messages in
    a queue that the GUI thread drains. (Qt-owned objects released on a worker thread made
    PySide take Qt's connection mutex and wait for the GIL while the GUI thread, holding the
    GIL, waited for that mutex: the window froze. Seen in this suite with QRunnable.) The job
    drops its references before it reports, so nothing of the caller's is freed on the worker."""

    def __init__(self, key: int, fn: Callable, cancel: threading.Event):
        self.key, self.fn, self.cancel = key, fn, cancel

    def progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        _post((self.key, "progress", (done, total)))

    def __call__(self) -> None:
        fn, self.fn = self.fn, None
        try:
            result = fn(self.progress)
        except BaseException as exc:  # handed to the GUI thread, which decides what the user sees
            fn = None
            _post((self.key, "failed", exc))
        else:
            fn = None
            _post((self.key, "finished", result))


_queue: queue.SimpleQueue = queue.SimpleQueue()
_handlers: dict[int, tuple[Callable, Callable, Callable]] = {}  # key -> progress, finished, failed
_keys = itertools.count(1)
_executors: dict[str, ThreadPoolExecutor] = {}
_timer: QTimer | None = None
_wake: tuple[socket.socket, socket.socket, QSocketNotifier] | None = None


def _post(message: tuple) -> None:
    """On a worker: queue the message and wake the GUI thread through a socket pair (a byte, no
    Qt object: see _Job), so a result is handled at once rather than at the next poll."""
    _queue.put(message)
    if _wake is not None:
        try:
            _wake[1].send(b"\0")
        except OSError:  # the buffer is full of wake-ups already, or the program is closing
            pass


def _woken() -> None:
    try:
        while _wake[0].recv(4096):
            pass
    except OSError:  # nothing more to read
        pass
    _drain()


def _executor(kind: str) -> ThreadPoolExecutor:
    """One thread for actions, so they apply in the order the user gave them (two quick ratings
    of one row must not overtake each other); two for reads."""
    if kind not in _executors:
        _executors[kind] = ThreadPoolExecutor(max_workers=1 if kind == "action" else 2,
                                              thread_name_prefix=f"kinerja-{kind}")
    return _executors[kind]


def _drain() -> None:
    """On the GUI thread: hand every message to its handler; stop polling when nothing runs."""
    while True:
        try:
            key, kind, value = _queue.get_nowait()
        except queue.Empty:
            break
        handlers = _handlers.get(key)
        if handlers is None:
            continue
        if kind == "progress":
            handlers[0](*value)
            continue
        del _handlers[key]
        handlers[1 if kind == "finished" else 2](value)
    if not _handlers and _timer is not None:
        _timer.stop()


def _submit(kind: str, fn: Callable, cancel: threading.Event, *, on_progress: Callable, on_done: Callable,
            on_error: Callable) -> int:
    global _timer, _wake
    key = next(_keys)
    _handlers[key] = (on_progress, on_done, on_error)
    if _timer is None:
        _timer = QTimer(interval=15)  # stays as the fallback of the wake-up
        _timer.timeout.connect(_drain)
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(_woken)
        _wake = (reader, writer, notifier)
    _timer.start()
    _executor(kind).submit(_Job(key, fn, cancel))
    return key


def busy() -> bool:
    """Whether an action or a load is still running (tests wait for this to become False)."""
    return bool(_handlers)


_actions: set[int] = set()


def actions_pending() -> bool:
    """Whether more actions are queued (a redraw can wait for the last of them)."""
    return bool(_actions)


def wait_for_actions() -> None:
    """Before the program ends: let a running action finish (it is one transaction), and a
    load too, so no thread is left working on a closing database."""
    for executor in _executors.values():
        executor.shutdown(wait=True)
    _executors.clear()


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
    follow_up: bool = False  # plans, training records, status periods

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
        self._handled: tuple[type, ...] = ()
        self.result, self.error = None, None  # set when the op has ended
        self._key = 0

    def success(self, callback: Callable[[object], None]) -> "Op":
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> "Op":
        """Called after the refusal was shown (or, for a cancel, after the status bar said so)."""
        self._failure = callback
        return self

    def handles(self, *kinds: type) -> "Op":
        """Refusals of these kinds go to the failure callback alone (it asks a question, say)."""
        self._handled = kinds
        return self

    def refusals_in(self, label) -> "Op":
        """Show a refusal in ``label`` (a dialog's error line) instead of a message box."""
        self._label = label
        return self

    def run(self) -> "Op":
        cancel = threading.Event()
        if self.progress_label is not None:
            self.dialog = self._progress_dialog(cancel)
            work = self.action
        else:
            action = self.action
            work = lambda _progress: action()  # noqa: E731
        key = _submit("action", work, cancel, on_progress=self._set_progress, on_done=self._finish,
                      on_error=self._fail)
        _actions.add(key)
        self._key = key
        return self

    def run_here(self) -> "Op":
        """Run on the GUI thread, for a cheap read a page needs before it can draw; the same
        callbacks and the same error path as :meth:`run`."""
        try:
            result = self.action(lambda done, total: None) if self.progress_label is not None else self.action()
        except Exception as exc:  # noqa: BLE001 - refusals shown as they are; bugs logged
            self._fail(exc)
        else:
            self._finish(result)
        return self

    def _progress_dialog(self, cancel: threading.Event) -> QProgressDialog:
        parent = _alive(self.parent)
        dialog = QProgressDialog(self.progress_label, QApplication.translate("Op", "Batal"), 0, 0, parent)
        dialog.setWindowTitle("Kinerja Desktop")
        from PySide6.QtCore import Qt  # here: importing Qt costs 12 ms, before the login dialog shows

        dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0 if self.at_once else 300)  # at once: the first thing a user waits for
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # a lambda, not ``cancel.set``: PySide holds a bound method's object only weakly, so the
        # event would die with the job on the worker thread, and PySide's weakref callback would
        # take Qt's connection locks there (the freeze _Job describes). The lambda holds it until
        # the dialog is deleted, on the GUI thread.
        dialog.canceled.connect(lambda: cancel.set())
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

    def _finish(self, result) -> None:
        self.result = result
        self._close_dialog()
        _actions.discard(self._key)
        _status(self.parent, self.done_text)
        if self._answered():
            self._success(result)
        if self.changes != Changes() or not _actions:  # the last action: a redraw held for it goes ahead
            bus().changed.emit(self.changes)

    def _fail(self, exc: BaseException) -> None:
        self.error = exc
        self._close_dialog()
        _actions.discard(self._key)
        if not _actions:  # a redraw held for the actions queued behind an earlier one goes ahead
            bus().changed.emit(Changes())
        if isinstance(exc, self._handled):
            pass
        elif isinstance(exc, Cancelled):
            _status(self.parent, QApplication.translate("Op", "Dibatalkan; tidak ada yang diubah."))
        elif isinstance(exc, UserError) and self._label is not None and shiboken6.isValid(self._label):
            log.info("refused: %s %s", self.failed_text, exc)
            self._label.setText(user_message(exc))
            from .dialogs.base import grow_to_fit

            grow_to_fit(self._label)
        else:
            self.error_box = show_error(_alive(self.parent), self.failed_text, exc)
        if self._answered():
            self._failure(exc)

    def _answered(self) -> bool:
        """Whether the callbacks still have someone to answer: not once the widget that started
        the action is gone (its page closed with its window meanwhile; the work itself is done)."""
        return self.parent is None or _alive(self.parent) is not None


_newest: dict[tuple[int, str], int] = {}  # (owner, name) -> the key of its newest load by that name


def load(owner: QObject, fn: Callable[[], object], *, on_done: Callable, on_error: Callable,
         newest: str | None = None) -> None:
    """Start ``fn()`` in the background with no dialog (loading a list, say); the callbacks run
    on the GUI thread, and not at all once ``owner`` is gone. With ``newest`` (a name), only the
    answer to the owner's newest load by that name is delivered: a list asked for again (another
    period, another tab, a refresh) drops the answer to the older ask, whenever it arrives."""
    slot = (id(owner), newest)

    def deliver(callback: Callable) -> Callable:
        def answer(value) -> None:
            if not shiboken6.isValid(owner):
                return
            if newest is not None:
                if _newest.get(slot) != key:
                    return
                del _newest[slot]
            callback(value)
        return answer

    key = _submit("load", lambda _progress: fn(), threading.Event(), on_progress=lambda done, total: None,
                  on_done=deliver(on_done), on_error=deliver(on_error))
    if newest is not None:
        _newest[slot] = key
