"""The hub's dialogs: enrolling a sub-office's key for one subtree of units, after its fingerprint
is compared by telephone; moving an employee to another sub-office; deciding the sub-offices'
conflicts."""

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit

from ...services.context import Actor
from ...store.db import Database
from ...sync import hub
from ..ops import Changes
from .base import Dialog
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


class HubTransferDialog(Dialog):
    """A move (mutasi) between offices of the kabupaten: the employee, the office and unit they
    join, from when; the hub writes a slice for each sub-office concerned into the folder."""

    changes = Changes(sync=True, employees=True, skp=True)

    def __init__(self, db: Database, actor: Actor, hub_code: str, offices: list, units: list, places: dict,
                 parent=None):
        super().__init__(parent)
        self.db, self.actor, self.units, self.places = db, actor, units, places
        self.setWindowTitle(self.tr("Pindahkan pegawai ke sub-instansi lain"))
        self.setMinimumWidth(560)
        self.nip = QLineEdit(placeholderText="19xxxxxxxxxxxxxxxx")
        self.office = QComboBox()
        self.office.addItem(self.tr("{0} (hub ini)").format(hub_code), hub_code)
        for o in offices:
            self.office.addItem(f"{o.office}  {o.unit}", o.office)
        self.unit = QComboBox()
        self.atasan = QLineEdit(placeholderText=self.tr("kosong: kepala unit tujuan"))
        self.jabatan = QLineEdit(placeholderText=self.tr("kosong: tetap"))
        self.on = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.folder = QLineEdit()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.office.currentIndexChanged.connect(lambda _: self._fill_units())
        self.build_form([
            (self.tr("&NIP pegawai"), self.nip), (self.tr("&Tujuan"), self.office), (self.tr("&Unit tujuan"), self.unit),
            (self.tr("&Atasan baru (NIP)"), self.atasan), (self.tr("&Jabatan baru"), self.jabatan),
            (self.tr("&Mulai berlaku"), self.on),
            (self.tr("&Folder irisan"), _chooser(self, self.folder, self.tr("Folder atau flashdisk tujuan"), "",
                                                 folder=True)),
            (self.tr("&Frasa sandi kunci instansi"), self.passphrase)],
            intro=self.tr("Daftar pegawai dipegang hub: pindah dicatat di sini. SKP tahun berjalan dibagi menjadi "
                          "segmen baru yang dinilai atasan baru. Tiap sub-instansi yang terlibat menerima irisan "
                          "barunya: yang ditinggalkan melepas data pegawai itu, yang dituju menerimanya."))
        self._fill_units()

    def _fill_units(self) -> None:
        office = self.office.currentData()
        self.unit.clear()
        for u in self.units:  # the units of the chosen office, depth-first
            if self.places.get(u.id) == office:
                self.unit.addItem("    " * u.depth + u.name + (f"  ({u.code})" if u.code else ""), u.id)

    def _save(self) -> None:
        from ...sync import transfer

        day = self.on.date().toPython()
        nip, office, unit = self.nip.text().strip(), self.office.currentData(), self.unit.currentData()
        atasan, jabatan = self.atasan.text().strip() or None, self.jabatan.text().strip() or None
        folder, secret = Path(self.folder.text().strip() or "."), self.passphrase.text()
        self.try_accept(lambda: transfer.transfer(self.db, self.actor, nip=nip, to=office, on=day, passphrase=secret,
                                                  out_dir=folder, unit=unit, atasan=atasan, jabatan=jabatan))


class HubConflictsDialog(Dialog):
    """The sub-offices' conflicts, decided one by one (the province's Bentrok page, for a hub)."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

        from ..pages.conflicts import ConflictsPage

        super().__init__(parent)
        self.setWindowTitle(self.tr("Bentrok sub-instansi"))
        self.resize(1000, 600)
        self.page = ConflictsPage(db, actor, self, hub=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
