"""The hub's part of the Sinkronisasi page (a kabupaten's database serving its sub-offices):
each sub-office's state, enrolling one, writing its slice and the hub's key file."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...errors import NotAllowed, UserError
from ...files import write_atomically
from ...services.context import Actor
from ...store.db import Database
from ...sync import district, hub, slices
from ..dialogs.passphrase import PassphraseDialog
from ..i18n import locale
from ..models.rows import RowsModel, rows_table
from ..ops import Changes, Op


class HubPanel(QGroupBox):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(self.tr("Sub-instansi (hub kabupaten/kota)"), parent)
        self.db, self.actor = db, actor
        self.note = QLabel(wordWrap=True)
        self.model = RowsModel([
            (self.tr("Kode"), "office"), (self.tr("Unit teratas"), "unit"), (self.tr("Pegawai"), "staff"),
            (self.tr("Irisan"), "slices"), (self.tr("Paket"), "last_sequence"),
            (self.tr("Paket terakhir"), self._since), (self.tr("Bentrok"), "conflicts"),
            (self.tr("Keadaan"), self._state)], self)
        self.table = rows_table(self.model)
        self.table.setMinimumHeight(110)
        self.enrol_button = self._button(self.tr("&Daftarkan sub-instansi…"), self.enrol)
        self.slice_button = self._button(self.tr("Tulis i&risan data…"), self.write_slice)
        self.publish_button = self._button(self.tr("Tulis berkas &hub…"), self.publish)
        self.transfer_button = self._button(self.tr("&Pindahkan pegawai…"), self.transfer)
        self.conflicts_button = self._button(self.tr("Putuskan &bentrok…"), self.decide)
        self.revoke_button = self._button(self.tr("&Cabut kunci…"), self.revoke)
        self.buttons = (self.enrol_button, self.slice_button, self.publish_button, self.transfer_button,
                        self.conflicts_button, self.revoke_button)
        buttons = QHBoxLayout()
        for b in self.buttons:
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _since(self, row) -> str:
        return self.tr("belum ada") if row.days_since_last is None else self.tr("{0} hari lalu").format(row.days_since_last)

    def _state(self, row) -> str:
        if row.revoked:
            return self.tr("Kunci dicabut")
        return self.tr("Siap") if row.ready else self.tr("Menunggu paket pertama")

    def refresh(self) -> None:
        try:
            rows = hub.offices(self.db, self.actor)
        except (UserError, NotAllowed):  # no keys yet (the hub signs), or not an operator
            rows = None
        ready = rows is not None
        self.note.setText(self.tr(
            "Dinas, kecamatan dan sekolah dapat memakai Kinerja Desktop sendiri: masing-masing memegang satu unit dan "
            "unit di bawahnya, menerima irisan datanya dari sini dan mengirim paketnya ke sini.") if ready else self.tr(
            "Buat kunci instansi dahulu; hub menandatangani irisan data untuk sub-instansinya."))
        self.model.set_rows(rows or [])
        for b in self.buttons:
            b.setEnabled(ready)
        self.conflicts_button.setEnabled(ready and any(r.conflicts for r in rows or []))

    def enrol(self) -> None:
        from ...services.office import get_office
        from ...services.units import list_unit_details
        from ..dialogs.hub import HubEnrolDialog

        self.dialog = HubEnrolDialog(self.db, self.actor, get_office(self.db).code,
                                     list_unit_details(self.db, self.actor), parent=self)
        self.dialog.open()

    def _chosen(self):
        index = self.table.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else (rows[0] if len(rows) == 1 else None)

    def write_slice(self) -> None:
        row = self._chosen()
        if row is None:
            self.window().statusBar().showMessage(self.tr("Pilih dahulu sub-instansinya di tabel."), 8000)
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder atau flashdisk tujuan"))
        if folder:
            self.dialog = PassphraseDialog(lambda p: district.check_passphrase(self.db, p),
                                           then=lambda p: self._slice(row.office, Path(folder), p), parent=self)
            self.dialog.open()

    def _slice(self, office: str, folder: Path, passphrase: str) -> None:
        def work(_progress):  # the slice is written in one go: the dialog shows that work goes on
            return slices.write_slice(self.db, self.actor, office=office, passphrase=passphrase, out_dir=folder)
        self.task = Op(self, work,
                       progress=self.tr("Menyusun irisan data…"), failed=self.tr("Irisan data tidak dapat ditulis."),
                       changes=Changes(sync=True)).success(lambda r: self.window().statusBar().showMessage(self.tr(
                           "Irisan nomor {0} untuk {1} ditulis ke {2} dan dibaca ulang: {3} rekaman.").format(
                           r.sequence, office, r.path, sum(r.counts.values())), 15000)).run()

    def publish(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Berkas hub untuk sub-instansi"), "hub.kinerja",
                                              self.tr("Berkas Kinerja (*.kinerja)"))
        if path:
            self.dialog = PassphraseDialog(lambda p: district.check_passphrase(self.db, p),
                                           then=lambda p: self._publish(Path(path), p), parent=self)
            self.dialog.open()

    def _publish(self, path: Path, passphrase: str) -> None:
        self.task = Op(self, lambda: write_atomically(hub.publish(self.db, passphrase=passphrase), path),
                       failed=self.tr("Berkas hub tidak dapat ditulis.")).success(
            lambda written: self.window().statusBar().showMessage(self.tr(
                "Berkas hub ditulis ke {0}. Bacakan sidik jari kunci instansi kepada sub-instansi lewat telepon.").format(
                written), 15000)).run()

    def transfer(self) -> None:
        from ...services.office import get_office
        from ...services.units import list_unit_details
        from ..dialogs.hub import HubTransferDialog

        self.dialog = HubTransferDialog(self.db, self.actor, get_office(self.db).code, self.model.rows,
                                        list_unit_details(self.db, self.actor), hub.unit_offices(self.db, self.actor),
                                        parent=self)
        self.dialog.accepted.connect(lambda: self._moved(self.dialog.result_value))
        self.dialog.open()

    def _moved(self, moved) -> None:
        said = self.tr("{0} pindah dari {1} ke {2} mulai {3}. Irisan ditulis: {4}.").format(
            moved.nama, moved.source, moved.target, locale().toString(moved.on, "d MMMM yyyy"),
            ", ".join(p.name for p in moved.files) or self.tr("tidak ada (pindah di dalam hub)"))
        if moved.appraised:  # their appraisees' SKP follow them until a new penilai is set
            said += " " + self.tr("{0} SKP yang dinilainya ikut ke {1}: tetapkan penilai barunya dengan 'kinerja skp "
                                  "segmen --penilai NIP'.").format(moved.appraised, moved.target)
        self.window().statusBar().showMessage(said, 30000)

    def decide(self) -> None:
        from ..dialogs.hub import HubConflictsDialog

        self.dialog = HubConflictsDialog(self.db, self.actor, parent=self)
        self.dialog.finished.connect(lambda _: self.refresh())
        self.dialog.open()

    def revoke(self) -> None:
        from ..widgets.confirm import confirm

        row = self._chosen()
        if row is None or row.revoked:
            self.window().statusBar().showMessage(self.tr("Pilih dahulu sub-instansi yang kuncinya masih berlaku."), 8000)
            return
        self.confirm_box = confirm(self, self.tr("Cabut kunci sub-instansi"), self.tr(
            "Cabut kunci {0} ({1})? Paket yang ditandatangani kunci itu ditolak, irisan tidak lagi ditulis untuknya, "
            "dan unitnya kembali ditulis di hub sampai kunci baru didaftarkan.").format(row.office, row.unit),
            lambda: self._revoke(row.office))

    def _revoke(self, office: str) -> None:
        self.task = Op(self, lambda: hub.revoke(self.db, self.actor, office=office),
                       failed=self.tr("Kunci tidak dapat dicabut."), changes=Changes(sync=True)).success(
            lambda _: self.window().statusBar().showMessage(self.tr("Kunci {0} dicabut.").format(office), 15000)).run()
