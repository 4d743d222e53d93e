"""The cyclic garbage collector runs on the GUI thread only (as Anki and others do with Qt).

Python starts a collection on whichever thread happens to allocate, and a collection frees the
cycles it finds there: a dialog closed on the GUI thread, its Python wrapper in a cycle with the
lambdas connected to its signals, may be freed on a worker thread that is reading a list. Qt
objects deleted off the GUI thread take Qt's connection locks and then wait for the GIL, while
the GUI thread, holding the GIL, may wait for those locks (ops.py met that freeze with objects
released on a worker; a test run froze again with the GUI thread inside a Qt call and a worker
releasing objects). So the automatic collector is off in the program, and a timer on the GUI
thread collects a generation when it has grown past the threshold the automatic one uses."""

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        gc.disable()
        self.timer.start()

    def collect(self) -> None:
        """Collect the youngest generation past its threshold, and the older ones with it as the
        automatic collector would (gc_collect_generations in CPython)."""
        counts = gc.get_count()
        generation = max((g for g in range(3) if counts[g] > self.thresholds[g]), default=-1)
        if generation >= 0:
            gc.collect(generation)

    def stop(self) -> None:
        """Back to the automatic collector (tests, and a program that ends)."""
        self.timer.stop()
        gc.enable()
