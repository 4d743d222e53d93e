"""The kiosk at a service counter: nine questions with large buttons, a comment, optionally the
officer by the code on their desk, thanks, the next visitor; nothing else reachable, and only an
operator's password ends it."""

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kinerja_desktop.services import accounts
from kinerja_desktop.services.skm import skm_report
from kinerja_desktop.services.desk import desk_cards
from kinerja_desktop.services.masukan import summary
from kinerja_desktop.store.models import Employee, MasukanDesk, MasukanResponse, SkmResponse, Unit
from kinerja_desktop.ui.kiosk import KioskWindow

from ..ui_helpers import settle


def test_a_visitor_answers_nine_questions_and_only_an_operator_leaves(qtbot, demo, operator):
    with demo.read() as s:
        unit = s.scalar(select(Unit).where(Unit.name == "Puskesmas Sukamaju"))
        before = s.scalar(select(func.count()).select_from(SkmResponse).where(SkmResponse.unit_id == unit.id,
                                                                              SkmResponse.year == 2026))
    kiosk = KioskWindow(demo, operator, unit_id=unit.id, unit=unit.name, year=2026)
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert "Pertanyaan 1 dari 9" in kiosk.progress.text() and "persyaratan" in kiosk.question.text()
    for n in range(9):
        qtbot.mouseClick(kiosk.choices[3 if n % 2 else 2], Qt.MouseButton.LeftButton)  # Baik / Sangat baik
    assert kiosk.stack.currentIndex() == 1
    qtbot.keyClicks(kiosk.comment, "Pelayanan cepat")
    qtbot.mouseClick(kiosk.send, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert kiosk.stack.currentIndex() == 2  # the puskesmas's staff have desk cards: rate one? This visitor skips
    qtbot.mouseClick(kiosk.skip, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.thanks
    with demo.read() as s:
        row = s.scalars(select(SkmResponse).where(SkmResponse.source == "kiosk")).one()
    assert (row.u1, row.u2, row.komentar, row.year) == (3, 4, "Pelayanan cepat", 2026)
    assert skm_report(demo, operator, unit=unit.id, year=2026).result.responden == before + 1
    kiosk.restart()
    assert "Pertanyaan 1 dari 9" in kiosk.progress.text()
    kiosk.close()  # Alt+F4 does not end the kiosk
    assert kiosk.isVisible()
    accounts.create_user(demo, operator, username="petugas", password="sandi-petugas-1", role="viewer")
    dialog = kiosk.ask_to_leave()
    dialog.username.setText("petugas")
    dialog.password.setText("sandi-petugas-1")
    dialog.check()
    assert "Hanya operator" in dialog.errorLabel.text() and kiosk.isVisible()
    dialog.username.setText("admin")
    dialog.password.setText("salah-sandi")
    dialog.check()
    assert dialog.errorLabel.text() and kiosk.isVisible()
    dialog.username.setText("admin")
    dialog.password.setText("sandi-kuat-1")
    dialog.check()
    settle(qtbot)
    assert not kiosk.isVisible()


def test_the_program_starts_the_kiosk_for_an_operator(qtbot, demo, operator):
    from kinerja_desktop.ui.main import Program

    program = Program(None, str(demo.sqlite_path), kiosk=True)
    window = program.open_kiosk(demo, operator, unit="Puskesmas Sukamaju")
    qtbot.addWidget(window)
    assert isinstance(window, KioskWindow) and window.isFullScreen()
    window.unlocked = True
    window.close()


def _desk_of(demo, unit_name: str) -> tuple[int, str, str]:
    """A desk code of the unit's staff; with a unit kind instead of a name, of such a unit's."""
    with demo.read() as s:
        unit = s.scalars(select(Unit).where((Unit.name == unit_name) | (Unit.kind == unit_name))).first()
        code, nip = s.execute(select(MasukanDesk.code, Employee.nip).join(Employee, Employee.id == MasukanDesk.employee_id)
                              .where(Employee.unit_id == unit.id).limit(1)).one()
    return unit.id, code, nip


def _survey(qtbot, kiosk) -> None:
    for _ in range(9):
        qtbot.mouseClick(kiosk.choices[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.send, Qt.MouseButton.LeftButton)
    settle(qtbot)


def test_a_visitor_rates_the_officer_by_the_code_on_the_desk(qtbot, demo, operator):
    unit_id, code, nip = _desk_of(demo, "Puskesmas Sukamaju")
    _, elsewhere, _ = _desk_of(demo, "sekolah")
    kiosk = KioskWindow(demo, operator, unit_id=unit_id, unit="Puskesmas Sukamaju", year=2026)
    qtbot.addWidget(kiosk)
    kiosk.show()
    for visitor in range(3):
        _survey(qtbot, kiosk)
        assert kiosk.stack.currentIndex() == 2
        if visitor == 0:  # a school teacher's code means nothing at the puskesmas, nor does a short one
            for typed in (elsewhere, "12"):
                for key in typed:
                    qtbot.mouseClick(kiosk.keys[key], Qt.MouseButton.LeftButton)
                qtbot.mouseClick(kiosk.go, Qt.MouseButton.LeftButton)
                assert kiosk.error.text() and kiosk.stack.currentIndex() == 2 and kiosk.code.text() == ""
        for key in code + "9":
            qtbot.mouseClick(kiosk.keys[key], Qt.MouseButton.LeftButton)
        assert kiosk.code.text() == code  # a seventh digit is not taken
        qtbot.mouseClick(kiosk.erase, Qt.MouseButton.LeftButton)
        assert kiosk.code.text() == code[:-1]
        qtbot.mouseClick(kiosk.keys[code[-1]], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(kiosk.go, Qt.MouseButton.LeftButton)
        assert kiosk.stack.currentIndex() == 0 and "pertanyaan 1 dari 7" in kiosk.progress.text()
        assert "Berorientasi Pelayanan" in kiosk.question.text() and "Selalu" in kiosk.choices[3].text()
        for _ in range(7):
            qtbot.mouseClick(kiosk.choices[3], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(kiosk.comment, f"Sangat membantu {visitor}")
        qtbot.mouseClick(kiosk.send, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert kiosk.stack.currentWidget() is kiosk.thanks
        kiosk.restart()
        assert "Pertanyaan 1 dari 9" in kiosk.progress.text() and "Sangat baik" in kiosk.choices[3].text()
    with demo.read() as s:
        rows = s.scalars(select(MasukanResponse).where(MasukanResponse.source == "kiosk")).all()
    assert [(r.kind, r.year, r.period_kind, r.v1, r.v7) for r in rows] == [("masyarakat", 2026, "tahunan", 4, 4)] * 3
    public = summary(demo, operator, nip=nip, year=2026)["masyarakat"]
    assert public.responden == 3 and not public.hidden and public.means["Kolaboratif"] == 4.0
    assert sorted(public.comments) == [f"Sangat membantu {n}" for n in range(3)]
    kiosk.unlocked = True
    kiosk.close()


def test_three_wrong_desk_codes_and_a_visitor_who_walks_away_are_let_go(qtbot, demo, operator):
    unit_id, _, _ = _desk_of(demo, "Puskesmas Sukamaju")
    kiosk = KioskWindow(demo, operator, unit_id=unit_id, unit="Puskesmas Sukamaju", year=2026)
    qtbot.addWidget(kiosk)
    kiosk.show()
    _survey(qtbot, kiosk)
    for _ in range(3):
        kiosk.code.setText("100000")
        kiosk.choose_officer()
    assert kiosk.stack.currentWidget() is kiosk.thanks
    kiosk.restart()
    kiosk.idle.setInterval(50)  # a visitor answers two questions and leaves: the next one starts afresh
    qtbot.mouseClick(kiosk.choices[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.choices[0], Qt.MouseButton.LeftButton)
    assert "Pertanyaan 3 dari 9" in kiosk.progress.text()
    qtbot.waitUntil(lambda: "Pertanyaan 1 dari 9" in kiosk.progress.text(), timeout=3000)
    assert kiosk.answers == []
    kiosk.unlocked = True
    kiosk.close()


def test_a_unit_without_desk_cards_is_not_asked_about_its_officers(qtbot, demo, operator):
    with demo.transaction() as s:
        s.execute(MasukanDesk.__table__.delete())
        unit_id = s.scalar(select(Unit.id).where(Unit.name == "Puskesmas Sukamaju"))
    kiosk = KioskWindow(demo, operator, unit_id=unit_id, unit="Puskesmas Sukamaju", year=2026)
    qtbot.addWidget(kiosk)
    _survey(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert len(desk_cards(demo, operator, unit="Puskesmas Sukamaju")) > 0  # once printed, the kiosk asks
    assert KioskWindow(demo, operator, unit_id=unit_id, unit="Puskesmas Sukamaju", year=2026).has_desks
    kiosk.unlocked = True
    kiosk.close()
