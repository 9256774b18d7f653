"""The Export page: choices and outline, export in the background with progress, cancel, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from tests.qt_dialogs import click, when_modal
from ui.context import EditContext
from ui.pages.export import ExportPage as Page

TIMEOUT = 120_000  # ms: exports render charts; the machine may be busy


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> WorkbookFile:
    """Return a private copy of the demo, open for writing."""
    path = tmp_path / "demo.rencana"
    shutil.copyfile(demo_file, path)
    opened = open_file(path)
    yield opened
    opened.close()


def _page(qtbot: QtBot, wb: WorkbookFile) -> Page:
    page = Page(EditContext(wb, "en"))
    qtbot.addWidget(page)
    return page


def _choose(page: Page, kind: str, lang: str = "id") -> None:
    page.document.setCurrentIndex(page.document.findData(kind))
    page.language.setCurrentIndex(page.language.findData(lang))


def test_the_outline_follows_the_document_and_language(qtbot: QtBot, demo_copy: WorkbookFile
                                                       ) -> None:
    """Choosing a document shows its chapters; sessions are offered only for session sheets."""
    page = _page(qtbot, demo_copy)
    _choose(page, "masterplan")
    items = [page.outline.item(i).text() for i in range(page.outline.count())]
    assert items[:2] == ["BAB I Pendahuluan", "BAB II Visi, Misi, Tujuan dan Sasaran"]
    assert items[-1] == "LAMPIRAN II Indikator Program"
    assert not page.session.isEnabled()
    _choose(page, "analysis", "en")
    assert page.outline.item(2).text() == "CHAPTER III Regional Readiness Analysis"
    _choose(page, "attendance")
    assert page.session.isEnabled()
    assert page.session.count() == 4
    assert page.session.itemText(0).startswith("1. ")
    assert page.target.text().endswith(".docx")


def test_a_new_session_appears_in_the_list(qtbot: QtBot, demo_copy: WorkbookFile) -> None:
    """The session list follows the workbook (an edit elsewhere in the window)."""
    page = _page(qtbot, demo_copy)
    page.ctx.perform(lambda: ops.add(demo_copy, model.Session(
        title="Bimtek V", start_date="2019-12-01"))[0])
    assert page.session.count() == 5
    assert "Bimtek V" in page.session.itemText(4)


def test_export_runs_in_the_background_and_writes_the_document(
        qtbot: QtBot, demo_copy: WorkbookFile, tmp_path: Path) -> None:
    """Export: progress reaches the end, the file opens in Word's format, Open folder is offered."""
    page = _page(qtbot, demo_copy)
    _choose(page, "attendance")
    page.session.setCurrentIndex(1)
    out = tmp_path / "hadir"
    page.target.setText(str(out))
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as done:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isEnabled()
    assert done.args == [str(tmp_path / "hadir.docx")]
    document = docx.Document(str(tmp_path / "hadir.docx"))
    sessions = rows.select(demo_copy.db, model.Session)
    assert sessions[1].title in "\n".join(c.text for t in document.tables for r in t.rows
                                          for c in r.cells)
    assert page.progress.value() == page.progress.maximum()
    assert page.open_button.isEnabled() and page.export_button.isEnabled()
    assert "hadir.docx" in page.status.text()


def test_cancel_leaves_the_old_file_as_it_was(qtbot: QtBot, demo_copy: WorkbookFile,
                                              tmp_path: Path) -> None:
    """Cancel right after starting: the earlier file keeps its bytes, no temporary file is left."""
    out = tmp_path / "out"
    out.mkdir()
    old = out / "masterplan.docx"
    old.write_bytes(b"the old export")
    page = _page(qtbot, demo_copy)
    _choose(page, "masterplan")
    page.target.setText(str(old))
    when_modal(click("Replace"))
    with qtbot.waitSignal(page.export_cancelled, timeout=TIMEOUT):
        page.start_export()
        page.cancel_export()
    assert old.read_bytes() == b"the old export"
    assert [p.name for p in out.iterdir()] == ["masterplan.docx"]
    assert "cancelled" in page.status.text()
    assert not page.open_button.isEnabled()


def test_a_folder_that_does_not_exist_is_one_sentence(qtbot: QtBot, demo_copy: WorkbookFile,
                                                      tmp_path: Path) -> None:
    """An impossible target: the page shows one sentence and can export again."""
    page = _page(qtbot, demo_copy)
    _choose(page, "commitment")
    page.target.setText(str(tmp_path / "missing" / "komitmen.docx"))
    with qtbot.waitSignal(page.export_failed, timeout=TIMEOUT) as failed:
        page.start_export()
    assert failed.args[0].endswith("does not exist: choose another folder.")
    assert page.status.text() == failed.args[0]
    assert page.export_button.isEnabled()


def test_missing_items_are_listed_and_lead_to_where_they_are_entered(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    """An empty session: the commitment lists points and signatories; a click opens that tab."""
    from ui.workspace import Workspace

    ops.add(wb, model.Session(title="Bimtek I", stage="I", start_date="2019-07-04"))
    workspace = Workspace(EditContext(wb, "en"))
    qtbot.addWidget(workspace)
    workspace.show_page("export")
    page = workspace.page("export")
    _choose(page, "commitment", "en")
    items = [page.missing.item(i) for i in range(page.missing.count())]
    assert items[0].text().startswith("Bimtek I has no commitment points yet")
    assert len(items) == 2 and not page.missing.isHidden()
    rect = page.missing.visualItemRect(items[1])
    with qtbot.waitSignal(page.navigate_requested) as went:
        qtbot.mouseClick(page.missing.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert went.args[:2] == ["sessions", "signatories"]
    assert workspace.current_name() == "sessions"
    sessions = workspace.page("sessions")
    assert sessions.tabs.currentWidget() is sessions.signatories


def test_the_demo_is_ready_and_a_pdf_can_be_chosen(qtbot: QtBot, demo_copy: WorkbookFile
                                                   ) -> None:
    """Nothing missing in the demo's masterplan; choosing PDF makes the target a .pdf."""
    page = _page(qtbot, demo_copy)
    _choose(page, "masterplan")
    assert page.missing.count() == 0 and page.missing.isHidden()
    page.file_format.setCurrentIndex(page.file_format.findData(".pdf"))
    assert page.target.text().endswith(".pdf") and page.request().out.suffix == ".pdf"
    page.draft.setChecked(True)
    assert page.request().draft
