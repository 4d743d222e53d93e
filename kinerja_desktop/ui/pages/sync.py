"""Sinkronisasi (district): the key, the trusted province, export, the outbox, and importing
receipts and reference data from the province."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...services.context import Actor
from ...store.db import Database
from ...sync import district, inbox
from ..models.rows import RowsModel, rows_table
from ..dialogs.passphrase import PassphraseDialog
from ..errors import user_message
from ..ops import Changes, Op
from ..widgets.confirm import confirm


class SyncPage(QWidget):
    REDRAW_ON = ("sync",)  # what an action changed that this page shows (ops.Changes)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.key_label, self.trust_label = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.key_button = self._button(self.tr("Buat &kunci…"), self.create_key)
        self.trust_button = self._button(self.tr("&Percayai provinsi…"), self.trust)
        self.export_button = self._button(self.tr("&Ekspor paket…"), self.export)
        self.import_button = self._button(self.tr("&Impor tanda terima / data referensi…"), self.import_files)
        self.model = RowsModel([
            (self.tr("No."), "sequence"), (self.tr("Dibuat"), lambda r: f"{r.created_at:%d-%m-%Y %H:%M}"),
            (self.tr("Rekaman"), "records"), (self.tr("Status"), "status"),
            (self.tr("Tanda terima"), lambda r: f"{r.receipt_at:%d-%m-%Y %H:%M}" if r.receipt_at else ""),
            (self.tr("Bentrok"), "conflicts"), (self.tr("Berkas"), "file_name")], self)
        self.table = rows_table(self.model)
        from .hub_panel import HubPanel

        self.hub = HubPanel(db, actor, self)
        self._layout()
        self._shown_once = False

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        self.identity = identity = QGroupBox(self.tr("Kunci dan provinsi"))
        grid = QVBoxLayout(identity)
        for label, button in ((self.key_label, self.key_button), (self.trust_label, self.trust_button)):
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button)
            grid.addLayout(row)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        layout.addWidget(identity)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("<b>Kotak keluar</b>")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hub, 1)

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("SyncPage", "Sinkronisasi")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._shown_once:
            self._shown_once = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        key, trust = district.key_info(self.db), district.trusted(self.db)
        self.key_label.setText(self.tr("Kunci instansi: ID {0}, sidik jari <b>{1}</b>").format(key.key_id, key.fingerprint)
                               if key else self.tr("Belum ada kunci instansi. Buat kunci sebelum mengirim paket."))
        self.key_button.setEnabled(key is None)
        self.trust_label.setText(
            self.tr("Hub {0} ({1}), sidik jari <b>{2}</b>").format(trust.province, trust.name, trust.fingerprint)
            if trust and trust.kind == "hub" else
            self.tr("Provinsi {0} ({1}), sidik jari <b>{2}</b>").format(trust.province, trust.name, trust.fingerprint)
            if trust else self.tr("Provinsi belum dipercaya: paket tidak akan terenkripsi. Pilih berkas kunci provinsi."))
        self.export_button.setEnabled(key is not None)
        self.model.set_rows(district.outbox(self.db))
        sub_office = trust is not None and trust.kind == "hub"
        self.intro.setText(self.tr(
            "<h2>Sinkronisasi</h2>Instansi ini sub-instansi: paket ditandatangani dan dienkripsi untuk hub (BKPSDM), "
            "lalu dibawa dengan flashdisk; dari hub datang irisan data unit dan pegawainya. Setiap paket disimpan di "
            "kotak keluar sampai tanda terimanya diimpor.") if sub_office else self.tr(
            "<h2>Sinkronisasi</h2>Paket ditandatangani dan dienkripsi untuk provinsi, lalu dibawa dengan "
            "flashdisk. Setiap paket disimpan di kotak keluar sampai tanda terimanya diimpor; perubahan yang "
            "belum diterima provinsi ikut lagi di paket berikutnya."))
        self.identity.setTitle(self.tr("Kunci dan hub") if sub_office else self.tr("Kunci dan provinsi"))
        self.trust_button.setText(self.tr("&Percayai hub…") if sub_office else self.tr("&Percayai provinsi…"))
        self.import_button.setText(self.tr("&Impor tanda terima / irisan data…") if sub_office
                                   else self.tr("&Impor tanda terima / data referensi…"))
        self.hub.setVisible(not sub_office)  # a sub-office is no hub itself
        if self.hub.isVisibleTo(self):
            self.hub.refresh()

    def create_key(self) -> None:
        from ...services.office import get_office

        def make(office: str, passphrase: str):
            return district.init_keys(self.db, self.actor, office_code=office, passphrase=passphrase)
        self._dialog(PassphraseDialog(make, new_key=True, office=get_office(self.db).code, changes=Changes(sync=True),
                                      parent=self))

    def _dialog(self, dialog: PassphraseDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Berkas kunci provinsi atau hub"), "",
                                              self.tr("Berkas Kinerja (*.kinerja)"))
        if path:
            self.trust_from(Path(path))

    def trust_from(self, path: Path, *, replace_fingerprint: str | None = None) -> Op:
        """Trust the province's file; another key than the trusted one is asked about first."""
        def refused(exc) -> None:
            if isinstance(exc, district.TrustChange):
                self.replace_box = confirm(self, self.tr("Ganti kunci provinsi"), self.tr(
                    "Berkas ini membawa kunci provinsi yang <b>berbeda</b>.<br>Sidik jari yang dipercaya: {0}<br>"
                    "Sidik jari baru: <b>{1}</b><br><br>Ganti hanya bila BKD provinsi membacakan sidik jari baru "
                    "ini lewat telepon. Ganti kuncinya?").format(exc.trusted, exc.offered),
                    lambda: self.trust_from(path, replace_fingerprint=exc.offered))
        op = Op(self, lambda: district.trust_province(self.db, self.actor, path.read_bytes(), file_name=str(path),
                                                      replace_fingerprint=replace_fingerprint),
                failed=self.tr("Provinsi tidak dapat dipercaya."), changes=Changes(sync=True))
        return op.handles(district.TrustChange).success(self._trusted).failure(refused).run()

    def _trusted(self, row) -> None:
        text = self.tr("Hub {0} dipercaya. Cocokkan sidik jari {1} dengan BKPSDM lewat telepon.") if row.kind == "hub" \
            else self.tr("Provinsi {0} dipercaya. Cocokkan sidik jari {1} dengan BKD provinsi lewat telepon.")
        self.window().statusBar().showMessage(text.format(row.province, row.fingerprint), 15000)

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder atau flashdisk tujuan"))
        if folder:
            # a wrong passphrase is refused in the dialog, before any work
            self._dialog(PassphraseDialog(lambda p: district.check_passphrase(self.db, p),
                                          then=lambda p: self._start_export(Path(folder), p), parent=self))

    def _start_export(self, folder: Path, passphrase: str) -> None:
        self.task = Op(self, lambda progress: district.export_package(self.db, self.actor, passphrase=passphrase,
                                                                      out_dir=folder, progress=progress),
                       progress=self.tr("Menyusun dan menulis paket…"), failed=self.tr("Paket tidak dapat diekspor."),
                       changes=Changes(sync=True)).success(self._exported).run()

    def _exported(self, result) -> None:
        self.refresh()
        self.window().statusBar().showMessage(self.tr(
            "Paket nomor {0} ditulis ke {1} dan dibaca ulang: aman untuk mencabut flashdisk.").format(
            result.sequence, result.path), 15000)

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Tanda terima, data referensi, irisan atau paket sub-instansi"), "",
                                                self.tr("Berkas Kinerja (*.kinerja)"))
        if not paths:
            return
        if any(inbox.needs_passphrase(Path(p).read_bytes()) for p in paths):
            self._dialog(PassphraseDialog(lambda p: district.check_passphrase(self.db, p),
                                          then=lambda p: self._import(paths, p), parent=self))
        else:
            self._import(paths, None)

    def _import(self, paths: list[str], passphrase: str | None) -> None:
        """Each file one transaction, in the order chosen; what was applied is said in the status bar."""
        def work() -> list:
            return inbox.import_files(self.db, self.actor, [Path(p) for p in paths], passphrase=passphrase)
        Op(self, work, failed=self.tr("Berkas tidak dapat diimpor."),
           changes=Changes(sync=True, employees=True, org_predikat=True)).success(
            lambda messages: self.window().statusBar().showMessage(
                " ".join(user_message(m) for m in messages), 15000)).run()
