"""Dialogs of the province's Pengaturan page: enrolling a district's key after its fingerprint is
compared by telephone, and writing a district's reference data."""

from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...errors import UserError
from ...files import write_atomically
from ...services.context import Actor
from ...store.db import Database
from ...sync import province, reference
from ..ops import Changes
from .base import Dialog


def _chooser(parent, edit: QLineEdit, caption: str, pattern: str, *, folder: bool = False) -> QWidget:
    """A path field with its Pilih… button."""
    def choose() -> None:
        path = (QFileDialog.getExistingDirectory(parent, caption) if folder
                else QFileDialog.getOpenFileName(parent, caption, "", pattern)[0])
        if path:
            edit.setText(path)
    box, button = QWidget(), QPushButton(QApplication.translate("Chooser", "Pilih…"))
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    button.clicked.connect(choose)
    return box


class KeyFileDialog(Dialog):
    """A dialog that enrols a public key file: ``self.path`` shows the key's fingerprint in
    ``self.fingerprint`` as it is chosen, to compare by telephone; ``read_key`` reads it."""

    def _show_fingerprint(self) -> None:
        try:
            fingerprint, key_id = province.offered_key(Path(self.path.text()).read_text(encoding="ascii"))
            self.fingerprint.setText(self.tr("<b>{0}</b> (ID kunci {1})").format(fingerprint, key_id))
        except (OSError, UnicodeDecodeError, UserError):
            self.fingerprint.setText(self.tr("(bukan berkas kunci publik Kinerja)"))

    @staticmethod
    def read_key(path: Path) -> str:
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError("Berkas kunci '{path}' tidak dapat dibaca: {value}.", path=path, value=exc) from None


class EnrolDialog(KeyFileDialog):
    changes = Changes(sync=True)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Daftarkan kunci kabupaten/kota"))
        self.setMinimumWidth(560)  # room for a file's path
        self.path, self.office, self.name = QLineEdit(), QLineEdit(placeholderText="1201"), QLineEdit()
        self.fingerprint = QLabel(self.tr("(pilih berkas kunci)"))
        self.path.textChanged.connect(self._show_fingerprint)
        self.build_form([
            (self.tr("Berkas &kunci (.pub)"), _chooser(self, self.path, self.tr("Kunci publik kabupaten/kota"),
                                                       self.tr("Kunci publik (*.pub)"))),
            (self.tr("Sidik jari"), self.fingerprint),
            (self.tr("K&ode instansi"), self.office), (self.tr("&Nama"), self.name)],
            intro=self.tr("Minta operator kabupaten/kota membacakan sidik jari kuncinya lewat telepon. Daftarkan "
                          "hanya bila sama dengan yang tertulis di sini."))

    def _save(self) -> None:
        path, office, name = Path(self.path.text()), self.office.text().strip(), self.name.text().strip()
        self.try_accept(lambda: province.enrol(self.db, self.actor, self.read_key(path), office=office, name=name))


class ReferenceDialog(Dialog):
    """The next reference file for one district: roster corrections and organisation predikat
    from CSV files (both optional), and every conflict decision not yet sent."""

    changes = Changes(sync=True)

    def __init__(self, db: Database, actor: Actor, offices: list[str], parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Buat data referensi"))
        self.setMinimumWidth(600)
        self.office = QComboBox()
        self.office.addItems(offices)
        self.roster, self.org, self.folder = QLineEdit(), QLineEdit(), QLineEdit()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        csv = self.tr("CSV (*.csv)")
        self.build_form([
            (self.tr("&Kabupaten/kota"), self.office),
            (self.tr("Koreksi &roster (CSV)"), _chooser(self, self.roster, self.tr("Koreksi roster"), csv)),
            (self.tr("&Predikat organisasi (CSV)"), _chooser(self, self.org, self.tr("Predikat organisasi"), csv)),
            (self.tr("&Folder tujuan"), _chooser(self, self.folder, self.tr("Folder tujuan"), "", folder=True)),
            (self.tr("&Frasa sandi"), self.passphrase)],
            intro=self.tr("Keputusan bentrok yang belum dikirim ikut dengan sendirinya. Kolom roster: nip, nama, "
                          "gelar_depan, gelar_belakang, golongan, jabatan. Kolom predikat: unit, tahun, periode, "
                          "predikat."))

    def _save(self) -> None:
        office, folder, passphrase = self.office.currentText(), Path(self.folder.text()), self.passphrase.text()
        roster = Path(self.roster.text()) if self.roster.text().strip() else None
        org = Path(self.org.text()) if self.org.text().strip() else None

        def build() -> Path:
            if not self.folder.text().strip() or not folder.is_dir():
                raise UserError("Pilih folder tujuan yang ada, mis. flashdisk yang dibawa ke kabupaten/kota.")
            name, data = reference.build(self.db, self.actor, office=office, passphrase=passphrase,
                                         roster=roster, org=org)
            return write_atomically(data, folder / name)
        self.try_accept(build)
