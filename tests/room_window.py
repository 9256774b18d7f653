"""Helpers for room mode tests in the window: the board page with its Room panel open."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage.workbook import WorkbookFile
from ui.context import EditContext
from ui.pages.board import BoardPage
from ui.room.dialog import RoomDialog


def board_page(qtbot: QtBot, wb: WorkbookFile, track: bool = True) -> BoardPage:
    """Return a shown board page over ``wb`` (with a session and a dimension).

    With ``track`` False, qtbot does not close it (the test deletes it itself).
    """
    with ops.Action(wb, "Set up") as act:
        act.put(model.Session(title="Bimtek I", stage="I", start_date="2019-07-04"))
        act.put(model.Dimension(code="SG", name_id="Smart Governance", position=0))
    page = BoardPage(EditContext(wb, "en"))
    if track:
        qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def close_room(page: BoardPage) -> None:
    """Stop the page's room and delete the page, before the test's workbook is closed."""
    if not shiboken6.isValid(page):  # the test deleted it already
        return
    dialog = page.room_dialog
    if isinstance(dialog, RoomDialog):
        dialog.controller.stop()
    page.close()


def open_room(qtbot: QtBot, page: BoardPage) -> RoomDialog:
    """Click Room, start a room on 127.0.0.1 (any free port); return the panel."""
    qtbot.mouseClick(page.buttons["room"], Qt.MouseButton.LeftButton)
    dialog = page.room_dialog
    assert isinstance(dialog, RoomDialog) and dialog.isVisible()
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(0)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    assert dialog.running.isVisible()
    return dialog


def in_background(qtbot: QtBot, action: Callable[[], Any]) -> Any:
    """Run ``action`` (a phone's requests) on a thread while the GUI thread serves the room."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30_000)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
