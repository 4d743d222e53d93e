"""SKP: plan an employee's year, cascade RHK from the superior, expectations, lampiran, workflow."""

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...domain.nip import format_nip
from ...domain.workflow import SkpStatus, skp_is_editable
from ...services import checks
from ...services import skp as skp_service
from ...services.context import Actor, Role
from ...services.skp.segments import segments_of
from ...services.employees import get_employee
from ...services.skp.planning import LAMPIRAN_SECTIONS, LAMPIRAN_TITLES
from ...store.db import Database
from ..forms.ui_skp_page import Ui_SkpPage
from ..dialogs.printing import attach_menu, preview
from ..dialogs.skp import IndicatorDialog, RhkDialog
from ..models.skp_tree import RHK_ROLE, build_model
from ..ops import Changes, Op
from ..widgets.confirm import confirm, missing_texts
from ..widgets.counter import count_characters

STATUS_COLOURS = {"Draft": "#6b7280", "Diajukan": "#b7791f", "Disetujui": "#2f855a", "Dikembalikan": "#c53030"}


class SkpPage(QWidget):
    REDRAW_ON = ("skp", "employees", "units")  # what an action changed that this page shows (ops.Changes)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.employee_id: int | None = None
        self.detail = None
        self.ui = Ui_SkpPage()
        self.ui.setupUi(self)
        self.ui.yearSpin.setValue(date.today().year)
        self.ui.approachCombo.addItem(self.tr("Kuantitatif"), "kuantitatif")
        self.ui.approachCombo.addItem(self.tr("Kualitatif"), "kualitatif")
        self.ui.yearSpin.valueChanged.connect(lambda _: self.refresh())
        self.segmentCombo = QComboBox()
        self.segmentCombo.setVisible(False)
        self.ui.headerLayout.insertWidget(self.ui.headerLayout.indexOf(self.ui.statusLabel), self.segmentCombo)
        self.segmentCombo.activated.connect(lambda _: self.refresh())
        self.ui.planButton.clicked.connect(self.plan)
        self.ui.addRhkButton.clicked.connect(self.add_rhk)
        self.ui.addIndicatorButton.clicked.connect(self.add_indicator)
        self.ui.saveExpectationsButton.clicked.connect(self.save_expectations)
        self.ui.submitButton.clicked.connect(lambda: self.submit())
        self.ui.approveButton.clicked.connect(lambda: self._act(skp_service.approve_skp, self.tr("SKP disetujui.")))
        self.ui.returnButton.clicked.connect(self.return_skp)
        self.ui.outsidePenilaiButton.clicked.connect(self.record_outside_penilai)
        attach_menu(self.ui.printButton, [(self.tr("SKP"), lambda: self.print_document("skp")),
                                          (self.tr("Lampiran SKP"), lambda: self.print_document("lampiran"))])
        self._expectation_edits: dict[int, QLineEdit] = {}
        self._lampiran_edits: dict[str, QLineEdit] = {}
        self.refresh()

    @classmethod
    def title(cls) -> str:  # the navigation shows it before the page is built
        return QCoreApplication.translate("SkpPage", "SKP")

    def show_employee(self, employee_id: int) -> None:
        self.employee_id = employee_id
        self.refresh()

    def refresh(self) -> None:
        if self.employee_id is None:
            self.ui.titleLabel.setText(self.tr("<h2>SKP</h2>"))
            self.ui.peopleLabel.setText(self.tr("Pilih pegawai di halaman Pegawai (klik dua kali) untuk membuka SKP-nya."))
            self._show(None)
            return
        year = self.ui.yearSpin.value()
        key = (self.employee_id, year)
        segment = self.segmentCombo.currentData() if key == getattr(self, "_segment_of", None) else None
        self._segment_of = key
        op = Op(self, lambda: skp_service.skp_detail(self.db, self.actor, employee_id=self.employee_id, year=year,
                                                     segment=segment),
                failed=self.tr("SKP tidak dapat dibuka.")).run_here()
        if op.error is not None:  # e.g. not allowed: shown, page left empty
            self.employee_id = None
            return self.refresh()
        self.detail = op.result
        self._fill_segments(year)
        employee = get_employee(self.db, self.actor, self.employee_id, year=self.ui.yearSpin.value())
        self.ui.titleLabel.setText(self.tr("<h2>SKP {0}</h2>").format(employee.name))
        self._show(self.detail, employee)

    def _fill_segments(self, year: int) -> None:
        """A year split by a move mid-year: choose the segment (the latest by default)."""
        combo = self.segmentCombo
        segments = segments_of(self.db, self.actor, employee_id=self.employee_id, year=year) if self.detail else []
        combo.blockSignals(True)
        combo.clear()
        for g in segments:
            combo.addItem(self.tr("Segmen {0}: {1} – {2}, penilai {3}").format(
                g.number, g.starts_on.strftime("%d/%m"), g.ends_on.strftime("%d/%m"), g.penilai or "-"), g.number)
        if self.detail is not None:
            combo.setCurrentIndex(max(0, combo.findData(self.detail.skp.segment)))
        combo.blockSignals(False)
        combo.setVisible(len(segments) > 1)

    def _show(self, detail, employee=None) -> None:
        self.ui.noteLabel.setVisible(bool(detail and detail.skp.return_note and detail.skp.status == SkpStatus.DIKEMBALIKAN))
        for button in (self.ui.submitButton, self.ui.approveButton, self.ui.returnButton, self.ui.printButton):
            button.setVisible(detail is not None)
        if detail is None:
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
            self.ui.statusLabel.setText("")
            self.ui.emptyLabel.setText(self.tr("Belum ada SKP untuk tahun {0}.").format(self.ui.yearSpin.value())
                                       if employee else "")
            self.ui.planButton.setEnabled(employee is not None and self.actor.role is not Role.VIEWER)
            if employee:
                self.ui.peopleLabel.setText(f"<b>{employee.name}</b> · NIP {employee.nip_display} · {employee.jabatan}")
            return
        skp = detail.skp
        self.ui.stack.setCurrentWidget(self.ui.tabs)
        colour = STATUS_COLOURS.get(skp.status, "#444")
        self.ui.statusLabel.setText(f"<span style='color:white;background:{colour};padding:3px 8px'>&nbsp;{self.tr(skp.status)}&nbsp;</span>")
        self.ui.peopleLabel.setText(self._people_html(skp))
        self.ui.noteLabel.setText(self.tr("Catatan atasan: {0}").format(skp.return_note))
        self.ui.rhkTree.setModel(build_model(detail, self))
        self.ui.rhkTree.expandAll()
        self.ui.rhkTree.setColumnWidth(0, 430)
        self.ui.rhkTree.setColumnWidth(1, 110)
        self.ui.rhkTree.setColumnWidth(2, 130)
        self._fill_expectations(detail)
        self._fill_lampiran(detail)
        self._enable(skp)

    def _people_html(self, skp) -> str:
        def block(title, person):
            if not person:
                return f"<td style='padding-right:24px'><b>{title}</b><br>—</td>"
            number = f"NIP {format_nip(person['nip'])}<br>" if person.get("nip") else ""  # none for the Bupati
            return (f"<td style='padding-right:24px'><b>{title}</b><br>{escape(person['nama'])}<br>{number}"
                    f"{escape(person.get('pangkat', ''))}<br>{escape(person.get('jabatan', ''))}</td>")
        return ("<table><tr>" + block(self.tr("PEGAWAI YANG DINILAI"), skp.pegawai)
                + block(self.tr("PEJABAT PENILAI KINERJA"), skp.penilai)
                + block(self.tr("ATASAN PEJABAT PENILAI"), skp.atasan) + "</tr></table>")

    def _enable(self, skp) -> None:
        editable = skp_is_editable(skp.status) and self.actor.role is not Role.VIEWER
        for widget in (self.ui.addRhkButton, self.ui.addIndicatorButton, self.ui.saveExpectationsButton,
                       *self._expectation_edits.values(), *self._lampiran_edits.values()):
            widget.setEnabled(editable)
        is_penilai = self.actor.role is Role.OPERATOR or self.actor.employee_id == skp.penilai_id
        self.ui.submitButton.setEnabled(editable)
        self.ui.approveButton.setEnabled(skp.status == SkpStatus.DIAJUKAN and is_penilai)
        self.ui.returnButton.setEnabled(skp.status == SkpStatus.DIAJUKAN and is_penilai)
        self.ui.outsidePenilaiButton.setVisible(self.actor.role is Role.OPERATOR and skp.form_family == "JPT"
                                                and skp.penilai_id is None)
        self.ui.outsidePenilaiButton.setEnabled(editable)

    def _fill_expectations(self, detail) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        self._expectation_edits = {}
        for exp in detail.expectations:
            group = QGroupBox(f"{exp.value.number}. {exp.value.name}")
            inner = QVBoxLayout(group)
            inner.addWidget(QLabel("<br>".join(f"• {g}" for g in exp.value.guides), wordWrap=True))
            edit = QLineEdit(exp.ekspektasi_khusus, placeholderText=self.tr("Ekspektasi khusus pimpinan (boleh kosong)"))
            count_characters(edit, "ekspektasi")
            inner.addWidget(edit)
            self._expectation_edits[exp.value.number] = edit
            layout.addWidget(group)
        self.ui.perilakuArea.setWidget(box)

    def _fill_lampiran(self, detail) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        self._lampiran_edits = {}
        for section in LAMPIRAN_SECTIONS:
            group = QGroupBox(self.tr(LAMPIRAN_TITLES[section]))
            inner = QVBoxLayout(group)
            items = detail.lampiran[section]
            text = "<br>".join(f"{n}. {t}" for n, t in enumerate(items, start=1)) or self.tr("<i>belum ada</i>")
            inner.addWidget(QLabel(text, wordWrap=True))
            row = QHBoxLayout()
            edit = QLineEdit(placeholderText=self.tr("Tambah butir…"))
            count_characters(edit, "lampiran")
            add = QPushButton(self.tr("Tambah"))
            add.clicked.connect(lambda _=False, s=section, e=edit: self._add_lampiran(s, e))
            edit.returnPressed.connect(add.click)
            row.addWidget(edit)
            row.addWidget(add)
            inner.addLayout(row)
            self._lampiran_edits[section] = edit
            layout.addWidget(group)
        layout.addStretch(1)
        self.ui.lampiranArea.setWidget(box)

    # -- actions: each calls one service (one transaction) through Op; pages redraw from what it changed.
    # Widget values are read here, on the GUI thread, never inside the action.
    def _run(self, action, done: str, *, here: bool = False) -> Op:
        op = Op(self, action, done=done, failed=self.tr("Tindakan tidak dapat dilakukan."), changes=Changes(skp=True))
        return op.run_here() if here else op.run()

    def plan(self) -> None:
        year, approach = self.ui.yearSpin.value(), self.ui.approachCombo.currentData()
        nip = get_employee(self.db, self.actor, self.employee_id, year=year).nip
        self._run(lambda: skp_service.plan_skp(self.db, self.actor, nip=nip, year=year, approach=approach),
                  self.tr("SKP disusun; tambahkan RHK."))

    def submit(self, *, confirmed: bool = False) -> None:
        """Ajukan: what is missing is listed first, then asked again."""
        if confirmed:
            return self._act(skp_service.submit_skp, self.tr("SKP diajukan."))
        self.confirm_box = confirm(self, self.tr("Ajukan SKP"), self.tr(
            "SKP yang diajukan tidak dapat diubah sampai penilai mengembalikannya. Ajukan sekarang?"),
            lambda: self._act(skp_service.submit_skp, self.tr("SKP diajukan.")),
            missing=missing_texts(checks.before_submit(self.detail)))

    def _act(self, service, message: str) -> None:
        skp_id = self.detail.skp.id
        self._run(lambda: service(self.db, self.actor, skp_id=skp_id), message)

    def print_document(self, doc: str):
        self.preview = preview(self, self.db, self.actor, doc=doc, nip=self.detail.skp.pegawai["nip"],
                               year=self.detail.skp.year)
        return self.preview

    def record_outside_penilai(self, nama: str | None = None, jabatan: str | None = None) -> Op | None:
        """The Sekda's penilai is the Bupati: not an ASN, so recorded by name and jabatan."""
        if nama is None:
            nama, ok = QInputDialog.getText(self, self.tr("Penilai non-ASN"), self.tr("Nama (dengan gelar):"))
            jabatan, ok2 = QInputDialog.getText(self, self.tr("Penilai non-ASN"), self.tr("Jabatan, mis. Bupati Sukamaju:")) \
                if ok else ("", False)
            if not (ok and ok2):
                return None
        skp = self.detail.skp
        return self._run(lambda: skp_service.record_outside_penilai(self.db, self.actor, nip=skp.pegawai["nip"], year=skp.year,
                                                             nama=nama, jabatan=jabatan),
                  self.tr("Pejabat penilai dicatat."))

    def return_skp(self) -> None:
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Kembalikan SKP"),
                                                 self.tr("Apa yang perlu diperbaiki?"))
        if ok:
            skp_id = self.detail.skp.id
            self._run(lambda: skp_service.return_skp(self.db, self.actor, skp_id=skp_id, note=note),
                      self.tr("SKP dikembalikan dengan catatan."))

    def selected_rhk(self):
        index = self.ui.rhkTree.currentIndex()
        rhk_id = index.siblingAtColumn(0).data(RHK_ROLE) if index.isValid() else None
        rhk_id = rhk_id or (index.data(RHK_ROLE) if index.isValid() else None)
        return next((r for r in self.detail.rhk if r.rhk.id == rhk_id), None)

    def add_rhk(self) -> None:
        if self.detail is None:
            return
        self.rhk_dialog = RhkDialog(self.db, self.actor, self.detail, self)
        self.rhk_dialog.open()

    def add_indicator(self) -> None:
        rhk = self.selected_rhk()
        if rhk is None:
            self.window().statusBar().showMessage(self.tr("Pilih RHK dahulu, lalu tambah indikatornya."), 5000)
            return
        self.indicator_dialog = IndicatorDialog(self.db, self.actor, self.detail, rhk, self)
        self.indicator_dialog.open()

    def save_expectations(self, *, here: bool = False) -> None:
        current = {e.value.number: e.ekspektasi_khusus for e in self.detail.expectations}
        changed = {n: e.text().strip() for n, e in self._expectation_edits.items() if e.text().strip() != current[n]}
        skp_id = self.detail.skp.id
        self._run(lambda: skp_service.set_expectations(self.db, self.actor, skp_id=skp_id, texts=changed),
                  self.tr("Ekspektasi perilaku disimpan."), here=here)

    def _add_lampiran(self, section: str, edit: QLineEdit) -> None:
        skp_id, text = self.detail.skp.id, edit.text()
        self._run(lambda: skp_service.add_lampiran(self.db, self.actor, skp_id=skp_id, section=section, text=text),
                  self.tr("Butir lampiran ditambahkan."))

    def save_pending(self) -> None:
        """Before leaving the page: saved at once, so the caller can check what is left."""
        self.save_expectations(here=True)

    def has_unsaved_changes(self) -> bool:
        if self.detail is None:
            return False
        current = {e.value.number: e.ekspektasi_khusus for e in self.detail.expectations}
        return any(e.text().strip() != current.get(n, "") for n, e in self._expectation_edits.items())
