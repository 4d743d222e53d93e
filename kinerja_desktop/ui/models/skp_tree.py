"""The RHK tree of an SKP: A. UTAMA and B. TAMBAHAN, each RHK with its indicators below it."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from ...services.skp.queries import SkpDetail
from ..i18n import current_language

RHK_ROLE = Qt.ItemDataRole.UserRole + 3
HEADERS = (QT_TRANSLATE_NOOP("SkpTree", "Rencana hasil kerja / indikator"), QT_TRANSLATE_NOOP("SkpTree", "Aspek"), QT_TRANSLATE_NOOP("SkpTree", "Target"), QT_TRANSLATE_NOOP("SkpTree", "RHK atasan yang diintervensi"))


def build_model(detail: SkpDetail, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([QCoreApplication.translate("SkpTree", h) for h in HEADERS])
    bold = QFont()
    bold.setBold(True)
    for title, group in (("A. UTAMA", detail.utama), ("B. TAMBAHAN", detail.tambahan)):
        section = QStandardItem(title)
        section.setFont(bold)
        section.setEditable(False)
        for number, rhk in enumerate(group, start=1):
            item = QStandardItem(f"{number}. {rhk.rhk.text}")
            item.setData(rhk.rhk.id, RHK_ROLE)
            item.setEditable(False)
            for ind in rhk.indicators:
                child = [QStandardItem(ind.text), QStandardItem(ind.aspek or ind.perspektif), QStandardItem(ind.target_in(current_language()))]
                for cell in child:
                    cell.setEditable(False)
                    cell.setData(rhk.rhk.id, RHK_ROLE)
                item.appendRow(child)
            parent_item = QStandardItem(rhk.intervensi)
            parent_item.setEditable(False)
            section.appendRow([item, QStandardItem(""), QStandardItem(""), parent_item])
        model.appendRow(section)
    return model
