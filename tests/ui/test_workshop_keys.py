"""Keyboard on the workshop day: signatory picker, tab order, shortcuts listed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.qt_dialogs import when_modal
from ui.context import EditContext
from ui.pages.sessions import SessionsPage


def _people(wb: WorkbookFile) -> str:
    session = ops.add(wb, model.Session(title="Bimtek I", start_date="2019-07-04"))[1]
    for name in ("Ani", "Budi Santoso", "Citra"):
        ops.add(wb, model.Person(name=name))
    return session


def _type_and_enter(qtbot: QtBot, keys: list[object]) -> None:
    """Answer the next modal dialog (the picker) with real keys into its name box."""
    def act(dialog: QWidget) -> None:
        edit = dialog.filter_edit  # type: ignore[attr-defined]
        for key in keys:
            if isinstance(key, str):
                qtbot.keyClicks(edit, key)
            else:
                qtbot.keyClick(edit, key)  # type: ignore[arg-type]
    when_modal(act)


def test_the_signatory_picker_works_by_keyboard(qtbot: QtBot, wb: WorkbookFile) -> None:
    """Type "ci", then change it to "bu": Enter adds Budi, the highlighted match."""
    session = _people(wb)
    page = SessionsPage(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.show()
    page.panel.select(session)
    tab = page.signatories
    _type_and_enter(qtbot, ["ci", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, "bu",
                            Qt.Key.Key_Return])
    qtbot.mouseClick(tab.pick_button, Qt.MouseButton.LeftButton)
    signed = rows.select(wb.db, model.Signatory, session_id=session)
    assert [s.name for s in signed] == ["Budi Santoso"]
    assert QApplication.activeModalWidget() is None


def test_down_in_the_name_box_moves_the_highlight(qtbot: QtBot, wb: WorkbookFile) -> None:
    """No filter, Down twice, Enter: the third person is added."""
    session = _people(wb)
    page = SessionsPage(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.show()
    page.panel.select(session)
    _type_and_enter(qtbot, ["i", Qt.Key.Key_Down, Qt.Key.Key_Return])
    qtbot.mouseClick(page.signatories.pick_button, Qt.MouseButton.LeftButton)
    signed = rows.select(wb.db, model.Signatory, session_id=session)
    assert [s.name for s in signed] == ["Budi Santoso"]  # "i": Ani, Budi, Citra; Down: Budi


def test_tab_in_the_programme_form_follows_the_visual_order(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    """From Name, Tab goes down the left column, then the right one, then the long texts."""
    from app import programmes
    from ui.pages.programmes import ProgrammesPage

    dim = rows.select(wb.db, model.Dimension)[0].id
    programmes.add_programme(wb, model.Programme(name="Portal", dimension_id=dim,
                                                 start_year=2020, end_year=2021))
    page = ProgrammesPage(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    form = page.editor.general
    expected = [form.choices["dimension_id"], form.choices["element_id"], form.choices["kind"],
                form.choices["lead_org_id"], form.texts["target_users"], form.choices["phase"],
                form.years["start_year"], form.years["end_year"], form.choices["status"],
                form.texts["rpjmd_link"], form.texts["output"], *form.longs.values()]
    form.texts["name"].setFocus()
    qtbot.waitUntil(form.texts["name"].hasFocus)
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is widget or widget.isAncestorOf(focused)


def test_help_lists_every_shortcut_and_each_page_shows_its_own(
        qtbot: QtBot, demo_file, tmp_path) -> None:
    """F1 opens the list (board, projector, roadmap keys in it); the status line shows the
    shortcuts of the page in front."""
    import shutil

    from ui.main_window import MainWindow
    from ui.shortcuts import ShortcutsDialog

    target = tmp_path / "demo.rencana"
    shutil.copy(demo_file, target)
    window = MainWindow("en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(target)
    window.show_page("board")
    assert "F2: Edit the selected card" in window.keys_hint.text()
    window.show_page("roadmap")
    assert "Left / Right" in window.keys_hint.text()
    window.activateWindow()
    qtbot.waitActive(window)
    window.workspace.nav.setFocus()
    qtbot.waitUntil(window.workspace.nav.hasFocus)
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    keys = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"+ / -", "V", "F2", "Del", "Ctrl+1..8", "Alt+1..6 / Alt+0", "F5", "Esc",
            "Left / Right", "Ctrl+Z"} <= keys
    wheres = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Idea board", "Projector mode", "Roadmap", "Everywhere"} <= wheres
    dialog.close()
