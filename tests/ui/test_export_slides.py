"""The Export page writes the pemaparan deck: its outline, no paper, a .pptx in the background."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import slides
from app.storage.workbook import WorkbookFile, open_file
from ui.context import EditContext
from ui.pages.export import ExportPage

TIMEOUT = 120_000  # ms: the machine may be busy


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> WorkbookFile:
    """Return a private copy of the demo, open for writing."""
    path = tmp_path / "demo.rencana"
    shutil.copyfile(demo_file, path)
    opened = open_file(path)
    yield opened
    opened.close()


def test_choosing_the_slides_shows_the_deck_outline_and_a_pptx_name(
        qtbot: QtBot, demo_copy: WorkbookFile) -> None:
    """The deck is offered with a translated label; its parts, no paper, a .pptx file."""
    page = ExportPage(EditContext(demo_copy, "id"))
    qtbot.addWidget(page)
    index = page.document.findData("slides")
    assert index >= 0 and page.document.itemText(index)
    page.document.setCurrentIndex(index)
    page.language.setCurrentIndex(page.language.findData("en"))
    items = [page.outline.item(i).text() for i in range(page.outline.count())]
    assert items == slides.outline("en")
    assert not page.paper.isEnabled() and not page.session.isEnabled()
    assert page.target.text().endswith(".pptx")
    page.document.setCurrentIndex(page.document.findData("summary"))
    assert page.paper.isEnabled() and page.target.text().endswith(".docx")


def test_export_writes_the_deck_in_the_background(qtbot: QtBot, demo_copy: WorkbookFile,
                                                  tmp_path: Path) -> None:
    """Export: the worker writes a deck PowerPoint opens; a typed name gets .pptx."""
    page = ExportPage(EditContext(demo_copy, "en"))
    qtbot.addWidget(page)
    page.document.setCurrentIndex(page.document.findData("slides"))
    page.target.clear()
    qtbot.keyClicks(page.target, str(tmp_path / "pemaparan"))
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as done:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert done.args == [str(tmp_path / "pemaparan.pptx")]
    deck = Presentation(str(tmp_path / "pemaparan.pptx"))
    assert len(deck.slides) >= 16
    assert page.progress.value() == page.progress.maximum()
    assert "pemaparan.pptx" in page.status.text()
