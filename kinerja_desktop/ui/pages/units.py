"""Unit Kerja: the operator's unit tree; add, rename or move, and close empty units."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from ...services import units
from ...services.context import Actor
from ...store.db import Database
from ..dialogs.base import Dialog
from ..ops import Changes, Op
from ..widgets.counter import count_characters


class UnitDialog(Dialog):
    """Add a unit (``unit`` None) or change one; the parent list leaves out the unit's own branch."""

    changes = Changes(units=True)

    def __init__(self, db: Database, actor: Actor, tree: list[units.UnitDetail], unit=None, parent_id=None,
                 parent=None):
        super().__init__(parent)
        self.db, self.actor, self.unit = db, actor, unit
        self.setWindowTitle(self.tr("Ubah unit kerja") if unit else self.tr("Tambah unit kerja"))
        self.name = QLineEdit(unit.name if unit else "", placeholderText=self.tr("mis. Bidang Pembinaan SD"))
        count_characters(self.name, "unit")
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("(unit teratas, tanpa induk)"), None)
        for row in _outside_branch(tree, unit):
            self.parent_combo.addItem("    " * row.depth + row.name, row.id)
        wanted = unit.parent_id if unit else parent_id
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(wanted)))
        self.kind = QComboBox()
        for kind in units.UNIT_KINDS:
            self.kind.addItem(kind or self.tr("(tidak ditentukan)"), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind if unit else "")))
        self.code = QLineEdit(unit.code if unit else "", placeholderText=self.tr("ID unor SIASN, bila ada"))
        self.build_form([(self.tr("&Nama unit"), self.name), (self.tr("&Induk"), self.parent_combo),
                         (self.tr("&Jenis"), self.kind), (self.tr("&Kode SIASN"), self.code)])

    def _save(self) -> None:
        fields = dict(name=self.name.text(), parent_id=self.parent_combo.currentData(),
                      kind=self.kind.currentData(), code=self.code.text())
        if self.unit is None:
            self.try_accept(lambda: units.create_unit(self.db, self.actor, **fields))
        else:
            unit_id = self.unit.id
            self.try_accept(lambda: units.update_unit(self.db, self.actor, unit_id, **fields))


def _outside_branch(tree: list[units.UnitDetail], unit) -> list[units.UnitDetail]:
    """Units ``unit`` may move under: all but itself and its descendants (the list is depth-first)."""
    if unit is None:
        return tree
    kept, skipping_below = [], None
    for row in tree:
        if skipping_below is not None and row.depth > skipping_below:
            continue
        skipping_below = row.depth if row.id == unit.id else None
        if row.id != unit.id:
            kept.append(row)
    return kept


class UnitsPage(QWidget):
    REDRAW_ON = ("units", "employees")  # what an action changed that this page shows (ops.Changes)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.rows = db, actor, []
        self.tree = QTreeWidget(alternatingRowColors=True)
        self.tree.setHeaderLabels([self.tr("Unit kerja"), self.tr("Jenis"), self.tr("Kode SIASN"),
                                   self.tr("Pegawai")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Tambah unit…"), self.add_unit), (self.tr("&Ubah…"), self.edit_selected),
                           (self.tr("Tu&tup unit"), self.close_selected)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Unit Kerja</h2>Unit yang disebut dalam daftar pegawai dibuat otomatis "
                                        "saat impor; di sini unit dapat ditambah, diubah, dipindah, atau ditutup.")))
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self._shown_once = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API; thousands of units: read when first shown
        if not self._shown_once:
            self._shown_once = True
            self.refresh()
        super().showEvent(event)

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("UnitsPage", "Unit Kerja")

    def refresh(self) -> None:
        self.rows = units.list_unit_details(self.db, self.actor)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for row in self.rows:
            parent = items.get(row.parent_id)
            item = QTreeWidgetItem([row.name, row.kind, row.code, str(row.employees)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[row.id] = item
        self.tree.expandToDepth(0)
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)

    def selected(self) -> units.UnitDetail | None:
        item = self.tree.currentItem()
        unit_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return next((r for r in self.rows if r.id == unit_id), None)

    def add_unit(self) -> None:
        current = self.selected()
        self._open(UnitDialog(self.db, self.actor, self.rows, parent_id=current.id if current else None, parent=self))

    def edit_selected(self) -> None:
        if (unit := self.selected()) is not None:
            self._open(UnitDialog(self.db, self.actor, self.rows, unit=unit, parent=self))

    def _open(self, dialog: UnitDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def close_selected(self) -> None:
        if (unit := self.selected()) is None:
            return
        Op(self, lambda: units.close_unit(self.db, self.actor, unit.id), done=self.tr("Unit '{0}' ditutup.").format(unit.name),
           failed=self.tr("Unit '{0}' tidak dapat ditutup.").format(unit.name), changes=Changes(units=True)).run()
