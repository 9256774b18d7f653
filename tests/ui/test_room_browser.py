"""End to end in a real browser: Debian's chromium, driven by Playwright, emulating a phone,
joins the room the window opened, sends a card, sees it pending, sees it accepted once the
facilitator accepts it in the window, and dot-votes on it.

The window's thread serves the room only while Qt's event loop runs, so every step that
needs the workbook (storing a card or a vote, refreshing what phones see) is awaited with
``qtbot.waitUntil``; Playwright's own waits run while the page polls.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import model
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.room_support import CHROMIUM_ARGS, CODE, chromium_or_skip, served
from tests.room_window import board_page, close_room, open_room
from ui.pages.board import BoardPage

HOSTILE = 'Taman baca "><img src=x onerror=alert(1)><script>alert(2)</script>'
POLL_WAIT_MS = 15_000  # the page polls every 5-6.5 s


@pytest.fixture
def window(qtbot: QtBot, wb: WorkbookFile) -> Iterator[BoardPage]:
    """Return a shown board page; its room is stopped before the workbook closes."""
    page = board_page(qtbot, wb)
    yield page
    close_room(page)


@pytest.fixture
def phone_page() -> Iterator[Any]:
    """Return a Playwright page in Debian's chromium emulating a Pixel 5 (no download)."""
    chromium = chromium_or_skip()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True,
                                             args=CHROMIUM_ARGS)
        context = browser.new_context(**playwright.devices["Pixel 5"], locale="id-ID")
        page = context.new_page()
        page.problems = []
        page.on("dialog", lambda d: (page.problems.append(f"dialog {d.message}"), d.dismiss()))
        page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        yield page
        browser.close()


def test_a_phone_sends_a_card_that_reaches_the_board_and_votes_on_it(
        qtbot: QtBot, wb: WorkbookFile, window: BoardPage, phone_page: Any,
        tmp_path: Path) -> None:
    from playwright.sync_api import expect

    dialog = open_room(qtbot, window)
    room = dialog.controller.room
    page = phone_page
    page.goto(room.url)
    expect(page.locator("#join h2")).to_have_text("Bergabung")  # Indonesian first
    page.fill("#code", room.state.settings.code)
    page.fill("#name", "Tim 3")
    page.click("#join-form button")
    expect(page.locator("#write")).to_be_visible()
    page.fill("#text", HOSTILE)
    expect(page.locator("#count")).to_have_text(str(len(HOSTILE)))
    page.select_option("#dimension", "SG")
    page.click("#send")

    queue = dialog.queue
    qtbot.waitUntil(lambda: queue.cards.count() == 1, timeout=20_000)
    card = rows.select(wb.db, model.Card)[0]
    assert (card.text, card.status, card.author) == (HOSTILE, "pending", "Tim 3")
    mine = page.locator("#my-cards li")
    expect(mine).to_have_count(1)
    expect(mine.locator(".text")).to_have_text(HOSTILE)  # as text: no element was made
    expect(mine.locator(".badge")).to_have_text("Menunggu")
    assert page.locator("img, #my-cards script").count() == 0
    page.screenshot(path=str(tmp_path / "phone-pending.png"))

    qtbot.mouseClick(queue.accept_button, Qt.MouseButton.LeftButton)
    assert card.id in window.scene.cards
    qtbot.waitUntil(lambda: room.state.card(card.id).status == "accepted")
    expect(mine.locator(".badge")).to_have_text("Diterima", timeout=POLL_WAIT_MS)

    dialog.voting.setChecked(True)
    plus = page.locator("#board-cards li button[aria-label='Tambah satu suara']")
    expect(plus).to_be_visible(timeout=POLL_WAIT_MS)
    plus.click()
    qtbot.waitUntil(lambda: rows.get(wb.db, model.Card, card.id).votes == 1, timeout=20_000)
    expect(page.locator("#board-cards .mine")).to_have_text("1", timeout=POLL_WAIT_MS)
    expect(page.locator("#left")).to_have_text("Sisa suara: 4 dari 5")
    assert window.scene.cards[card.id].entry.card.votes == 1

    page.click("#lang")
    expect(page.locator("#mine h2")).to_have_text("My cards")
    assert page.problems == []


def test_after_the_room_restarts_the_page_asks_to_join_again_and_keeps_the_card(
        wb: WorkbookFile, phone_page: Any) -> None:
    """The laptop restarted the room (tokens live in memory): the next request gets 401."""
    from playwright.sync_api import expect

    page = phone_page
    with served(wb) as room:
        port = room.server.server_port
        page.goto(room.url)
        page.fill("#code", CODE)
        page.fill("#name", "Tim 3")
        page.click("#join-form button")
        expect(page.locator("#write")).to_be_visible()
    with served(wb, port=port):
        page.fill("#text", "ide yang hampir hilang")
        page.click("#send")
        expect(page.locator("#status")).to_have_text(
            "Ruang dibuka ulang. Silakan bergabung lagi.")
        expect(page.locator("#join")).to_be_visible()
        expect(page.locator("#write")).to_be_hidden()
        page.fill("#code", CODE)
        page.fill("#name", "Tim 3")
        page.click("#join-form button")
        expect(page.locator("#write")).to_be_visible()
        expect(page.locator("#text")).to_have_value("ide yang hampir hilang")
    assert rows.count(wb.db, model.Card) == 0
    assert [p for p in page.problems if "401" not in p] == []
