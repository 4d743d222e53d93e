"""The main window: navigation on the left, one page per screen, shared actions."""

from PySide6.QtCore import QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from .. import __version__
from ..paths import log_dir
from ..services import maintenance
from ..services.context import Actor, Role
from ..services.office import get_office
from ..store.db import Database
from ..sync import province
from .ops import Changes, Op, actions_pending, bus
from .widgets.screen import fit_to_screen, keep_on_screen
from .widgets.welcome import WelcomePanel
from .forms.ui_main_window import Ui_MainWindow
from .roles import role_name
from .dialogs.passphrase import PassphraseDialog



# The pages, in the order of the navigation: (attribute, module under pages/, class). Only the
# first is built with the window; the others when first shown or first asked for.
PAGES = (("employees", "employees", "EmployeesPage"), ("skp", "skp", "SkpPage"),
         ("evaluation", "evaluation", "EvaluationPage"), ("mass_rating", "mass_rating", "MassRatingPage"),
         ("rekap", "rekap", "RekapPage"), ("objections", "objections", "ObjectionPage"),
         ("follow_up", "follow_up", "FollowUpPage"))
OPERATOR_PAGES = (("units", "units", "UnitsPage"), ("users", "users", "UsersPage"), ("sync", "sync", "SyncPage"),
                  ("settings", "settings", "SettingsPage"))
PROVINCE_PAGES = (("province_page", "province", "ProvincePage"), ("conflicts_page", "conflicts", "ConflictsPage"))
PROVINCE_OPERATOR_PAGES = (("users", "users", "UsersPage"),
                           ("province_settings", "province_settings", "ProvinceSettingsPage"))
ALL_PAGES = PAGES + OPERATOR_PAGES + PROVINCE_PAGES + PROVINCE_OPERATOR_PAGES
# what the window's menus open, imported when first used (printing alone is 150 ms of imports)
# and warmed with the pages while the login dialog is shown
MENU_MODULES = ("..services.printing.trust", ".dialogs.masukan_entry", ".dialogs.printing")


def page_class(module: str, name: str) -> type:
    from importlib import import_module

    return getattr(import_module(f"{__package__}.pages.{module}"), name)


def warm_imports() -> None:
    """Import every page's module (the start-up runs this on its worker thread while the login
    dialog waits for the password), so Masuk does not wait for them."""
    from importlib import import_module

    for _, module, name in ALL_PAGES:
        page_class(module, name)
    for module in MENU_MODULES:
        import_module(module, __package__)


class _Page:
    """A page of the window as an attribute (``window.skp``): built when first asked for."""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        if self.name not in window._names:  # not for this role, or not in a province window
            raise AttributeError(self.name)
        return window.page(self.name)


