"""Bentrok: the records packages could not apply, per sender, each shown beside the copy held here
field by field, and decided with a reason. At the province the senders are districts; at a
kabupaten hub (``hub=True``, opened from the Sinkronisasi page) they are its sub-offices."""

import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.context import Actor, Role
from ...store.db import Database
from ...sync import conflicts, hub, province
from ..dialogs.conflict import DecideDialog
from ..models.rows import RowsModel, rows_table
from ..ops import Op


@dataclass(frozen=True)
class FieldRow:
    field: str
    incoming: str
    stored: str
    differs: bool


def _text(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:159] + "…"


def field_rows(detail: conflicts.ConflictDetail) -> list[FieldRow]:
    """Every top-level field of either side, the differing ones first."""
    stored = detail.stored or {}
    names = sorted(set(detail.incoming) | set(stored))
    rows = [FieldRow(n, _text(detail.incoming.get(n, "")), _text(stored.get(n, "")) if detail.stored else "",
                     detail.incoming.get(n) != stored.get(n)) for n in names]
    return sorted(rows, key=lambda r: not r.differs)


class ConflictsPage(QWidget):
    REDRAW_ON = ("sync",)

    def __init__(self, db: Database, actor: Actor, parent=None, *, hub: bool = False):
        super().__init__(parent)
        self.db, self.actor, self.rows, self.hub = db, actor, [], hub
        self.office = QComboBox()
        self.decided = QCheckBox(self.tr("Tampilkan yang sudah diputuskan"))
        self.model = RowsModel([
            (self.tr("No."), "id"), (self.tr("Sub-instansi") if hub else self.tr("Instansi"), "office"),
            (self.tr("Jenis"), "kind"),
            (self.tr("Versi kiriman / hub") if hub else self.tr("Versi kiriman / provinsi"),
             lambda r: f"{r.version} / {r.stored_version or '-'}"),
            (self.tr("Alasan"), "reason"), (self.tr("Tercatat"), lambda r: f"{r.created_at:%d-%m-%Y}"),
            (self.tr("Status"), "status"),
            (self.tr("Keputusan"), lambda r: f"{r.decided_by}: {r.note}" if r.decided_by else "")], self)
        self.fields = RowsModel([
            (self.tr("Kolom"), "field"),
            (self.tr("Dikirim sub-instansi") if hub else self.tr("Dikirim kabupaten/kota"), "incoming"),
            (self.tr("Disimpan hub") if hub else self.tr("Disimpan provinsi"), "stored"),
                                 (self.tr("Beda"), lambda r: self.tr("beda") if r.differs else "")], self)
        self.table, self.detail = rows_table(self.model), rows_table(self.fields)
        self.keep = QPushButton(self.tr("&Pertahankan milik hub…") if hub else self.tr("&Pertahankan milik provinsi…"))
        self.take = QPushButton(self.tr("&Ambil milik sub-instansi…") if hub else self.tr("&Ambil milik kabupaten/kota…"))
        self.keep.clicked.connect(lambda: self.decide(take=False))
        self.take.clicked.connect(lambda: self.decide(take=True))
        self.office.currentIndexChanged.connect(lambda _: self.refresh())
        self.decided.toggled.connect(lambda _: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Sub-instansi:") if self.hub else self.tr("Kabupaten/kota:")))
        filters.addWidget(self.office)
        filters.addWidget(self.decided)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h2>Bentrok sub-instansi</h2>Rekaman yang ditulis sub-instansi padahal bukan miliknya: usulan koreksi "
            "data pegawai (daftar pegawai dipegang hub), atau rekaman pegawai yang sudah pindah ke sub-instansi lain. "
            "Putuskan satu per satu dengan alasan; sub-instansi menerima hasilnya di irisan berikutnya.") if self.hub
            else self.tr(
            "<h2>Bentrok</h2>Rekaman yang tidak dapat diterapkan: versinya tidak lebih baru dari salinan provinsi "
            "padahal isinya berbeda (mis. kabupaten/kota memulihkan cadangan lama), atau NIP-nya sudah tercatat di "
            "kabupaten/kota lain. Putuskan satu per satu dengan alasan."), wordWrap=True))
        layout.addLayout(filters)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("<b>Isi rekaman, kolom yang berbeda lebih dahulu</b>")))
        layout.addWidget(self.detail, 3)
        layout.addLayout(buttons)

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("ConflictsPage", "Bentrok")

    def refresh(self) -> None:
        chosen = self.office.currentData()
        self.office.blockSignals(True)
        self.office.clear()
        self.office.addItem(self.tr("Semua"), None)
        senders = ([(r.office, r.conflicts) for r in hub.offices(self.db, self.actor)] if self.hub
                   else [(r.office, r.open_conflicts) for r in province.districts(self.db)])
        for office, count in senders:
            self.office.addItem(f"{office} ({count})", office)
        self.office.setCurrentIndex(max(0, self.office.findData(chosen)))
        self.office.blockSignals(False)
        self.rows = conflicts.conflicts(self.db, self.actor, office=self.office.currentData(),
                                        open_only=not self.decided.isChecked())
        self.model.set_rows(self.rows)
        if self.rows:
            self.table.selectRow(0)
        self.show_detail()

    def current(self) -> conflicts.ConflictRow | None:
        index = self.table.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def show_detail(self) -> None:
        row = self.current()
        is_open = row is not None and row.status == "Terbuka" and self.actor.role is Role.OPERATOR
        self.keep.setEnabled(is_open)
        self.take.setEnabled(is_open)
        if row is None:
            self.fields.set_rows([])
            return
        Op(self, lambda: field_rows(conflicts.detail(self.db, self.actor, row.id)),
           failed=self.tr("Rekaman bentrok tidak dapat dibaca.")).success(self.fields.set_rows).run()

    def decide(self, *, take: bool) -> None:
        row = self.current()
        if row is not None:
            self.dialog = DecideDialog(self.db, self.actor, row, take=take, hub=self.hub, parent=self)
            self.dialog.accepted.connect(self.refresh)
            self.dialog.open()
