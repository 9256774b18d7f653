"""A programme moved to another dimension takes a code of it; one without an element is kept."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import model, programmes
from app.documents import export_document
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.qt_dialogs import click, when_modal
from ui.context import EditContext
from ui.pages.programmes import ProgrammesPage as Page

SG = model.natural_id("dimensions", "SG")
SN = model.natural_id("dimensions", "SN")


def _page(qtbot: QtBot, wb: WorkbookFile) -> Page:
    programmes.add_programme(wb, model.Programme(name="Bank sampah", dimension_id=SG,
                                                 start_year=2020, end_year=2021))
    page = Page(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def _choose_dimension(qtbot: QtBot, page: Page, code: str) -> None:
    """Pick the dimension with the keyboard: open the list (Alt+Down), walk to it, Enter."""
    combo = page.editor.general.choices["dimension_id"]
    target = combo.findData(model.natural_id("dimensions", code))
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    for _ in range(target - combo.currentIndex()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_moving_to_another_dimension_offers_its_code(qtbot: QtBot, wb: WorkbookFile) -> None:
    page = _page(qtbot, wb)
    when_modal(click("Use SN-01"))
    _choose_dimension(qtbot, page, "SN")
    found = rows.select(wb.db, model.Programme)[0]
    assert (found.dimension_id, found.code) == (SN, "SN-01")
    assert page.ctx.stack.count() == 1
    page.ctx.stack.undo()
    found = rows.select(wb.db, model.Programme)[0]
    assert (found.dimension_id, found.code) == (SG, "SG-01")


def test_keeping_the_old_code_is_allowed(qtbot: QtBot, wb: WorkbookFile) -> None:
    page = _page(qtbot, wb)
    when_modal(click("Keep SG-01"))
    _choose_dimension(qtbot, page, "SN")
    found = rows.select(wb.db, model.Programme)[0]
    assert (found.dimension_id, found.code) == (SN, "SG-01")


def test_the_form_says_an_element_is_expected(qtbot: QtBot, wb: WorkbookFile) -> None:
    page = _page(qtbot, wb)
    form = page.editor.general
    assert form.element_hint.isVisible()
    combo = form.choices["element_id"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert rows.select(wb.db, model.Programme)[0].element_id
    assert not form.element_hint.isVisible()


def test_a_programme_without_an_element_is_in_the_masterplan_under_other(
        wb: WorkbookFile, tmp_path) -> None:
    programmes.add_programme(wb, model.Programme(name="Bank sampah", dimension_id=SG,
                                                 start_year=2020, end_year=2021))
    out = tmp_path / "masterplan.docx"
    export_document(wb.path, "masterplan", out, lang="id")
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any(t.endswith(" Lainnya") for t in text)  # a numbered heading, 3.1.4 Lainnya
    assert any(t.startswith("SG-01 Bank sampah") for t in text)
