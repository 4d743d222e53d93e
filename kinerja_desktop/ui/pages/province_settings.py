"""Pengaturan (province): the province's name and key, the file districts trust, the districts'
keys (enrol after the telephone check, revoke), reference data, and the key's escrow copy."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...files import write_atomically
from ...services.context import Actor, Role
from ...store.db import Database
from ...sync import consolidate, province
from ..dialogs.passphrase import PassphraseDialog
from ..dialogs.province import EnrolDialog, ReferenceDialog
from ..models.rows import RowsModel, rows_table
from ..ops import Changes, Op
from ..widgets.confirm import confirm


class ProvinceSettingsPage(QWidget):
    REDRAW_ON = ("sync",)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.identity = QLabel(wordWrap=True)
        self.name = QLineEdit()
        self.model = RowsModel([
            (self.tr("Instansi"), "office"), (self.tr("Nama"), "name"), (self.tr("Sidik jari"), "fingerprint"),
            (self.tr("Status"), lambda r: self.tr("dicabut") if r.revoked else self.tr("aktif"))], self)
        self.table = rows_table(self.model)
        self.buttons = {key: QPushButton(text) for key, text in (
            ("rename", self.tr("&Simpan nama")), ("publish", self.tr("&Terbitkan berkas provinsi…")),
            ("enrol", self.tr("&Daftarkan kunci…")), ("revoke", self.tr("&Cabut kunci…")),
            ("reference", self.tr("Buat data &referensi…")), ("escrow", self.tr("Salin kunci untuk &brankas…")))}
        for key, button in self.buttons.items():
            button.clicked.connect(getattr(self, key))
            button.setEnabled(actor.role is Role.OPERATOR)
        self._layout()
        self.refresh()

    def _row(self, *widgets) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit) or getattr(widget, 'wordWrap', lambda: False)() else 0)
        return row

    def _layout(self) -> None:
        own = QGroupBox(self.tr("Provinsi"))
        box = QVBoxLayout(own)
        box.addWidget(self.identity)
        box.addLayout(self._row(QLabel(self.tr("Nama:")), self.name, self.buttons["rename"]))
        box.addLayout(self._row(QLabel(self.tr("Berkas yang dipercaya kabupaten/kota: kunci tanda tangan dan "
                                               "penerima enkripsi provinsi."), wordWrap=True),
                                self.buttons["publish"]))
        box.addLayout(self._row(QLabel(self.tr("Identitas age provinsi untuk disimpan di brankas: tanpa itu "
                                               "paket yang sudah diterima tidak dapat dibuka lagi bila basis "
                                               "data ini hilang."), wordWrap=True), self.buttons["escrow"]))
        districts = QGroupBox(self.tr("Kunci kabupaten/kota"))
        grid = QVBoxLayout(districts)
        grid.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for key in ("enrol", "revoke", "reference"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        grid.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Pengaturan Provinsi</h2>")))
        layout.addWidget(own)
        layout.addWidget(districts, 1)

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("ProvinceSettingsPage", "Pengaturan")

    def refresh(self) -> None:
        own, key = province.identity(self.db), province.key_info(self.db)
        self.identity.setText(self.tr("Kode provinsi <b>{0}</b>. Kunci provinsi: ID {1}, sidik jari <b>{2}</b>.").format(
            own.code, key.key_id if key else "-", key.fingerprint if key else "-"))
        self.name.setText(own.name)
        self.model.set_rows(province.districts(self.db))

    def current_office(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].office if index.isValid() else None

    def rename(self) -> None:
        Op(self, lambda: province.rename(self.db, self.actor, self.name.text()),
           failed=self.tr("Nama provinsi tidak dapat disimpan."), changes=Changes(sync=True)).success(
            lambda _: self.refresh()).run()

    def _with_passphrase(self, then) -> None:
        self.dialog = PassphraseDialog(lambda p: consolidate.check_passphrase(self.db, p), then=then, parent=self)
        self.dialog.open()

    def publish(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Berkas provinsi"), "provinsi.kinerja",
                                              self.tr("Berkas Kinerja (*.kinerja)"))
        if path:
            self._with_passphrase(lambda p: Op(
                self, lambda: write_atomically(province.publish(self.db, passphrase=p), Path(path)),
                failed=self.tr("Berkas provinsi tidak dapat ditulis.")).success(self._written).run())

    def escrow(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Identitas untuk brankas"), "identitas-provinsi.txt")
        if path:
            self._with_passphrase(lambda p: Op(
                self, lambda: province.escrow(self.db, self.actor, passphrase=p, output=Path(path)),
                failed=self.tr("Identitas tidak dapat ditulis.")).success(self._written).run())

    def _written(self, path) -> None:
        self.window().statusBar().showMessage(self.tr("Ditulis: {0}").format(path), 15000)

    def enrol(self) -> None:
        self.dialog = EnrolDialog(self.db, self.actor, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def revoke(self) -> None:
        office = self.current_office()
        if office is None:
            self.window().statusBar().showMessage(self.tr("Pilih kabupaten/kota di tabel dahulu."), 8000)
            return
        self.box = confirm(self, self.tr("Cabut kunci"), self.tr(
            "Cabut kunci {0}? Setiap paket berikutnya yang ditandatangani kunci ini ditolak, sampai kunci baru "
            "didaftarkan.").format(office), lambda: Op(
                self, lambda: province.revoke(self.db, self.actor, office=office),
                failed=self.tr("Kunci tidak dapat dicabut."), changes=Changes(sync=True)).success(
                lambda _: self.refresh()).run())

    def reference(self) -> None:
        offices = [r.office for r in province.districts(self.db) if not r.revoked]
        self.dialog = ReferenceDialog(self.db, self.actor, offices, self)
        self.dialog.accepted.connect(lambda: self._written(self.dialog.result_value))
        self.dialog.open()
