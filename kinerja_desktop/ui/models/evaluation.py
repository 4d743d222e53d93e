"""Editable tables of the Evaluasi screen. Each edit is one user action: ``setData`` hands it to
a callback that calls the service (one transaction) and says whether it was accepted."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from ...services.evaluation.queries import EvaluationDetail
from ...services.rows import IndicatorRow

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


RATE_UNITS = ("%", "indeks", "nilai")  # targets that are levels, not counts to add up over the year


@dataclass(frozen=True)
class GridRow:
    rhk_text: str  # shown on the first indicator of each RHK only
    indicator: IndicatorRow
    value: float | None
    text: str
    evidence: int
    months: int  # length of the period, to prorate count targets


def capaian(row: GridRow) -> str:
    """% of the target for the period, a help for the penilai (this regime has no numeric score):
    a count target (24 dokumen a year) is prorated to the period; a level (90 %) is not."""
    target = row.indicator.target_min
    if row.value is None or not target:
        return ""
    if row.indicator.satuan.strip().lower() not in RATE_UNITS:
        target = target * row.months / 12
    return f"{row.value / target * 100:.0f}%"


class RealisasiModel(QAbstractTableModel):
    HEADERS = tuple(QT_TRANSLATE_NOOP("RealisasiModel", h) for h in (
        "RHK", "Indikator", "Target", "Realisasi", "Uraian realisasi", "Capaian", "Bukti"))
    EDITABLE = (3, 4)

    def __init__(self, on_edit: Callable[[int, float | None, str], bool], parent=None):
        super().__init__(parent)
        self.on_edit, self.rows, self.locked = on_edit, [], True

    def load(self, detail: EvaluationDetail, *, locked: bool) -> None:
        self.beginResetModel()
        self.locked = locked
        months = detail.period.months
        self.rows = [GridRow(r.rhk.text if n == 0 else "", ind, *self._realised(detail, ind.id),
                             len(detail.evidence_for(ind.id)), months)
                     for r in detail.skp.rhk for n, ind in enumerate(r.indicators)]
        self.endResetModel()

    @staticmethod
    def _realised(detail, indicator_id):
        found = detail.realisations.get(indicator_id)
        return (found.value, found.text) if found else (None, "")

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role=SHOW):
        if not index.isValid() or role not in (SHOW, EDIT, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        values = (row.rhk_text, row.indicator.text, row.indicator.target,
                  row.value if role == EDIT else ("" if row.value is None else f"{row.value:g}"),
                  row.text, capaian(row), str(row.evidence or ""))
        return values[index.column()]

    def flags(self, index):
        base = super().flags(index)
        if index.column() in self.EDITABLE and not self.locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=EDIT) -> bool:  # noqa: N802
        """Hands the edit to the service (in the background); True when it was handed on."""
        if self.locked or index.column() not in self.EDITABLE:
            return False
        row = self.rows[index.row()]
        if index.column() == 3:
            text = str(value).strip().replace(",", ".")
            try:
                number = float(text) if text else None
            except ValueError:
                return False
            self.on_edit(row.indicator.id, number, row.text)
        else:
            self.on_edit(row.indicator.id, row.value, str(value))
        return True

    def headerData(self, section, orientation, role=SHOW):  # noqa: N802
        if role == SHOW and orientation == Qt.Orientation.Horizontal:
            return _tr("RealisasiModel", self.HEADERS[section])
        return None


class FeedbackModel(QAbstractTableModel):
    """Two columns: what the feedback is about, and the feedback (editable)."""

    def __init__(self, header: str, on_edit: Callable[[object, str], bool], parent=None):
        super().__init__(parent)
        self.header, self.on_edit, self.rows, self.locked = header, on_edit, [], True

    def load(self, rows: list[tuple[object, str, str]], *, locked: bool) -> None:
        """``rows`` are (key, label, current text)."""
        self.beginResetModel()
        self.rows, self.locked = rows, locked
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def data(self, index, role=SHOW):
        if index.isValid() and role in (SHOW, EDIT, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][1 + index.column()]
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 and not self.locked else base

    def setData(self, index, value, role=EDIT) -> bool:  # noqa: N802
        """Hands the edit to the service (in the background); True when it was handed on."""
        text = str(value).strip()
        if self.locked or not text or text == self.rows[index.row()][2]:
            return False
        self.on_edit(self.rows[index.row()][0], text)
        return True

    def headerData(self, section, orientation, role=SHOW):  # noqa: N802
        if role == SHOW and orientation == Qt.Orientation.Horizontal:
            return (self.header, _tr("FeedbackModel", "Umpan balik"))[section]
        return None


class PhraseDelegate(QStyledItemDelegate):
    """An editable combo box: pick a phrase from the list or type your own."""

    def __init__(self, phrases: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.phrases = phrases

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.phrases)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentText(index.data(EDIT) or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentText(), EDIT)