class MainWindow(QMainWindow):
    """Emits ``language_changed`` when the user picked another language in Pengaturan,
    ``switch_user_requested`` on Ganti pengguna, ``open_database_requested(path)`` on Buka basis
    data lain, and ``closed`` when the user closed it (not when the program closes it to switch)."""

    language_changed = Signal()
    switch_user_requested = Signal()
    open_database_requested = Signal(str)
    closed = Signal()
    employees, skp, evaluation, mass_rating, rekap, objections = _Page(), _Page(), _Page(), _Page(), _Page(), _Page()
    follow_up, units, users, sync, settings = _Page(), _Page(), _Page(), _Page(), _Page()
    province_page, conflicts_page, province_settings = _Page(), _Page(), _Page()

    def __init__(self, db: Database, actor: Actor):
        super().__init__()
        self.db, self.actor = db, actor
        self.closing_for_switch = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        office = get_office(db)
        self.setWindowTitle(self.tr("Kinerja Desktop — {0}").format(office.name))
        self.province_mode = province.is_province(db)
        self._specs, self._built = self._page_specs(), {}
        self._names = [name for name, _, _ in self._specs]
        for _, module, cls in self._specs:
            self.ui.pages.addWidget(QWidget())
            QListWidgetItem(page_class(module, cls).title(), self.ui.navList)
        self.page(self._names[0])
        self.ui.navList.setCurrentRow(0)
        self.ui.navList.currentRowChanged.connect(self._switch_page)
        self._pending = Changes()
        bus().changed.connect(self._redraw)
        self.backup_timer = QTimer(self, interval=60 * 60 * 1000)  # checked hourly; taken once a day
        self.backup_timer.timeout.connect(self._daily_backup)
        if self.db.sqlite_path is not None and self.actor.role is not Role.VIEWER:
            self.backup_timer.start()
            QTimer.singleShot(5 * 60 * 1000, self._daily_backup)
        self._connect_actions()
        self._shortcuts()
        self.ui.statusBar.addPermanentWidget(self._user_label())
        geometry = QSettings().value("geometry/MainWindow")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1280, 800)
        keep_on_screen(self)

    def page(self, name: str):
        """The page called ``name``, built now if it was not yet: in its place in the navigation."""
        built = self._built.get(name)
        if built is not None:
            return built
        at = self._names.index(name)
        _, module, cls = self._specs[at]
        page = page_class(module, cls)(self.db, self.actor, self)
        placeholder = self.ui.pages.widget(at)
        was_current = placeholder is self.ui.pages.currentWidget()
        self.ui.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.ui.pages.insertWidget(at, page)
        if was_current:
            self.ui.pages.setCurrentIndex(at)
        if self.isVisible():  # a page wider than the window so far widens it: still on the screen
            keep_on_screen(self)
        self._built[name] = page
        if name == "employees":
            page.employee_opened.connect(self.open_skp)
            page.show_welcome(WelcomePanel(import_action=self.ui.importAction, demo_action=self.ui.demoAction,
                                           open_action=self.ui.openAction))
        elif name == "settings":
            page.language_changed.connect(self.language_changed)
        return page

    def _page_specs(self) -> tuple:
        operator = self.actor.role is Role.OPERATOR
        if self.province_mode:  # the consolidation, the conflicts; the operator: accounts and settings
            return PROVINCE_PAGES + (PROVINCE_OPERATOR_PAGES if operator else ())
        return PAGES + (OPERATOR_PAGES if operator else ())

    def open_skp(self, employee_id: int) -> None:
        """Show this employee on the SKP and Evaluasi pages, and go to the SKP."""
        self.skp.show_employee(employee_id)
        self.evaluation.show_employee(employee_id)
        self.ui.navList.setCurrentRow(self.ui.pages.indexOf(self.skp))

    def open_evaluation(self, employee_id: int) -> None:
        self.open_skp(employee_id)
        self.ui.navList.setCurrentRow(self.ui.pages.indexOf(self.evaluation))

    def _redraw(self, changes: Changes) -> None:
        """After an action: the current page redraws what it shows of ``changes``; the others
        are marked and redraw when next shown. While more actions are queued, wait for the last."""
        self._pending = self._pending | changes
        if actions_pending():
            return
        changes, self._pending = self._pending, Changes()
        current = self.ui.pages.currentWidget()
        for index in range(self.ui.pages.count()):
            page = self.ui.pages.widget(index)
            if changes.touches(*getattr(page, "REDRAW_ON", ())):
                if page is current:
                    page.refresh()
                else:
                    page.stale = True

    def _switch_page(self, row: int) -> None:
        if row == self.ui.pages.currentIndex():
            return
        if not self.confirm_leave(self.ui.pages.currentWidget()):
            self.ui.navList.blockSignals(True)
            self.ui.navList.setCurrentRow(self.ui.pages.currentIndex())
            self.ui.navList.blockSignals(False)
            return
        fresh = self._names[row] not in self._built
        page = self.page(self._names[row])
        self.ui.pages.setCurrentIndex(row)
        self.statusBar().clearMessage()
        if getattr(page, "stale", False):
            page.stale = False
            page.refresh()
        if fresh or self.province_mode:
            return
        if self._names[row] == "employees":
            page.apply_filter()
        elif self._names[row] in ("objections", "mass_rating"):  # cheap, and changed from other pages
            page.refresh()

    def confirm_leave(self, page) -> bool:
        """Ask before unsaved edits on ``page`` are left behind; True when it is fine to go."""
        if not getattr(page, "has_unsaved_changes", lambda: False)():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Perubahan belum disimpan"),
                          self.tr("Ada perubahan di halaman {0} yang belum disimpan.").format(page.title()), parent=self)
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save:
            page.save_pending()
            return not page.has_unsaved_changes()
        return box.clickedButton() is discard

    def _is_empty(self) -> bool:
        from ..services.info import has_employees

        return not has_employees(self.db)

    def _on_employees(self, action) -> None:
        self.go_to_page(0)
        action(self.employees)

    def current_page_index(self) -> int:
        return self.ui.pages.currentIndex()

    def view_state(self) -> dict:
        """Where the user is: the page, the employee open on SKP and Evaluasi, the search and the
        selected row of Pegawai. A rebuilt window (another language) comes back to it."""
        if self.province_mode:
            return {"page": self.current_page_index()}
        skp = self._built.get("skp")
        return {"page": self.current_page_index(), "employee": skp.employee_id if skp else None,
                "search": self.employees.ui.searchEdit.text(), "selected": self.employees.selected_id()}

    def restore_view(self, state: dict) -> None:
        if not self.province_mode:
            if state.get("employee") is not None:
                self.skp.show_employee(state["employee"])
                self.evaluation.show_employee(state["employee"])
            self.employees.restore_view(state.get("search", ""), state.get("selected"))
        self.go_to_page(state.get("page", 0))

    def go_to_page(self, index: int) -> None:
        self.ui.navList.setCurrentRow(max(0, min(index, self.ui.navList.count() - 1)))

    def _leave(self, then) -> None:
        """Leave this window (switch user or database) once unsaved edits are settled."""
        if self.confirm_leave(self.ui.pages.currentWidget()):
            then()

    def open_other_database(self) -> None:
        from .startup import choose_database_file

        here = self.db.sqlite_path
        path = choose_database_file(self, str(here.parent) if here else "")
        if path:
            self._leave(lambda: self.open_database_requested.emit(path))

    def restore(self):
        """Berkas > Pulihkan…: once a backup replaced the database, everyone logs in again."""
        from .dialogs.restore import RestoreDialog

        self.restore_dialog = RestoreDialog(self.db, self.actor, self)
        self.restore_dialog.accepted.connect(lambda: self._leave(self.switch_user_requested.emit))
        self.restore_dialog.open()
        return self.restore_dialog

    def _daily_backup(self) -> None:
        """At most once a day while the program is open (services/auto_backup.py)."""
        from ..services.auto_backup import auto_backup

        Op(self, lambda: auto_backup(self.db), failed=self.tr("Cadangan otomatis tidak dapat dibuat.")).run()

    def load_demo(self):
        """Fill this empty database with the demo district (operator only), in the background."""
        from .startup import load_demo

        self.ui.demoAction.setVisible(False)
        self.demo_op = load_demo(self, self.db, on_end=lambda: self.ui.demoAction.setVisible(self._is_empty()))
        return self.demo_op

    def _user_label(self):
        from PySide6.QtWidgets import QLabel

        return QLabel(self.tr("Masuk sebagai {0} ({1})").format(self.actor.username, role_name(self.actor.role)))

    def _connect_actions(self) -> None:
        ui, operator = self.ui, self.actor.role is Role.OPERATOR
        ui.quitAction.triggered.connect(self.close)
        ui.switchUserAction.triggered.connect(lambda: self._leave(self.switch_user_requested.emit))
        ui.openAction.triggered.connect(self.open_other_database)
        ui.importAction.triggered.connect(lambda: self._on_employees(lambda page: page.import_roster()))
        ui.demoAction.triggered.connect(self.load_demo)
        ui.restoreAction.triggered.connect(self.restore)
        ui.restoreAction.setVisible(operator and self.db.sqlite_path is not None)
        ui.backupAction.setVisible(operator and self.db.sqlite_path is not None)  # a copy of everyone's data
        ui.importAction.setVisible(operator and not self.province_mode)
        ui.demoAction.setVisible(operator and not self.province_mode and self._is_empty())
        self.ui.backupAction.triggered.connect(self.backup)
        self.ui.logAction.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))))
        self.ui.aboutAction.triggered.connect(self.about)
        self.ui.verifyAction.triggered.connect(self.verify_code)
        ui.signAction.setVisible(operator and not self.province_mode)
        ui.signAction.triggered.connect(self.sign_statements)
        ui.entryAction.setVisible(operator and not self.province_mode)
        ui.entryAction.triggered.connect(self.type_answers)

    def verify_code(self) -> None:
        from .dialogs.printing import ask_and_verify

        ask_and_verify(self, self.db)

    def type_answers(self):
        """Berkas > Ketik jawaban kuesioner: paper questionnaires typed in, one after another."""
        from .dialogs.masukan_entry import MasukanEntryDialog

        self.entry_dialog = MasukanEntryDialog(self.db, self.actor, self)
        self.entry_dialog.open()
        return self.entry_dialog

    def sign_statements(self) -> PassphraseDialog:
        """The operator unlocks the office's key to sign the QR statement of every final evaluation
        that prints without one (a sync export does the same on its way)."""
        from ..services.printing.trust import sign_statements

        def done(_passphrase: str) -> None:
            self.statusBar().showMessage(self.tr("Kode QR evaluasi final ditandatangani; dokumen yang dicetak "
                                                 "berikutnya memuatnya."), 10000)
        self.sign_dialog = PassphraseDialog(lambda p: sign_statements(self.db, self.actor, passphrase=p), then=done,
                                            parent=self)
        self.sign_dialog.open()
        return self.sign_dialog

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)
        for number in range(1, 10):  # as in browsers: Ctrl+9 is always the last page
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, activated=lambda n=number: self.ui.navList.setCurrentRow(
                (self.ui.navList.count() if n == 9 else min(n, self.ui.navList.count())) - 1))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_current)
        QShortcut(QKeySequence("Ctrl+B"), self, activated=lambda: self.backup() if self.ui.backupAction.isVisible() else None)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self._refresh_current)
        QShortcut(QKeySequence.StandardKey.HelpContents, self, activated=self.about)

    def _save_current(self) -> None:
        page = self.ui.pages.currentWidget()
        if hasattr(page, "save_pending"):
            if page.has_unsaved_changes():
                page.save_pending()
        elif hasattr(page, "save"):
            page.save()

    def _refresh_current(self) -> None:
        page = self.ui.pages.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def _find(self) -> None:
        self.ui.navList.setCurrentRow(0)
        if not self.province_mode:
            self.employees.focus_search()

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Cadangkan basis data"), "kinerja-cadangan.sqlite3",
                                              self.tr("Basis data Kinerja (*.sqlite3)"))
        if not path:
            return
        Op(self, lambda: maintenance.backup(self.db, self.actor, path), failed=self.tr("Cadangan tidak dapat dibuat.")).success(
            lambda written: self.statusBar().showMessage(self.tr("Cadangan ditulis: {0}").format(written), 8000)).run()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Tentang Kinerja Desktop"), self.tr(
            "<b>Kinerja Desktop {0}</b><br>Penilaian kinerja ASN menurut PermenPANRB 6/2022, tanpa internet."
            "<br><br>Basis data: {1}").format(__version__, self.db.engine.url.database or self.db.url))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.closing_for_switch and not self.confirm_leave(self.ui.pages.currentWidget()):
            event.ignore()
            return
        QSettings().setValue("geometry/MainWindow", self.saveGeometry())
        super().closeEvent(event)
        if not self.closing_for_switch:
            self.closed.emit()
