"""The Tindak Lanjut page in the real main window: a plan proposed from the result, edited and
agreed; the talent box with names for the operator only; angka kredit; the compliance checklist
and a status period recorded from it."""

from sqlalchemy import select

from kinerja_desktop.services.context import Actor, Role
from kinerja_desktop.store.models import DevelopmentItem, DevelopmentPlan, Employee, StatusPeriod

from ..ui_helpers import settle


def _show(qtbot, window, tab: int):
    page = window.follow_up
    window.go_to_page(window.ui.pages.indexOf(page))
    page.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    settle(qtbot)
    return page


def test_a_plan_is_edited_and_agreed_in_the_window(qtbot, window, demo):
    page = _show(qtbot, window, 0)
    assert page.title() == "Tindak Lanjut"
    page = page.plans
    assert page.peopleModel.rows
    row = next(n for n, line in enumerate(page.peopleModel.rows) if line.predikat)
    page.peopleTable.selectRow(row)
    qtbot.waitUntil(lambda: page.plan is not None and page.plan.nip == page.peopleModel.rows[row].nip, timeout=5000)
    before = page.itemsTable.rowCount()
    page.add_item()
    page.itemsTable.item(before, 1).setText("Ingin menguasai aplikasi perkantoran")
    courses = page.itemsTable.cellWidget(before, 2)
    courses.setCurrentIndex(courses.findData("Pelatihan Literasi Digital ASN"))
    assert page.itemsTable.item(before, 3).text() == "20"  # the catalogue's JP follows the choice
    page.save_plan(confirm=True)
    qtbot.waitUntil(lambda: page.plan.status == "disetujui", timeout=5000)
    with demo.read() as s:
        plan = s.scalar(select(DevelopmentPlan).join(Employee, Employee.id == DevelopmentPlan.employee_id)
                        .where(Employee.nip == page.plan.nip, DevelopmentPlan.year == page.year))
        trainings = s.scalars(select(DevelopmentItem.training).where(DevelopmentItem.plan_id == plan.id)).all()
    assert plan.status == "disetujui" and "Pelatihan Literasi Digital ASN" in trainings


def test_the_talent_box_names_people_for_the_operator_only(qtbot, window, demo):
    from kinerja_desktop.services.follow_up.talent import talent_box

    page = _show(qtbot, window, 2)
    counts = {n: int(b.text().split(": ")[1].split()[0]) for n, b in page.boxButtons.items()}
    assert sum(counts.values()) == len(page.box.placed) > 0
    busiest = max(counts, key=counts.get)
    page.show_box(busiest)
    assert page.boxNames.count() == counts[busiest] + 1  # the advice, then the names
    with demo.read() as s:
        kabid = s.scalar(select(Employee.id).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
    as_penilai = talent_box(demo, Actor("kabid", Role.PENILAI, kabid), year=page.year)
    assert as_penilai.placed == () and sum(as_penilai.counts.values()) <= sum(counts.values())


def test_angka_kredit_and_compliance_tabs(qtbot, window, demo):
    page = _show(qtbot, window, 3)
    assert page.creditModel.rows and any(r.angka_kredit is not None for r in page.creditModel.rows)
    page = _show(qtbot, window, 4)
    assert "Tenggat evaluasi" in page.deadlineLabel.text() and page.unitsModel.rows
    with demo.read() as s:
        nip = s.scalar(select(Employee.nip).where(Employee.id.not_in(select(StatusPeriod.employee_id))).limit(1))
    dialog = page.record_status()
    dialog.nip.setText(nip)
    dialog.kind.setCurrentIndex(dialog.kind.findData("tugas belajar"))
    dialog.has_end.setChecked(True)
    dialog.end.setDate(dialog.start.date().addDays(-1))
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.errorLabel.text()), timeout=5000)
    assert "sebelum tanggal mulai" in dialog.errorLabel.text() and dialog.isVisible()
    dialog.end.setDate(dialog.start.date().addYears(1))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with demo.read() as s:
        assert s.scalar(select(StatusPeriod.kind).join(Employee, Employee.id == StatusPeriod.employee_id)
                        .where(Employee.nip == nip)) == "tugas belajar"


