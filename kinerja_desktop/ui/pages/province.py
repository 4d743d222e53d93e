"""Provinsi: packages dropped in are verified and applied, a receipt written beside each; the
consolidated view per district (stream, held gaps, conflicts, days since the last package)."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...errors import UserError
from ...files import write_atomically
from ...services.context import Actor
from ...services.info import database_info
from ...store.db import Database
from ...sync import consolidate, province
from ..errors import user_message
from ..models.rows import RowsModel, rows_table
from ..dialogs.passphrase import PassphraseDialog
from ..ops import Cancelled, Changes, Op


@dataclass(frozen=True)
class FileResult:
    file: str
    outcome: str
    receipts: str


class ProvincePage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.results = db, actor, []
        self.setAcceptDrops(True)
        self.key_label = QLabel(wordWrap=True)
        choose = QPushButton(self.tr("&Pilih paket…"))
        choose.clicked.connect(self.choose_files)
        self.results_model = RowsModel([(self.tr("Berkas"), "file"), (self.tr("Hasil pemeriksaan"), "outcome"),
                                        (self.tr("Tanda terima"), "receipts")], self)
        self.districts_model = RowsModel([
            (self.tr("Instansi"), "office"), (self.tr("Paket terakhir"), "last_sequence"),
            (self.tr("Ditahan"), lambda r: ", ".join(map(str, r.held))), (self.tr("Bentrok"), "open_conflicts"),
            (self.tr("Rekaman"), "records"),
            (self.tr("Hari sejak paket"), lambda r: "" if r.days_since_last is None else r.days_since_last),
            (self.tr("Kunci"), lambda r: self.tr("dicabut") if r.revoked else r.fingerprint)], self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Seret berkas paket (.kinerja) ke halaman ini, atau pilih berkasnya. Tanda "
                                     "terima ditulis di folder paket."), wordWrap=True), 1)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Konsolidasi Provinsi</h2>")))
        layout.addWidget(self.key_label)
        layout.addLayout(top)
        layout.addWidget(rows_table(self.results_model), 1)
        layout.addWidget(QLabel(self.tr("<b>Per kabupaten/kota</b>")))
        layout.addWidget(rows_table(self.districts_model), 1)
        self.refresh()

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("ProvincePage", "Provinsi")

    def refresh(self) -> None:
        info = province.key_info(self.db)
        totals = database_info(self.db)
        self.key_label.setText(self.tr("Kunci provinsi: ID {0}, sidik jari <b>{1}</b>. Terkonsolidasi: {2} pegawai, "
                                       "{3} SKP, {4} evaluasi dari {5} kabupaten/kota.").format(
            info.key_id if info else "-", info.fingerprint if info else "-", totals.employees, totals.skps,
            totals.evaluations, totals.districts))
        self.districts_model.set_rows(province.districts(self.db))
        self.results_model.set_rows(self.results)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.toLocalFile().endswith(".kinerja")]
        event.acceptProposedAction()
        self.ask_and_import(paths)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Paket kabupaten/kota"), "",
                                                self.tr("Paket Kinerja (*.kinerja)"))
        self.ask_and_import(paths)

    def ask_and_import(self, paths: list[str]) -> None:
        if paths:
            self.dialog = PassphraseDialog(lambda p: consolidate.check_passphrase(self.db, p),
                                           then=lambda p: self.import_files(paths, p), parent=self)
            self.dialog.open()

    def import_files(self, paths: list[str], passphrase: str) -> None:
        """In the background, each file on its own: one refused file does not stop the others;
        cancel stops between files."""

        def work(progress) -> list[FileResult]:
            done = []
            for number, path in enumerate(sorted(paths)):
                try:
                    progress(number, len(paths))
                except Cancelled:  # the files already applied stay applied, and are listed
                    break
                done.append(self._import_one(Path(path), passphrase))
            return done
        self.task = Op(self, work, progress=self.tr("Memeriksa dan menerapkan paket…"),
                       failed=self.tr("Paket tidak dapat diimpor."), changes=Changes(sync=True)).success(
            self._imported).run()

    def _imported(self, results: list[FileResult]) -> None:
        self.results[:0] = reversed(results)
        self.refresh()

    def _import_one(self, path: Path, passphrase: str) -> FileResult:
        try:
            result = consolidate.import_package(self.db, self.actor, path, passphrase=passphrase,
                                                file_name=path.name)
        except UserError as exc:
            return FileResult(path.name, user_message(exc), "")
        except OSError as exc:
            return FileResult(path.name, self.tr("tidak dapat dibaca: {0}").format(exc.strerror), "")
        written = [write_atomically(data, path.parent / name).name for name, data in result.receipts]
        return FileResult(path.name, user_message(result.message), ", ".join(written))
