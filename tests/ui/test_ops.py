"""Background work (ui/ops.py): a result wakes the window at once through a socket pair; the
15 ms poll is only the fallback, and a failure comes back the same way."""

import threading

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
