"""Background work (ui/ops.py): a result wakes the window at once through a socket pair; the
15 ms poll is only the fallback, and a failure comes back the same way."""

import threading

import shiboken6

from PySide6.QtCore import QObject

from kinerja_desktop.ui import ops


def test_a_result_wakes_the_window_without_the_poll(qtbot):
    owner = QObject()
    results, gate = [], threading.Event()
    ops.load(owner, lambda: (gate.wait(5), 42)[1], on_done=results.append, on_error=results.append)
    ops._timer.stop()  # no polling from here on: only the wake-up can deliver
    ops._timer.setInterval(60_000)
    try:
        gate.set()
        qtbot.waitUntil(lambda: results == [42], timeout=3000)
        gate.clear()
        ops.load(owner, lambda: (gate.wait(5), 1 / 0), on_done=results.append, on_error=results.append)
        ops._timer.stop()
        gate.set()
        qtbot.waitUntil(lambda: len(results) == 2, timeout=3000)
        assert isinstance(results[1], ZeroDivisionError) and not ops.busy()
    finally:
        ops._timer.setInterval(15)


def test_an_action_whose_widget_closed_meanwhile_answers_no_one(qtbot):
    """The page that started an action closed with its window before the action ended: the work
    is done, and its callbacks (which would touch the closed page's widgets) are not called."""
    from PySide6.QtWidgets import QWidget

    page, gate, answered = QWidget(), threading.Event(), []
    op = ops.Op(page, lambda: gate.wait(5) and "done", failed="x").success(answered.append).run()
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=3000)
    gate.set()
    qtbot.waitUntil(lambda: op.result == "done", timeout=3000)
    assert answered == []
    orphan = ops.Op(None, lambda: "done", failed="x").success(answered.append).run()  # no widget: answered
    qtbot.waitUntil(lambda: orphan.result == "done", timeout=3000)
    assert answered == ["done"]


def test_the_cancel_flag_of_an_action_dies_on_the_gui_thread(qtbot, monkeypatch):
    """A signal connected to a plain object's bound method holds that object weakly in PySide;
    when it dies, PySide's weakref callback touches the connection under Qt's locks. The cancel
    flag of an action must therefore not die with the job on the worker thread: a test run froze
    with a worker there and the GUI thread inside a Qt call."""
    import threading

    died = []

    class Flag(threading.Event):
        def __del__(self):
            died.append(threading.current_thread() is threading.main_thread())

    monkeypatch.setattr(ops.threading, "Event", Flag)
    import time

    # the work outlasts run(), so the job holds the flag's last reference outside the dialog
    op = ops.Op(None, lambda progress: (time.sleep(0.2), 42)[1], progress="bekerja", failed="gagal", at_once=True).run()
    qtbot.waitUntil(lambda: op.result == 42, timeout=10_000)
    qtbot.wait(200)  # the worker has long released its job
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dialog's deleteLater
    qtbot.waitUntil(lambda: bool(died), timeout=5_000)
    assert died == [True]


def test_the_redraw_held_for_a_queued_action_goes_ahead_when_it_ends(qtbot):
    """An action that changed data ends while another is queued: the window holds its redraw for
    the last one (main_window._redraw). The last one, which changed nothing itself, still has to
    let it go ahead: the hub panel stayed unredrawn after a slice written just before the hub
    file (seen as a flaky UI test)."""
    heard, gate = [], threading.Event()

    def listen(changes):
        heard.append((changes, ops.actions_pending()))

    ops.bus().changed.connect(listen)
    try:
        first = ops.Op(None, lambda: gate.wait(5) and "slice", failed="x", changes=ops.Changes(sync=True)).run()
        second = ops.Op(None, lambda: "hub file", failed="x").run()
        gate.set()
        qtbot.waitUntil(lambda: bool(first.result and second.result) and not ops.actions_pending(), timeout=3000)
        qtbot.waitUntil(lambda: bool(heard) and not heard[-1][1], timeout=3000)
        assert heard[0] == (ops.Changes(sync=True), True)  # held: the second was still queued
    finally:
        ops.bus().changed.disconnect(listen)
