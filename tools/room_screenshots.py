"""Screenshots of room mode, phone and window side by side: ``uv run python
tools/room_screenshots.py OUT_FOLDER`` (needs Debian's chromium; writes room-1-pending.png
and room-2-accepted.png, the pictures in docs/).

A Pixel 5 emulated in chromium joins the room the window opened on the Kota Madiun demo,
sends a card (pending in the Room panel), the window accepts it (on the board), and the
phone sees it accepted and gives it a dot.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RENCANA_DATA_DIR", tempfile.mkdtemp())
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

TEXT = "Aplikasi antrean online untuk puskesmas agar warga tidak menunggu berjam-jam"


def main(out: Path) -> None:
    """Write the two side-by-side pictures to ``out``."""
    from playwright.sync_api import expect, sync_playwright

    from app import demo, model
    from app.storage import rows
    from ui import translation
    from ui.context import EditContext
    from ui.pages.board import BoardPage

    app = QApplication([])
    translation.install("id")
    out.mkdir(parents=True, exist_ok=True)
    wb = demo.write_demo(Path(tempfile.mkdtemp()) / "demo.rencana")
    page = BoardPage(EditContext(wb, "id"))
    page.resize(1000, 760)
    page.show()
    dialog = page.open_room()
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(0)
    dialog.wifi_name.setText("Bimtek-Madiun")
    dialog.wifi_password.setText("smartcity2019")
    dialog.start()
    dialog.resize(1000, 700)
    room = dialog.controller.room

    def pump(done: Callable[[], bool], seconds: float = 20) -> None:
        end = time.time() + seconds
        while not done() and time.time() < end:
            app.processEvents()
            time.sleep(0.01)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--no-sandbox", "--disable-gpu"])
        phone = browser.new_context(**playwright.devices["Pixel 5"]).new_page()
        phone.goto(room.url)
        phone.fill("#code", room.state.settings.code)
        phone.fill("#name", "Tim 3")
        phone.click("#join-form button")
        phone.fill("#text", TEXT)
        phone.select_option("#kind", "idea")
        phone.select_option("#dimension", "SL")
        phone.click("#send")
        pump(lambda: dialog.queue.cards.count() > 0)
        expect(phone.locator("#my-cards .badge")).to_have_text("Menunggu")
        phone.screenshot(path=str(out / "phone-pending.png"))
        dialog.grab().save(str(out / "window-queue.png"))
        dialog.queue.accept_current()
        card_id = next(c.id for c in rows.select(wb.db, model.Card) if c.author == "Tim 3")
        pump(lambda: room.state.card(card_id).status == "accepted")
        dialog.voting.setChecked(True)
        expect(phone.locator("#my-cards .badge")).to_have_text("Diterima", timeout=15000)
        phone.click("#board-cards li:last-child button[aria-label='Tambah satu suara']")
        pump(lambda: rows.get(wb.db, model.Card, card_id).votes == 1)
        expect(phone.locator("#left")).to_contain_text("4", timeout=15000)
        phone.screenshot(path=str(out / "phone-accepted.png"))
        item = page.scene.cards[card_id]
        page.view.auto_fit = False
        page.view.resetTransform()
        page.view.scale(0.8, 0.8)
        page.view.centerOn(item)
        item.setSelected(True)
        pump(lambda: False, 0.2)
        page.grab().save(str(out / "window-board.png"))
        browser.close()
    side_by_side(out / "phone-pending.png", out / "window-queue.png", out / "room-1-pending.png",
                 "1. Ponsel mengirim kartu: menunggu moderasi di jendela (Ruang)")
    side_by_side(out / "phone-accepted.png", out / "window-board.png",
                 out / "room-2-accepted.png",
                 "2. Diterima: kartu di papan ide; ponsel melihat 'Diterima' dan memberi suara")
    dialog.controller.stop()
    wb.close()


def side_by_side(left: Path, right: Path, target: Path, title: str) -> None:
    """Write ``left`` and ``right`` scaled to one height beside each other under ``title``."""
    a = QImage(str(left)).scaledToHeight(720, Qt.TransformationMode.SmoothTransformation)
    b = QImage(str(right)).scaledToHeight(720, Qt.TransformationMode.SmoothTransformation)
    image = QImage(a.width() + b.width() + 60, 780, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    font = QFont()
    font.setPointSize(14)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(20, 10, image.width() - 40, 30), title)
    painter.drawImage(20, 50, a)
    painter.drawImage(a.width() + 40, 50, b)
    painter.end()
    image.save(str(target))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
