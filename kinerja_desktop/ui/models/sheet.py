"""The Penilaian Massal grid: one row per subordinate, the two ratings set from the keyboard."""

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.nip import format_nip
from ...domain.ratings import Rating, predikat_pegawai
from ...services.evaluation.sheet import SheetRow

HASIL, PERILAKU = 4, 5
KEYS = {Qt.Key.Key_1: Rating.DI_BAWAH, Qt.Key.Key_2: Rating.SESUAI, Qt.Key.Key_3: Rating.DI_ATAS,
        Qt.Key.Key_B: Rating.DI_BAWAH, Qt.Key.Key_S: Rating.SESUAI, Qt.Key.Key_A: Rating.DI_ATAS}
COLOURS = {"Sangat Baik": "#c6f6d5", "Baik": "#e6fffa", "Butuh Perbaikan": "#fefcbf",
           "Kurang/Misconduct": "#fed7aa", "Sangat Kurang": "#fed7d7"}


class SheetModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("SheetModel", "NIP"), QT_TRANSLATE_NOOP("SheetModel", "Nama"), QT_TRANSLATE_NOOP("SheetModel", "Jabatan"), QT_TRANSLATE_NOOP("SheetModel", "Evaluasi"), QT_TRANSLATE_NOOP("SheetModel", "Rating hasil kerja"), QT_TRANSLATE_NOOP("SheetModel", "Rating perilaku kerja"), QT_TRANSLATE_NOOP("SheetModel", "Predikat"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SheetRow] = []

    def set_rows(self, rows: list[SheetRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_ratings(self, row: int, hasil: str | None, perilaku: str | None) -> None:
        """Show a rating the moment it is given, before the saved rows come back."""
        predikat = predikat_pegawai(hasil, perilaku).value if hasil and perilaku else None
        self.rows[row] = replace(self.rows[row], rating_hasil=hasil, rating_perilaku=perilaku, predikat=predikat)
        self.dataChanged.emit(self.index(row, HASIL), self.index(row, len(self.HEADERS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = row.status or (self.tr("belum dimulai") if row.skp_status == "Disetujui" else self.tr(row.skp_status))
            values = (format_nip(row.nip), row.name, row.jabatan, status, row.rating_hasil or "",
                      row.rating_perilaku or "", row.predikat or "")
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 6 and row.predikat:
            return QBrush(QColor(COLOURS[row.predikat]))
        if role == Qt.ItemDataRole.ForegroundRole and not row.ratable:
            return QBrush(QColor("#777"))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SheetModel", self.HEADERS[section])
        return None
