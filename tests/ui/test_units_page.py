from PySide6.QtCore import Qt

from ..ui_helpers import click_save, settle


def select(page, name):
    item = page.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    page.tree.setCurrentItem(item)
    return item


def show(window):
    page = window.units
    assert page.tree.topLevelItemCount() == 0  # read only when first shown
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    return page


def test_operator_adds_moves_and_closes_a_unit(qtbot, window, tmp_path):
    page = show(window)
    top = [page.tree.topLevelItem(n).text(0) for n in range(page.tree.topLevelItemCount())]
    assert "Dinas Pendidikan" in top
    select(page, "Dinas Pendidikan")
    page.add_unit()
    dialog = page.dialog
    assert dialog.parent_combo.currentText().strip() == "Dinas Pendidikan"
    click_save(qtbot, dialog)
    assert "wajib diisi" in dialog.errorLabel.text()
    dialog.name.setText("UPTD Pendidikan Kecamatan Baru")
    dialog.kind.setCurrentIndex(dialog.kind.findData("uptd"))
    click_save(qtbot, dialog)
    item = select(page, "UPTD Pendidikan Kecamatan Baru")
    assert item.parent().text(0) == "Dinas Pendidikan" and item.text(1) == "uptd" and item.text(3) == "0"
    page.edit_selected()
    dialog = page.dialog
    names = [dialog.parent_combo.itemText(n).strip() for n in range(dialog.parent_combo.count())]
    assert "UPTD Pendidikan Kecamatan Baru" not in names  # not under itself
    dialog.parent_combo.setCurrentIndex(0)
    click_save(qtbot, dialog)
    assert select(page, "UPTD Pendidikan Kecamatan Baru").parent() is None
    window.grab().save(str(tmp_path / "units.png"))
    page.close_selected()
    settle(qtbot)
    assert not page.tree.findItems("UPTD Pendidikan Kecamatan Baru", Qt.MatchFlag.MatchRecursive)


def test_a_unit_with_staff_is_not_closed(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    page = show(window)
    select(page, "Dinas Pendidikan")
    page.close_selected()
    settle(qtbot)
    boxes = page.findChildren(QMessageBox)
    assert boxes and "pegawai aktif" in boxes[-1].text() and boxes[-1].isVisible()
    assert page.tree.findItems("Dinas Pendidikan", Qt.MatchFlag.MatchExactly)
