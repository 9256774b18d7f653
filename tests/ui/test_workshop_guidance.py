"""A new workbook says what to do next; empty pages say what to do first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage.workbook import WorkbookFile
from ui import translation
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, wb: WorkbookFile) -> Iterator[MainWindow]:
    """A new, empty workbook in an English window."""
    shown = MainWindow("en")
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_workbook(wb)
    yield shown
    translation.install("en")


def test_a_new_workbook_opens_on_next_steps_that_link_to_their_pages(
        qtbot: QtBot, window: MainWindow) -> None:
    overview = window.workspace.page("overview")
    steps = overview.gaps
    texts = [steps.item(i).text() for i in range(steps.count())]
    assert overview.health_box.title() == "Next steps"
    assert len(texts) <= 8 and not any(t.startswith("⚠") for t in texts)
    assert texts[0].startswith("1. Import the participants")
    assert any("Add the first session" in t for t in texts)
    second = steps.visualItemRect(steps.item(1)).center()
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert window.workspace.current_name() == "sessions"


def test_an_empty_attendance_sheet_says_to_import_the_participants(
        qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    ctx.perform(lambda: ops.add(ctx.wb, model.Session(title="Bimtek I",
                                                      start_date="2019-07-04"))[0])
    window.show_page("sessions")
    page = window.workspace.page("sessions")
    page.panel.select(ctx.wb.db.execute("SELECT id FROM sessions").fetchone()[0])
    hint = page.attendance.empty_hint
    assert not hint.isHidden() and "import the participants" in hint.text()
    ctx.perform(lambda: ops.add(ctx.wb, model.Person(name="Ani"))[0])
    assert hint.isHidden()
