"""Issue 15, point 4: the Pegawai page shows the first rows by name before the whole list has
loaded, and the whole list replaces them (keeping the search typed meanwhile). The whole list is
asked for only once the first rows are shown, so its reading does not slow the window's start."""

from datetime import date

from kinerja_desktop.services.employees import list_employees
from kinerja_desktop.ui.ops import busy
from kinerja_desktop.ui.pages import employees as page_module


def test_first_rows_by_name_then_the_whole_list(qtbot, window, operator, monkeypatch):
    first = list_employees(window.db, operator, year=date.today().year, first=5)
    whole = list_employees(window.db, operator, year=date.today().year)
    assert len(first) == 5 and {r.id for r in first} <= {r.id for r in whole}
    page = window.employees
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    monkeypatch.setattr(page_module, "FIRST_ROWS", 5)
    shown, set_rows = [], page.model.set_rows
    monkeypatch.setattr(page.model, "set_rows", lambda rows: (shown.append([r.id for r in rows]), set_rows(rows)))
    needle = first[0].nip[:6]
    page.ui.searchEdit.setText(needle)
    page.refresh()
    assert not page.loaded
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert shown == [[r.id for r in first], [r.id for r in whole]]  # the first rows by name, then all
    assert page.model.total == len(whole)
    assert page.model.rowCount() == sum(needle in r.nip for r in whole) > 0  # the search typed meanwhile holds


def test_a_list_shorter_than_the_first_rows_is_read_once(qtbot, window, operator, monkeypatch):
    whole = list_employees(window.db, operator, year=date.today().year)
    page = window.employees
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    monkeypatch.setattr(page_module, "FIRST_ROWS", len(whole) + 1)
    shown, set_rows = [], page.model.set_rows
    monkeypatch.setattr(page.model, "set_rows", lambda rows: (shown.append(len(rows)), set_rows(rows)))
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert shown == [len(whole)] and page.model.total == len(whole)


def test_a_later_refresh_supersedes_an_earlier_one(qtbot, window, operator, monkeypatch):
    """Two refreshes in a row (an action, then another): the first one's answers, arriving late,
    never put its rows over the second's."""
    whole = list_employees(window.db, operator, year=date.today().year)
    page = window.employees
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    monkeypatch.setattr(page_module, "FIRST_ROWS", 5)
    shown, set_rows = [], page.model.set_rows
    monkeypatch.setattr(page.model, "set_rows", lambda rows: (shown.append(len(rows)), set_rows(rows)))
    page.refresh()
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    qtbot.waitUntil(lambda: not busy(), timeout=10_000)
    assert shown == [5, len(whole)] and page.model.total == len(whole)
