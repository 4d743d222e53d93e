"""The cyclic garbage collector runs on the GUI thread only (ui/collector.py): never on a worker
that happens to allocate while a dialog's wrapper waits in a cycle."""

import gc
import threading
import weakref

from PySide6.QtWidgets import QDialog


def test_cycles_are_collected_on_the_gui_thread_not_on_a_worker(qtbot, _collector):
    assert not gc.isenabled()
    freed_on = []

    class Held:
        pass

    def make_garbage() -> None:
        held = Held()
        held.dialog, held.cycle = QDialog(), held  # a dialog in a cycle: only the collector frees it
        weakref.finalize(held, lambda: freed_on.append(threading.current_thread().name))

    go = threading.Event()
    worker = threading.Thread(target=lambda: go.wait(5) and [[object()] * 3 for _ in range(200_000)],
                              name="allocating-worker")
    worker.start()
    make_garbage()
    go.set()  # the automatic collector would now free the dialog on the worker
    worker.join()
    assert freed_on == []  # the worker allocated far past every threshold and collected nothing
    _collector.thresholds = (0, 10, 10)  # what the worker left may have fallen back under 700
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)  # the GUI thread's timer collects it
    assert freed_on == [threading.main_thread().name]


def test_each_generation_is_collected_past_its_threshold(_collector):
    gc.collect()
    _collector.thresholds = (10, 10, 10)
    junk = [[] for _ in range(100)]
    assert gc.get_count()[0] > 10
    _collector.collect()
    assert gc.get_count()[0] < 10
    del junk
