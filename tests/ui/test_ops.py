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
