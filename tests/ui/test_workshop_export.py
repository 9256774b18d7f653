"""Export on the workshop day: never replace a file unasked, name files so they do not collide."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.paths import safe_file_name
from app.storage.workbook import WorkbookFile, open_file
from tests.qt_dialogs import click, when_modal
from ui.context import EditContext
from ui.export.choices import default_target
from ui.pages.export import ExportPage as Page

TIMEOUT = 120_000  # ms: exports render charts; the machine may be busy


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> WorkbookFile:
    path = tmp_path / "demo.rencana"
    shutil.copyfile(demo_file, path)
    opened = open_file(path)
    yield opened
    opened.close()


def _page(qtbot: QtBot, wb: WorkbookFile) -> Page:
    page = Page(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.document.setCurrentIndex(page.document.findData("commitment"))
    return page


def test_the_suggested_name_has_the_book_the_city_and_the_date(
        qtbot: QtBot, demo_copy: WorkbookFile) -> None:
    """The default file names the document, the region and today's date."""
    page = _page(qtbot, demo_copy)
    page.document.setCurrentIndex(page.document.findData("masterplan"))
    page.language.setCurrentIndex(page.language.findData("id"))
    name = Path(page.target.text()).name
    assert name == f"Buku 2 Masterplan - Kota Madiun - {dt.date.today().isoformat()}.docx"


def test_the_suggested_name_holds_no_character_windows_refuses(tmp_path: Path) -> None:
    """A region typed with slashes, colons or quotes still gives a valid Windows file name."""
    target = default_target(tmp_path, "masterplan", "id", 'Kota "A/B": <Baru>?*|',
                            1, dt.date(2019, 10, 1))
    assert target.parent == tmp_path
    assert not set('<>:"/\\|?*') & set(target.name)
    assert target.name == "Buku 2 Masterplan - Kota A B Baru - 2019-10-01.docx"
    assert safe_file_name("CON") == "_CON"
    assert safe_file_name("ends with dots. . .") == "ends with dots"


def _export_over(qtbot: QtBot, page: Page, answer: str) -> None:
    when_modal(click(answer))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)


def test_export_asks_before_replacing_and_cancel_keeps_the_old_file(
        qtbot: QtBot, demo_copy: WorkbookFile, tmp_path: Path) -> None:
    """An existing file: the standard question; Cancel writes nothing and says so."""
    old = tmp_path / "komitmen.docx"
    old.write_bytes(b"hand-edited masterplan")
    page = _page(qtbot, demo_copy)
    page.target.setText(str(old))
    _export_over(qtbot, page, "Cancel")
    qtbot.waitUntil(lambda: "unchanged" in page.status.text())
    assert old.read_bytes() == b"hand-edited masterplan"
    assert page.job is None and page.export_button.isEnabled()


def test_export_replaces_the_file_when_the_user_agrees(
        qtbot: QtBot, demo_copy: WorkbookFile, tmp_path: Path) -> None:
    """Replace: the export runs and the file holds the new document."""
    old = tmp_path / "komitmen.docx"
    old.write_bytes(b"old")
    page = _page(qtbot, demo_copy)
    page.target.setText(str(old))
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        _export_over(qtbot, page, "Replace")
    assert old.read_bytes()[:2] == b"PK"


def test_open_folder_says_so_when_it_cannot_open_anything(
        qtbot: QtBot, demo_copy: WorkbookFile, tmp_path: Path) -> None:
    """Open folder on a folder that is gone: one sentence on the page, not silence."""
    out = tmp_path / "out"
    out.mkdir()
    page = _page(qtbot, demo_copy)
    page.target.setText(str(out / "komitmen.docx"))
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    shutil.rmtree(out)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert "Could not open the folder" in page.status.text()
