"""Editable tables of the Evaluasi screen. Each edit is one user action: ``setData`` hands it to
a callback that calls the service (one transaction) and says whether it was accepted."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QToolTip

from ...services.evaluation.queries import EvaluationDetail
from ...domain.limits import limit
from ...domain.numbers import NumberInputError, format_number, format_percent, format_range, parse_number
from ...services.rows import IndicatorRow
from ..i18n import current_language
from ..widgets.number_edit import NumberEdit

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)




@dataclass(frozen=True)
class GridRow:
    rhk_text: str  # shown on the first indicator of each RHK only
    indicator: IndicatorRow
    value: float | None
    text: str
    evidence: int
    months: int  # length of the period, to prorate count targets


def period_target(row: GridRow) -> float | None:
    """The target for the evaluation's period: a count target (24 dokumen a year) is prorated to
    the period's months; a level (90 %) is the same in every period."""
    target = row.indicator.target_min
    if target is None or row.indicator.is_level:
        return target
    return target * row.months / 12


def capaian(row: GridRow, language: str = "id") -> str:
    """% of the period's target, a help for the penilai (this regime has no numeric score)."""
    target = period_target(row)
    if row.value is None or not target:
        return ""
    return format_percent(row.value / target * 100, language, decimals=0)


class RealisasiModel(QAbstractTableModel):
    """Columns: RHK, indicator, the annual target, the period's target (what Capaian is computed
    against), the realisation (a number in the interface's language) and its narration, Capaian,
    the number of evidence files. Indicators with a narrated target show it in both targets."""

    HEADERS = (QT_TRANSLATE_NOOP("RealisasiModel", "RHK"), QT_TRANSLATE_NOOP("RealisasiModel", "Indikator"), QT_TRANSLATE_NOOP("RealisasiModel", "Target tahunan"), QT_TRANSLATE_NOOP("RealisasiModel", "Target periode"), QT_TRANSLATE_NOOP("RealisasiModel", "Realisasi"), QT_TRANSLATE_NOOP("RealisasiModel", "Uraian realisasi"), QT_TRANSLATE_NOOP("RealisasiModel", "Capaian"), QT_TRANSLATE_NOOP("RealisasiModel", "Bukti"))
    VALUE, TEXT = 4, 5
    EDITABLE = (VALUE, TEXT)

    def __init__(self, on_edit: Callable[[int, float | None, str], None], parent=None):
        super().__init__(parent)
        self.on_edit, self.rows, self.locked = on_edit, [], True
        self.language = current_language()

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

    def _targets(self, row: GridRow) -> tuple[str, str]:
        ind, lang = row.indicator, self.language
        if ind.target_text:
            return ind.target_text, ind.target_text
        annual = format_range(ind.target_min, ind.target_max, ind.satuan, lang)
        return annual, ind.period_target_in(row.months, lang) or annual

    def data(self, index, role=SHOW):
        if not index.isValid() or role not in (SHOW, EDIT, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        if role == EDIT and index.column() == self.VALUE:
            return row.value
        annual, period = self._targets(row)
        values = (row.rhk_text, row.indicator.text, annual, period, format_number(row.value, self.language),
                  row.text, capaian(row, self.language), str(row.evidence or ""))
        return values[index.column()]

    def flags(self, index):
        base = super().flags(index)
        if index.column() in self.EDITABLE and not self.locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=EDIT) -> bool:  # noqa: N802
        """Hands the edit to the service (in the background); True when it was handed on. The
        realisation is a number (from NumberDelegate) or text in the interface's language."""
        if self.locked or index.column() not in self.EDITABLE:
            return False
        row = self.rows[index.row()]
        if index.column() == self.VALUE:
            if isinstance(value, str):
                try:
                    value = parse_number(value, self.language)
                except NumberInputError:
                    return False
            self.on_edit(row.indicator.id, value, row.text)
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
            return (self.header, QCoreApplication.translate("FeedbackModel", "Umpan balik"))[section]
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
        combo.lineEdit().setMaxLength(limit("umpan_balik"))  # what the service accepts
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentText(index.data(EDIT) or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentText(), EDIT)


class NumberDelegate(QStyledItemDelegate):
    """Edits a number as the interface's language writes it. Text that is not a number keeps the
    editor open with the reason beside it (Enter and Tab are refused); leaving the cell then
    discards it with a word in the status bar; it is never saved as another number."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = NumberEdit(parent)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setValue(index.data(EDIT))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        problem = editor.check()
        if problem:
            self._say(editor, problem)
            return
        model.setData(index, editor.value(), EDIT)

    def eventFilter(self, editor, event) -> bool:  # noqa: N802
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if event.type() == QEvent.Type.KeyPress and event.key() in keys and isinstance(editor, NumberEdit):
            problem = editor.check()
            if problem:
                self._say(editor, problem)
                return True
        return super().eventFilter(editor, event)

    def _say(self, editor, text: str) -> None:
        QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), text, editor)
        bar = getattr(editor.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10000)
