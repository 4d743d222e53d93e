"""Issue 15, point 4: the Pegawai page shows the first rows by name before the whole list has
loaded, and the whole list replaces them (keeping the search typed meanwhile)."""

from datetime import date

from kinerja_desktop.services.employees import list_employees
from kinerja_desktop.ui.pages import employees as page_module


def test_first_rows_by_name_then_the_whole_list(qtbot, window, operator, monkeypatch):
    first = list_employees(window.db, operator, year=date.today().year, first=5)
    whole = list_employees(window.db, operator, year=date.today().year)
    assert len(first) == 5 and {r.id for r in first} <= {r.id for r in whole}
    monkeypatch.setattr(page_module, "FIRST_ROWS", 5)
    page = window.employees
    page.loaded = False
    page._first_rows(first)
    assert page.model.rowCount() == 5 and not page.loaded
    needle = first[0].nip[:6]
    page.ui.searchEdit.setText(needle)
    page.apply_filter()
    page._loaded(whole)
    assert page.loaded and page.model.total == len(whole)
    assert page.model.rowCount() == sum(needle in r.nip for r in whole) > 0  # the search typed meanwhile holds
    page._first_rows(first)  # a late answer to the first query changes nothing
    assert page.model.total == len(whole)
