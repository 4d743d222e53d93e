"""The hub's dialog: enrolling a sub-office's key for one subtree of units, after its fingerprint
is compared by telephone."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from ...services.context import Actor
from ...store.db import Database
from ...sync import hub
from ..ops import Changes
from .province import KeyFileDialog, _chooser


class HubEnrolDialog(KeyFileDialog):
    changes = Changes(sync=True)

    def __init__(self, db: Database, actor: Actor, hub_code: str, units: list, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Daftarkan sub-instansi"))
        self.setMinimumWidth(560)  # room for a file's path
        self.path, self.name = QLineEdit(), QLineEdit()
        self.office = QLineEdit(placeholderText=f"{hub_code}.01")
        self.unit = QComboBox()
        for u in units:  # depth-first, indented by depth
            self.unit.addItem("    " * u.depth + u.name + (f"  ({u.code})" if u.code else ""), u.id)
        self.fingerprint = QLabel(self.tr("(pilih berkas kunci)"))
        self.path.textChanged.connect(self._show_fingerprint)
        self.build_form([
            (self.tr("Berkas &kunci (.pub)"), _chooser(self, self.path, self.tr("Kunci publik sub-instansi"),
                                                       self.tr("Kunci publik (*.pub)"))),
            (self.tr("Sidik jari"), self.fingerprint),
            (self.tr("K&ode sub-instansi"), self.office), (self.tr("&Unit teratas"), self.unit),
            (self.tr("&Nama"), self.name)],
            intro=self.tr("Sub-instansi memegang unit ini dan semua unit di bawahnya. Minta operatornya "
                          "membacakan sidik jari kuncinya lewat telepon; daftarkan hanya bila sama dengan yang "
                          "tertulis di sini."))

    def _save(self) -> None:
        path, office, name = Path(self.path.text()), self.office.text().strip(), self.name.text().strip()
        unit_id = self.unit.currentData()
        self.try_accept(lambda: hub.enrol(self.db, self.actor, self.read_key(path), office=office, unit=unit_id,
                                          name=name))
