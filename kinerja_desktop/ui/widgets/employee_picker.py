"""Picking an employee by typing part of a name, NIP or jabatan, instead of typing an NIP."""

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit


class EmployeePicker(QLineEdit):
    """A search field whose suggestions are the employees (name · grouped NIP · jabatan);
    ``nip`` is the chosen one's NIP, or None while nothing on the list is chosen."""

    picked = Signal(object)  # the NIP, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("ketik nama, NIP atau jabatan, lalu pilih dari daftar"))
        self.setClearButtonEnabled(True)
        self._by_label: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.textChanged.connect(lambda text: self.picked.emit(self._by_label.get(text)))
        self.nip: str | None = None
        self.picked.connect(lambda nip: setattr(self, "nip", nip))

    def set_employees(self, rows) -> None:
        """``rows`` have ``nip``, ``nip_display``, ``name`` and ``jabatan`` (services.employees)."""
        self._by_label = {f"{r.name} · {r.nip_display} · {r.jabatan}": r.nip for r in rows}
        self._model.setStringList(sorted(self._by_label))

    def choose(self, nip: str) -> None:
        label = next((text for text, value in self._by_label.items() if value == nip), "")
        self.setText(label)

    def _chosen(self, label: str) -> None:
        self.setText(label)
