"""Projector mode read from the back of a 300-person room, at 1920x1080."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from app import model, ops
from app.formatting import parse_duration
from app.storage import rows
from app.storage.workbook import WorkbookFile
from ui.board.projector_scene import DOT_R, MIN_TEXT_PX
from ui.context import EditContext
from ui.pages.board import BoardPage

LONG = ("Aplikasi pengaduan warga terpadu yang terhubung dengan semua OPD dan kelurahan, "
        "dengan jawaban dalam tiga hari kerja")


def _projector(qtbot: QtBot, wb: WorkbookFile, count: int = 12):  # type: ignore[no-untyped-def]
    for number in range(count - 1):
        ops.add(wb, model.Card(text=f"Ide nomor {number}", x=224.0 * (number % 8),
                               y=148.0 * (number // 8), votes=number % 3))
    ops.add(wb, model.Card(text=LONG, x=0.0, y=600.0, votes=7))
    page = BoardPage(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.show()
    page.set_projector(True)
    window = page.projector
    assert window is not None
    window.showNormal()
    window.setGeometry(0, 0, 1920, 1080)
    qtbot.waitUntil(lambda: window.view.viewport().width() >= 1900)
    window.refresh()
    return page, window


def test_the_projector_fills_the_screen_with_large_wrapped_text(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    """Every card on screen at once, text at least 28 px, the long one wrapped, not cut."""
    _page, window = _projector(qtbot, wb)
    view = window.view
    assert view.text_px() >= MIN_TEXT_PX
    assert len(window.shown()) == 12
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    notes = list(window.notes.notes.values())
    assert all(visible.contains(n.sceneBoundingRect().adjusted(2, 2, -2, -2)) for n in notes)
    long_note = next(n for n in notes if n.entry.card.text == LONG)
    assert " ".join(long_note.lines) == LONG and len(long_note.lines) >= 3
    used = max(n.sceneBoundingRect().right() for n in notes) * view.zoom()
    assert used >= 0.8 * 1920  # the board fills the width of the screen
    assert DOT_R * view.zoom() >= 12  # dots the room can count


def test_zoom_centres_on_the_screen(qtbot: QtBot, wb: WorkbookFile) -> None:
    _page, window = _projector(qtbot, wb, count=40)
    view = window.view
    before = view.mapToScene(view.viewport().rect().center())
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    after = view.mapToScene(view.viewport().rect().center())
    assert abs(before.x() - after.x()) < 20
    assert view.text_px() > MIN_TEXT_PX


def test_the_projector_shows_the_chosen_dimension(qtbot: QtBot, wb: WorkbookFile) -> None:
    dim = rows.select(wb.db, model.Dimension)[0]
    ops.add(wb, model.Card(text="Satu data", dimension_id=dim.id, x=0.0, y=900.0))
    _page, window = _projector(qtbot, wb)
    combo = window.show_combo
    combo.setCurrentIndex(combo.findData(dim.id))
    assert [window.notes.notes[c].entry.card.text for c in window.shown()] == ["Satu data"]


def test_a_click_on_the_dots_votes(qtbot: QtBot, wb: WorkbookFile) -> None:
    _page, window = _projector(qtbot, wb, count=2)
    note = next(n for n in window.notes.notes.values() if n.entry.card.text == LONG)
    spot = window.view.mapFromScene(note.mapToScene(QPointF(note.dots_rect().center())))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert rows.get(wb.db, model.Card, note.entry.card.id).votes == 8
    assert window.notes.notes[note.entry.card.id].entry.card.votes == 8  # refreshed


def test_the_timer_takes_typed_minutes_and_one_minute_buttons(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    _page, window = _projector(qtbot, wb, count=1)
    for typed, shown in (("10", "10:00"), ("7:30", "07:30")):
        window.duration.clear()
        qtbot.keyClicks(window.duration, typed)
        qtbot.keyClick(window.duration, Qt.Key.Key_Return)
        assert window.clock.text() == shown and window.duration.text() == shown
    qtbot.mouseClick(window.plus_button, Qt.MouseButton.LeftButton)
    assert window.clock.text() == "08:30"
    qtbot.mouseClick(window.minus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.minus_button, Qt.MouseButton.LeftButton)
    assert window.clock.text() == "06:30"


def test_durations_are_read_as_minutes_or_minutes_and_seconds() -> None:
    assert parse_duration("10") == 600
    assert parse_duration(" 10:00 ") == 600
    assert parse_duration("2:05") == 125
    assert parse_duration("2:75") is None
    assert parse_duration("abc") is None and parse_duration("") is None
