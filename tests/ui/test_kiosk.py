"""The kiosk at a service counter: nine questions with large buttons, a comment, thanks, the next
visitor; nothing else reachable, and only an operator's password ends it."""

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kinerja_desktop.services import accounts
from kinerja_desktop.services.skm import skm_report
from kinerja_desktop.store.models import SkmResponse, Unit
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
