"""The hub's dialog: enrolling a sub-office's key for one subtree of units, after its fingerprint
is compared by telephone."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from ...errors import UserError
from ...services.context import Actor
from ...store.db import Database
from ...sync import hub, province
from ..ops import Changes
from .base import Dialog
from .province import _chooser


class HubEnrolDialog(Dialog):
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

    def _show_fingerprint(self) -> None:
        try:
            fingerprint, key_id = province.offered_key(Path(self.path.text()).read_text(encoding="ascii"))
            self.fingerprint.setText(self.tr("<b>{0}</b> (ID kunci {1})").format(fingerprint, key_id))
        except (OSError, UnicodeDecodeError, UserError):
            self.fingerprint.setText(self.tr("(bukan berkas kunci publik Kinerja)"))

    def _save(self) -> None:
        path, office, name = Path(self.path.text()), self.office.text().strip(), self.name.text().strip()
        unit_id = self.unit.currentData()

        def enrol():
            try:
                text = path.read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError) as exc:
                raise UserError("Berkas kunci '{path}' tidak dapat dibaca: {value}.", path=path, value=exc) from None
            return hub.enrol(self.db, self.actor, text, office=office, unit=unit_id, name=name)
        self.try_accept(enrol)
