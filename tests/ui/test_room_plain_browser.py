"""A phone whose browser runs no JavaScript (Debian's chromium through Playwright, scripts
off, a Pixel 5's screen) joins ``main.py room``, sends a card, sees it waiting and votes,
with plain HTML forms only.

The room runs in its own process (``main.py room``), as headless rooms do: a form post
waits for the page it is redirected to, and that page waits for the card to be stored,
which needs a thread free to store it while Playwright waits.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT, run_cli
from tests.room_support import CHROMIUM_ARGS, chromium_or_skip

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT (POSIX)")
HOSTILE = 'Taman baca "><img src=x onerror=alert(1)><script>alert(2)</script>'
CODE = "135790"


@pytest.fixture
def room(tmp_path: Path, demo_file: Path) -> Iterator[tuple[subprocess.Popen[str], str, Path]]:
    """Serve the demo's first session with ``main.py room`` (voting open); yield it."""
    workbook = tmp_path / "room.rencana"
    workbook.write_bytes(demo_file.read_bytes())
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "room", str(workbook), "--host", "127.0.0.1",
         "--port", "0", "--code", CODE, "--session", "1", "--votes", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ})
    assert process.stdout is not None
    first = process.stdout.readline()
    url = re.search(r"http://127\.0\.0\.1:\d+/", first)
    assert url, first + (process.stderr.read() if process.poll() is not None else "")
    yield process, url.group(0), workbook
    if process.poll() is None:
        process.kill()
        process.wait(timeout=30)


@pytest.fixture
def plain_phone() -> Iterator[Any]:
    """Return a Playwright page in Debian's chromium, a Pixel 5 with JavaScript turned off."""
    chromium = chromium_or_skip()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True,
                                             args=CHROMIUM_ARGS)
        context = browser.new_context(**playwright.devices["Pixel 5"], locale="id-ID",
                                      java_script_enabled=False)
        page = context.new_page()
        page.problems = []
        page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
        yield page
        browser.close()


def test_a_phone_without_javascript_joins_sends_a_card_and_votes(
        room: tuple[subprocess.Popen[str], str, Path], plain_phone: Any, tmp_path: Path,
        demo_file: Path) -> None:
    from playwright.sync_api import expect

    process, url, workbook = room
    page = plain_phone
    page.goto(url)
    page.wait_for_url(url + "join")  # the page's <noscript> sends it to the form page
    expect(page.locator("#join h2")).to_have_text("Bergabung")
    page.fill("#code", CODE)
    page.fill("#name", "Tim 3")
    page.click("#join button[type=submit]")
    page.wait_for_url(url + "cards")
    page.fill("#text", HOSTILE)
    page.select_option("#kind", "problem")
    page.click("#send")
    page.wait_for_url(url + "cards?sent=1")
    expect(page.locator(".status")).to_have_text("Terkirim. Kartu menunggu fasilitator.")
    mine = page.locator("#my-cards li")
    expect(mine).to_have_count(1)
    expect(mine.locator(".text")).to_have_text(HOSTILE)  # as text: no element was made
    expect(mine.locator(".badge")).to_have_text("Menunggu")
    assert page.locator("img, script").count() == 0

    expect(page.locator("#vote .left")).to_have_text("Sisa suara: 5 dari 5")
    first = page.locator("#board-cards li").first
    voted_id = first.locator("input[name=card_id]").get_attribute("value")
    first.locator("button[aria-label='Tambah satu suara']").click()
    page.wait_for_url(url + "cards?voted=1#vote")
    expect(page.locator("#vote .left")).to_have_text("Sisa suara: 4 dari 5")
    expect(page.locator("#board-cards li .mine").first).to_have_text("1")
    page.screenshot(path=str(tmp_path / "phone-without-javascript.png"))

    page.click("header a")
    expect(page.locator("#mine h2")).to_have_text("My cards")
    expect(mine.locator(".badge")).to_have_text("Waiting")
    assert page.problems == []

    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err  # a page leaving early (the redirect) is no error
    after = {c["id"]: c for c in json.loads(run_cli("dump", str(workbook)).stdout)["cards"]}
    before = {c["id"]: c for c in json.loads(run_cli("dump", str(demo_file)).stdout)["cards"]}
    sent = [c for c in after.values() if c["text"] == HOSTILE]
    assert [(c["status"], c["kind"], c["author"]) for c in sent] == [
        ("pending", "problem", "Tim 3")]
    assert after[voted_id]["votes"] == before[voted_id]["votes"] + 1
