"""The idea board in the room: captured cards get the running session; SWOT items find space."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app import board_layout, model, ops
from app.storage import rows
from app.storage.queries_sessions import running_session
from app.storage.workbook import WorkbookFile
from ui.context import EditContext
from ui.pages.analysis import AnalysisPage
from ui.pages.board import BoardPage


def _capture(qtbot: QtBot, wb: WorkbookFile, text: str) -> model.Card:
    page = BoardPage(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClicks(page.capture.line, text)
    qtbot.keyClick(page.capture.line, Qt.Key.Key_Return)
    return rows.select(wb.db, model.Card, text=text)[0]


def test_a_card_captured_during_a_session_gets_that_session(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    """Two sessions, one running today: the scribe's card belongs to it without choosing."""
    today = dt.date.today()
    ops.add(wb, model.Session(title="Bimtek I", start_date="2019-07-04"))
    running = ops.add(wb, model.Session(
        title="Bimtek II", start_date=(today - dt.timedelta(days=1)).isoformat(),
        end_date=(today + dt.timedelta(days=1)).isoformat()))[1]
    assert _capture(qtbot, wb, "Parkir pintar").session_id == running


def test_with_one_session_a_captured_card_gets_it(qtbot: QtBot, wb: WorkbookFile) -> None:
    only = ops.add(wb, model.Session(title="Bimtek I", start_date="2019-07-04"))[1]
    assert _capture(qtbot, wb, "Wifi taman").session_id == only


def test_the_running_session_is_the_one_whose_days_include_today() -> None:
    one = model.Session(id="a", title="I", start_date="2019-07-04", end_date="2019-07-05")
    two = model.Session(id="b", title="II", start_date="2019-08-01")
    assert running_session([one, two], dt.date(2019, 7, 5)) == "a"
    assert running_session([one, two], dt.date(2019, 8, 1)) == "b"
    assert running_session([one, two], dt.date(2019, 9, 1)) is None


def test_a_swot_item_added_on_analysis_lands_in_free_space_on_the_board(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    """The board already has a card at the first slot: the strength goes beside it."""
    ops.add(wb, model.Card(text="Sudah ada", x=0.0, y=0.0))
    page = AnalysisPage(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.show()
    strengths = page.swot.lists["strength"]
    [add] = [b for b in strengths.findChildren(QPushButton) if b.text() == "Add"]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    card = rows.select(wb.db, model.Card, kind="strength")[0]
    assert (card.x, card.y) == board_layout.grid_slot(1)


def test_showing_analysis_after_the_board_does_not_wait_for_the_radar(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    """The radar (matplotlib, ~1.5 s the first time) is drawn in a worker thread: the page
    shows at once with a note, and the picture follows."""
    page = AnalysisPage(EditContext(wb, "en"))
    qtbot.addWidget(page)
    radar = page.readiness.radar
    with qtbot.waitSignal(radar.drawn, timeout=60_000):
        page.show()
        assert radar.image is None and radar.text() == "Drawing the chart..."
    assert radar.image is not None and not radar.image.isNull()