def test_the_evaluasi_page_shows_attendance_and_sanctions_beside_the_values(qtbot, window, demo):
    with demo.read() as s:
        kabid = s.scalar(select(Employee.id).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
    window.open_evaluation(kabid)
    settle(qtbot)
    text = window.evaluation.ui.objectiveLabel.text()
    assert "Data objektif untuk nilai Akuntabel" in text and ("Presensi" in text or "Belum ada rekap presensi" in text)
    assert "hukuman disiplin" in text.lower()
    assert not window.evaluation.ui.attendanceButton.isVisibleTo(window)  # no indicator of this SKP is bound


def test_the_operator_keeps_the_training_catalogue(qtbot, window, demo, tmp_path):
    page = _show(qtbot, window, 0).plans
    dialog = page.open_catalogue()
    count = len(dialog.model.rows)
    dialog._edit(-1)
    dialog.name.setText("Pelatihan Penulisan Naskah Dinas")
    dialog.jp.setValue(12)
    dialog.save()
    settle(qtbot)
    assert len(dialog.model.rows) == count + 1 and not dialog.errorLabel.text()
    dialog._edit(-1)
    dialog.name.setText("Pelatihan Penulisan Naskah Dinas")  # a name once only
    dialog.save()
    settle(qtbot)
    assert "sudah ada" in dialog.errorLabel.text()
    sheet = tmp_path / "katalog.csv"
    sheet.write_text("NAMA PELATIHAN;JP;JENIS;NILAI;HASIL\nPelatihan Arsip Digital;16;teknis;Akuntabel;ya\n"
                     "Pelatihan Salah;x;teknis;;\n", encoding="utf-8")
    dialog.import_file(str(sheet))
    settle(qtbot)
    assert "baris 3, kolom JP" in dialog.errorLabel.text() and len(dialog.model.rows) == count + 1
    dialog.accept()
    settle(qtbot)
    assert any(c.name == "Pelatihan Penulisan Naskah Dinas" for c in page.courses)


def test_a_year_split_by_a_move_offers_its_segments_on_the_skp_and_evaluasi_pages(qtbot, window, demo, operator):
    from datetime import date

    from kinerja_desktop.services.skp.segments import start_segment
    from kinerja_desktop.store.models import Skp

    with demo.read() as s:
        employee = s.scalar(select(Employee).join(Skp, Skp.employee_id == Employee.id).where(
            Skp.year == 2026, Skp.status == "Disetujui", Employee.atasan_id.is_not(None)).limit(1))
        nip, employee_id = employee.nip, employee.id
    start_segment(demo, operator, nip=nip, year=2026, starts_on=date(2026, 12, 1))
    window.open_skp(employee_id)
    page = window.skp
    page.ui.yearSpin.setValue(2026)
    settle(qtbot)
    assert page.segmentCombo.isVisibleTo(window) and page.segmentCombo.count() == 2
    assert page.detail.skp.segment == 2 and page.detail.skp.status == "Draft"
    page.segmentCombo.setCurrentIndex(0)
    page.segmentCombo.activated.emit(0)
    settle(qtbot)
    assert page.detail.skp.segment == 1 and page.detail.skp.status == "Disetujui"
    window.open_evaluation(employee_id)
    evaluation = window.evaluation
    combo = evaluation.ui.periodCombo
    combo.setCurrentIndex(next(n for n in range(combo.count()) if combo.itemData(n).code == "TW4"
                               and combo.itemData(n).year == 2026))
    settle(qtbot)
    assert evaluation.segmentCombo.isVisibleTo(window) and evaluation.detail.skp.skp.segment == 2
    evaluation.segmentCombo.setCurrentIndex(0)
    evaluation.segmentCombo.activated.emit(0)
    settle(qtbot)
    assert evaluation.detail.skp.skp.segment == 1 and evaluation.detail.evaluation is not None


def test_an_answer_for_a_tab_left_meanwhile_is_not_shown(qtbot, window, demo, monkeypatch):
    """Rencana pengembangan starts loading when the page is first shown; Kotak talenta chosen at
    once: only the talent box's answer is shown, and `loaded` waits for it."""
    from kinerja_desktop.ui.pages.follow_up_plans import PlanTab

    shown = []
    page = window.follow_up
    monkeypatch.setattr(PlanTab, "loaded", lambda tab, lines: shown.append("plans"))
    talent = page._talent_loaded
    monkeypatch.setattr(page, "_talent_loaded", lambda value: (shown.append("talent"), talent(value)))
    window.go_to_page(window.ui.pages.indexOf(page))  # the plans' list is asked for
    page.tabs.setCurrentIndex(2)  # before it could answer
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    settle(qtbot)
    assert shown == ["talent"]
