"""The whole window on the workshop day: delete with Undo in the strip, keys from anywhere."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import model
from app.storage import rows
from app.workbooks import WORKBOOK_ID
from ui import translation
from ui.main_window import MainWindow


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.rencana"
    shutil.copy(demo_file, target)
    return target


@pytest.fixture
def window(qtbot: QtBot, demo_copy: Path) -> Iterator[MainWindow]:
    """The demo open in an English window, shown."""
    shown = MainWindow("en")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.open_path(demo_copy)
    yield shown
    translation.install("en")


def _live_programmes(window: MainWindow) -> int:
    assert window.ctx is not None
    return len(rows.select(window.ctx.wb.db, model.Programme))


def test_delete_says_what_went_and_undo_in_the_strip_brings_it_back(
        qtbot: QtBot, window: MainWindow) -> None:
    """Deleting a programme: no dialog; the strip names it and its money; Undo restores it."""
    window.show_page("programmes")
    page = window.workspace.page("programmes")
    before = _live_programmes(window)
    code = rows.get(window.ctx.wb.db, model.Programme, page.table.current_id()).code
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert QApplication.activeModalWidget() is None
    bar = window.workspace.message_bar
    assert bar.text().startswith(f"Deleted {code} ") and "(budget Rp" in bar.text()
    assert bar.undo_button.isVisible()
    assert _live_programmes(window) == before - 1
    with qtbot.waitSignal(window.ctx.changed):
        qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert _live_programmes(window) == before
    assert bar.text() == ""


def test_closing_the_strip_clears_the_old_error_from_the_status_bar(
        qtbot: QtBot, window: MainWindow) -> None:
    from app import ops

    ctx = window.ctx
    ctx.perform(lambda: ops.update(ctx.wb, model.Workbook, WORKBOOK_ID, region=""))
    bar = window.workspace.message_bar
    assert window.statusBar().currentMessage() == bar.text() != ""
    close = bar.findChild(type(bar.undo_button).__mro__[1], "messageClose")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert bar.text() == ""
    assert window.statusBar().currentMessage() == ""


def _cards(window: MainWindow) -> int:
    return len(rows.select(window.ctx.wb.db, model.Card))


def test_ctrl_z_in_the_capture_bar_takes_the_card_back_and_enter_adds_no_duplicate(
        qtbot: QtBot, window: MainWindow) -> None:
    """Type, Enter, Ctrl+Z: the card goes, the line stays empty; Enter adds nothing; Ctrl+Y
    brings the card back; Ctrl+Shift+Z redoes too."""
    window.show_page("board")
    line = window.workspace.page("board").capture.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    before = _cards(window)
    qtbot.keyClicks(line, "Parkir pintar")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert _cards(window) == before + 1 and line.text() == ""
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _cards(window) == before and line.text() == ""
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert _cards(window) == before
    qtbot.keyClick(line, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _cards(window) == before + 1
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert _cards(window) == before + 1


def test_a_text_box_undoes_its_own_unsaved_typing_first(
        qtbot: QtBot, window: MainWindow) -> None:
    """Typing not yet captured: Ctrl+Z undoes the typing, not the workbook."""
    window.show_page("board")
    line = window.workspace.page("board").capture.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "Satu")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    count = _cards(window)
    qtbot.keyClicks(line, "Dua")
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "" and _cards(window) == count


def test_ctrl_z_in_a_search_box_undoes_the_workbook(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("programmes")
    page = window.workspace.page("programmes")
    before = _live_programmes(window)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    search = page.filters.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "zzz")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _live_programmes(window) == before
    assert search.text() == "zzz"
