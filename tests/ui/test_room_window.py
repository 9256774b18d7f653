"""Room mode in the window: phones' cards wait in the moderation queue, reach the board
when accepted (undoable), and the server closes with the room or the page."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile
from bench.room_load import Phone
from tests.room_window import board_page, close_room, in_background, open_room
from ui.pages.board import BoardPage

HOSTILE = '"><img src=x onerror=alert(1)> <script>alert(1)</script>'


@pytest.fixture
def window(qtbot: QtBot, wb: WorkbookFile) -> Iterator[BoardPage]:
    """Return a shown board page; its room is stopped before the workbook closes."""
    page = board_page(qtbot, wb)
    yield page
    close_room(page)


def _phone(dialog) -> Phone:  # type: ignore[no-untyped-def]
    room = dialog.controller.room
    client = Phone("127.0.0.1", room.server.server_port)
    assert client.join(room.state.settings.code, "Tim 3") == 200
    return client


def test_a_card_from_a_phone_waits_then_reaches_the_board_when_accepted(
        qtbot: QtBot, wb: WorkbookFile, window: BoardPage) -> None:
    page = window
    dialog = open_room(qtbot, page)
    assert dialog.code.text().split()[-1].isdigit() and dialog.url.text().startswith("http://")
    client = _phone(dialog)
    status, _h, body = in_background(qtbot, lambda: client.call(
        "POST", "/api/cards", {"text": HOSTILE, "dimension": "SG"}))
    assert status == 201
    queue = dialog.queue
    qtbot.waitUntil(lambda: queue.cards.count() == 1)
    assert queue.cards.item(0).text() == f"Tim 3: {HOSTILE}"  # plain text, nothing rendered
    assert body["id"] not in page.scene.cards  # not on the projector before moderation
    qtbot.mouseClick(queue.accept_button, Qt.MouseButton.LeftButton)
    assert queue.cards.count() == 0
    assert page.scene.cards[body["id"]].entry.card.text == HOSTILE
    qtbot.waitUntil(lambda: client.call("GET", "/api/cards")[2]["cards"][0]["status"]
                    == "accepted")
    page.ctx.stack.undo()
    assert body["id"] not in page.scene.cards
    qtbot.waitUntil(lambda: queue.cards.count() == 1)


def test_an_edit_in_progress_survives_new_cards_arriving(
        qtbot: QtBot, wb: WorkbookFile, window: BoardPage) -> None:
    dialog = open_room(qtbot, window)
    client = _phone(dialog)
    in_background(qtbot, lambda: client.call("POST", "/api/cards", {"text": "pertama"}))
    queue = dialog.queue
    qtbot.waitUntil(lambda: queue.cards.count() == 1)
    queue.editor.setFocus()
    queue.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(queue.editor, " (diubah)")
    in_background(qtbot, lambda: client.call("POST", "/api/cards", {"text": "kedua"}))
    qtbot.waitUntil(lambda: queue.cards.count() == 2)
    assert queue.editor.toPlainText() == "pertama (diubah)"


def test_the_facilitator_edits_merges_and_rejects(
        qtbot: QtBot, wb: WorkbookFile, window: BoardPage) -> None:
    page = window
    dialog = open_room(qtbot, page)
    client = _phone(dialog)
    ids = in_background(qtbot, lambda: [client.call("POST", "/api/cards", {"text": t})[2]["id"]
                                        for t in ("Wifi gratis", "wifi di taman", "iklan")])
    queue = dialog.queue
    qtbot.waitUntil(lambda: queue.cards.count() == 3)
    queue.editor.setPlainText("Wifi gratis di ruang publik")
    qtbot.mouseClick(queue.accept_button, Qt.MouseButton.LeftButton)
    assert rows.get(wb.db, model.Card, ids[0]).text == "Wifi gratis di ruang publik"
    assert queue.targets.currentData() == ids[0]
    qtbot.mouseClick(queue.merge_button, Qt.MouseButton.LeftButton)
    assert rows.get(wb.db, model.Card, ids[1]).status == "merged"
    assert page.scene.cards[ids[0]].entry.card.text.endswith("\nwifi di taman")
    qtbot.mouseClick(queue.reject_button, Qt.MouseButton.LeftButton)
    assert rows.get(wb.db, model.Card, ids[2]).status == "rejected"
    assert queue.cards.count() == 0 and set(page.scene.cards) == {ids[0]}


def test_joined_phones_are_listed_and_voting_opens_from_the_panel(
        qtbot: QtBot, wb: WorkbookFile, window: BoardPage) -> None:
    page = window
    dialog = open_room(qtbot, page)
    client = _phone(dialog)
    qtbot.waitUntil(lambda: dialog.devices.count() == 1, timeout=5000)
    assert dialog.devices.item(0).text().startswith("Tim 3")
    dialog.voting.setChecked(True)
    voting = client.call("GET", "/api/cards")[2]["voting"]
    assert voting["open"] and voting["budget"] == dialog.budget.value()


def test_a_room_restarted_on_the_same_session_keeps_its_phones_and_their_votes(
        qtbot: QtBot, wb: WorkbookFile, window: BoardPage) -> None:
    dialog = open_room(qtbot, window)
    session = rows.select(wb.db, model.Session)[0]
    card_id = ops.add(wb, model.Card(text="Wifi gratis", session_id=session.id))[1]
    dialog.controller.room.desk.refresh()
    client = _phone(dialog)
    dialog.voting.setChecked(True)
    voted = in_background(qtbot, lambda: client.call("POST", "/api/votes",
                                                     {"card_id": card_id, "votes": 2}))
    assert voted[0] == 200 and voted[2]["left"] == 3
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # same session
    client.port = dialog.controller.room.server.server_port
    dialog.voting.setChecked(True)
    status, _h, body = client.call("GET", "/api/cards")
    assert status == 200  # the phone need not join again
    assert body["voting"]["left"] == 3 and body["cards"][0]["my_votes"] == 2  # no fresh budget
    assert [d.name for d in dialog.controller.devices()] == ["Tim 3"]
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    dialog.session.setCurrentIndex(0)  # (no session): another room, its phones join anew
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    client.port = dialog.controller.room.server.server_port
    assert client.call("GET", "/api/cards")[0] == 401
    assert dialog.controller.devices() == []


def test_stop_closes_the_server_and_a_taken_port_is_one_sentence(
        qtbot: QtBot, wb: WorkbookFile, window: BoardPage) -> None:
    page = window
    dialog = open_room(qtbot, page)
    port = dialog.controller.room.server.server_port
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.setup.isVisible() and not dialog.running.isVisible()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog.port.setValue(taken.getsockname()[1])
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert str(taken.getsockname()[1]) in dialog.error.text()
        assert dialog.setup.isVisible()


def test_rebuilt_pages_keep_the_room_open(qtbot: QtBot, wb: WorkbookFile) -> None:
    window = board_page(qtbot, wb, track=False)
    dialog = open_room(qtbot, window)
    dialog.voting.setChecked(True)
    room = dialog.controller.room
    rebuilt = BoardPage(window.ctx)  # as after a change of language
    qtbot.addWidget(rebuilt)
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    again = rebuilt.open_room()
    assert again.controller.room is room and again.running.isVisible()
    assert again.url.text() == room.url and again.voting.isChecked()
    assert phone_call_works(room.server.server_port)
    again.controller.stop()


def test_closing_the_workbook_closes_the_room(qtbot: QtBot, wb: WorkbookFile) -> None:
    window = board_page(qtbot, wb, track=False)
    dialog = open_room(qtbot, window)
    port = dialog.controller.room.server.server_port
    ctx = window.ctx
    window.close()
    window.deleteLater()
    ctx.deleteLater()  # what closing the workbook does, after the pages went
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _refused(port)


def phone_call_works(port: int) -> bool:
    return Phone("127.0.0.1", port).call("GET", "/")[0] == 200


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return True
    return False


def test_the_start_screen_says_to_turn_mobile_data_off(
        qtbot: QtBot, wb: WorkbookFile, window: BoardPage) -> None:
    page = window
    dialog = page.open_room()
    texts = " ".join(label.text() for label in dialog.setup.findChildren(type(dialog.error)))
    assert "mobile data off" in texts
