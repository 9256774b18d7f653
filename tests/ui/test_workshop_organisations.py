"""The organisation cell: an exact name or abbreviation, or a new one the user agrees to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app import model, ops
from app.organisations import exact_match
from app.storage import rows
from app.storage.workbook import WorkbookFile
from tests.qt_dialogs import click, when_modal
from ui.context import EditContext
from ui.models.people import PeopleModel
from ui.pages.people import PeoplePage


def _page(qtbot: QtBot, wb: WorkbookFile) -> tuple[PeoplePage, str]:
    ops.add(wb, model.Organisation(name="Kecamatan Taman", abbreviation="Kec. Taman"))
    ops.add(wb, model.Organisation(name="Dinas Kominfo", abbreviation="Diskominfo"))
    person = ops.add(wb, model.Person(name="Ani"))[1]
    page = PeoplePage(EditContext(wb, "en"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    return page, person


def _type_organisation(qtbot: QtBot, page: PeoplePage, text: str) -> None:
    view = page.people.panel.view
    cell = view.model().index(0, PeopleModel.COL_ORGANISATION)
    view.setCurrentIndex(cell)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.indexWidget(view.currentIndex()) is not None
                    or QApplication.focusWidget() is not view)
    editor = QApplication.focusWidget()
    assert isinstance(editor.parent(), QComboBox) or isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _org_of(wb: WorkbookFile, person: str) -> str:
    found = rows.get(wb.db, model.Person, person)
    org = rows.get(wb.db, model.Organisation, found.organisation_id) if found else None
    return org.name if org else ""


def test_a_new_name_is_never_the_nearest_one_it_offers_to_create(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    page, person = _page(qtbot, wb)
    when_modal(click("Create"))
    _type_organisation(qtbot, page, "Kecamatan Kartoharjo")
    qtbot.waitUntil(lambda: _org_of(wb, person) != "")
    assert _org_of(wb, person) == "Kecamatan Kartoharjo"
    assert page.ctx.stack.count() == 1  # the organisation and the person: one step


def test_declining_keeps_the_cell_as_it_was(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, person = _page(qtbot, wb)
    when_modal(click("Cancel"))
    _type_organisation(qtbot, page, "Kecamatan Kartoharjo")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert _org_of(wb, person) == "" and rows.count(wb.db, model.Organisation) == 2


def test_an_exact_name_or_abbreviation_is_taken_without_asking(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    page, person = _page(qtbot, wb)
    _type_organisation(qtbot, page, "diskominfo")
    qtbot.waitUntil(lambda: _org_of(wb, person) == "Dinas Kominfo")  # Enter commits queued
    assert rows.count(wb.db, model.Organisation) == 2 and QApplication.activeModalWidget() is None


def test_exact_match_ignores_case_and_spacing_only() -> None:
    orgs = [model.Organisation(id="t", name="Kecamatan Taman", abbreviation="Kec. Taman")]
    assert exact_match("kecamatan  taman", orgs) == "t"
    assert exact_match("KEC. TAMAN", orgs) == "t"
    assert exact_match("Kecamatan Kartoharjo", orgs) is None
    assert exact_match("Kecamatan", orgs) is None
