"""Participant lists as cities send them: unknown roles mapped, re-imports counted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import model
from app.storage import rows
from app.storage.workbook import WorkbookFile
from ui.context import EditContext
from ui.people.import_dialog import ImportDialog

SHEET = ("nama;jabatan;instansi;peran\n"
         "Dewi;Staf;Bappeda;fasilitator\n"
         "Eko;Staf;Dishub;Panitia\n"
         "Fajar;Mahasiswa;;peserta\n")


def _dialog(qtbot: QtBot, wb: WorkbookFile, source: Path) -> ImportDialog:
    dialog = ImportDialog(EditContext(wb, "en"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(source)
    return dialog


def _roles(wb: WorkbookFile) -> dict[str, str]:
    return {p.name: p.roles for p in rows.select(wb.db, model.Person)}


def test_unknown_roles_are_mapped_in_the_preview_and_said(
        qtbot: QtBot, wb: WorkbookFile, tmp_path: Path) -> None:
    """fasilitator and Panitia: not refused; mapped to Narasumber and Tim Pelaksana, said so."""
    source = tmp_path / "peserta.csv"
    source.write_text(SHEET, encoding="utf-8")
    dialog = _dialog(qtbot, wb, source)
    assert dialog.import_button.isEnabled() and dialog.errors_model.rowCount() == 0
    assert "2 role(s) Rencana does not know were mapped" in dialog.summary.text()
    assert "fasilitator → Narasumber" in dialog.summary.text()
    assert "panitia → Tim Pelaksana" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _roles(wb) == {"Dewi": "narasumber", "Eko": "tim_pelaksana", "Fajar": "participant"}


def test_the_user_can_change_the_mapping(qtbot: QtBot, wb: WorkbookFile, tmp_path: Path) -> None:
    source = tmp_path / "peserta.csv"
    source.write_text(SHEET, encoding="utf-8")
    dialog = _dialog(qtbot, wb, source)
    dialog.show()
    combo = dialog.roles_table.cellWidget(1, 1)  # panitia
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # open the list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    for _ in range(combo.findData("participant") - combo.currentIndex()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _roles(wb)["Eko"] == "participant"


def test_a_re_import_says_how_many_were_new_updated_and_unchanged(
        qtbot: QtBot, wb: WorkbookFile, tmp_path: Path) -> None:
    source = tmp_path / "peserta.csv"
    source.write_text(SHEET, encoding="utf-8")
    first = _dialog(qtbot, wb, source)
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    assert first.outcome == "Imported: 3 new, 0 updated, 0 unchanged."
    source.write_text(SHEET.replace("Fajar;Mahasiswa", "Fajar;Lurah")
                      + "Gita;Staf;Bappeda;peserta\n", encoding="utf-8")
    again = _dialog(qtbot, wb, source)
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    assert again.outcome == "Imported: 1 new, 1 updated, 2 unchanged."
