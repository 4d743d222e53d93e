"""Guards against the Qt binding bug that crashed the program at province scale.

PySide6 6.12.0 drops a reference to None on every QVariant conversion (QComboBox.addItem,
itemData, ...): filling the unit filter with 3,000 units then crashed Python at exit with
"deallocating None". pyproject.toml keeps PySide6 below 6.12; this test fails on any binding
that has the bug, so an upgrade cannot bring it back unnoticed.
"""

import sys

from PySide6.QtWidgets import QComboBox


def test_qvariant_conversions_keep_none_alive(qapp):
    combo = QComboBox()
    before = sys.getrefcount(None)
    for n in range(2000):
        combo.addItem(f"unit {n}", n)
    for n in range(2000):
        combo.itemData(n)
    combo.addItem("semua", None)
    combo.currentData()
    assert sys.getrefcount(None) >= before - 50  # some churn is normal; thousands lost is the bug
