"""The Pegawai table model's filter and sort: the search narrows while the user keeps typing and
widens again, combines with the unit and SKP-status filters, and a sort keeps what is shown."""

from PySide6.QtCore import Qt

from kinerja_desktop.services.employees import EmployeeRow
from kinerja_desktop.ui.models.employees import EmployeeTableModel

PEOPLE = [  # name, jabatan, unit id, status (not in name order: the database's order is another)
    ("Siti Nurhaliza", "Guru Ahli Pertama", 1, "Draft"),
    ("Sitompul", "Guru Ahli Muda", 2, "Draft"),
    ("Budi Santoso", "Pranata Komputer", 2, "Disetujui"),
    ("Ahmad\0Nul", "Analis Kepegawaian", 1, "Belum ada SKP"),
    ("Nur Aini", "Bidan", 3, "Disetujui"),
]


def rows() -> list[EmployeeRow]:
    out = []
    for n, (name, jabatan, unit, status) in enumerate(PEOPLE):
        nip = f"19800101200501{n + 1:04d}"
        out.append(EmployeeRow(n + 1, nip, nip, name, "III/a", jabatan, "fungsional", unit, f"Unit {unit}", status))
    return out


def names(model: EmployeeTableModel) -> list[str]:
    return [model.row(model.index(r, 0)).name for r in range(model.rowCount())]


def test_search_narrows_widens_and_combines(qapp):
    model = EmployeeTableModel()
    model.set_rows(rows())
    assert names(model) == ["Ahmad\0Nul", "Budi Santoso", "Nur Aini", "Siti Nurhaliza", "Sitompul"]
    for typed, expected in (("s", ["Ahmad\0Nul", "Budi Santoso", "Siti Nurhaliza", "Sitompul"]),
                            ("si", ["Siti Nurhaliza", "Sitompul"]), ("sit", ["Siti Nurhaliza", "Sitompul"]),
                            ("siti", ["Siti Nurhaliza"]), ("sit", ["Siti Nurhaliza", "Sitompul"]),
                            ("GURU", ["Siti Nurhaliza", "Sitompul"]), ("", names(model)),
                            ("ahmadnul", ["Ahmad\0Nul"]), ("0003", ["Budi Santoso"])):
        model.set_filter(typed, None, None)
        assert names(model) == expected, typed
    model.set_filter("guru", {2}, None)
    assert names(model) == ["Sitompul"]
    model.set_filter("", {1, 2}, "Draft")
    assert names(model) == ["Siti Nurhaliza", "Sitompul"]
    model.set_filter("", None, "Disetujui")
    assert names(model) == ["Budi Santoso", "Nur Aini"]


def test_sort_keeps_the_filter(qapp):
    model = EmployeeTableModel()
    model.set_rows(rows())
    model.set_filter("guru", None, None)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Sitompul", "Siti Nurhaliza"]
    model.set_filter("gur", None, None)  # widening after a sort keeps the new order
    assert names(model) == ["Sitompul", "Siti Nurhaliza"]
    model.set_filter("", None, None)
    assert names(model) == ["Sitompul", "Siti Nurhaliza", "Nur Aini", "Budi Santoso", "Ahmad\0Nul"]
    model.sort(4)  # by unit, and by name within a unit
    assert [(model.row(model.index(r, 0)).unit_id, model.row(model.index(r, 0)).name) for r in range(5)] == [
        (1, "Ahmad\0Nul"), (1, "Siti Nurhaliza"), (2, "Budi Santoso"), (2, "Sitompul"), (3, "Nur Aini")]
