"""Cold start to a usable main window, against a bare PySide6 window started the same way
(design.md section 6: <= 2 x). Each start is a fresh process; prints figures and the ratio.

    python bench/startup.py --db PATH [--runs 5]
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print(time.time())
"""

APP = """
import sys
from PySide6.QtWidgets import QApplication
from kinerja_desktop.services.context import Actor
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.ui.main_window import MainWindow
app = QApplication([])
db = open_database(sys.argv[1])
w = MainWindow(db, Actor("bench")); w.resize(1200, 760); w.show(); app.processEvents()
import time
print(time.time(), flush=True)  # usable: shown and answering input; the staff list loads behind it
from PySide6.QtCore import QThreadPool
QThreadPool.globalInstance().waitForDone(); app.processEvents()
"""


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, text=True)
    return float(done.stdout.split()[0]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    timed(BARE), timed(APP, args.db)  # warm the file cache once
    bare = [timed(BARE) for _ in range(args.runs)]
    app = [timed(APP, args.db) for _ in range(args.runs)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window {b * 1000:.0f} ms | Kinerja Desktop main window {a * 1000:.0f} ms "
          f"| ratio {a / b:.2f} (goal <= 2) | median of {args.runs}")


if __name__ == "__main__":
    main()
