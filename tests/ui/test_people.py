"""The People and organisations page: inline edits, filters, deletes, and worksheet import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file
from ui.context import EditContext
from ui.models.people import OrganisationModel, PeopleModel, TeamModel
from ui.models.worksheet import ErrorModel, PreviewModel
from ui.pages.people import PeoplePage as Page
from ui.people.import_dialog import ImportDialog


@pytest.fixture
def demo(tmp_path: Path, demo_file: Path) -> WorkbookFile:
    """The Kota Madiun demo, copied so that the test may write to it."""
    copy = tmp_path / "demo.rencana"
    shutil.copy(demo_file, copy)
    opened = open_file(copy)
    yield opened
    opened.close()


def _data(wb: WorkbookFile) -> dict[str, str]:
    ids = {
        "kominfo": ops.add(wb, model.Organisation(name="Dinas Komunikasi dan Informatika",
                                                  abbreviation="Diskominfo"))[1],
        "bappeda": ops.add(wb, model.Organisation(name="Bappeda"))[1],
        "team": ops.add(wb, model.Team(name="Kelompok 1"))[1],
    }
    ids["ani"] = ops.add(wb, model.Person(name="Ani Wulandari", organisation_id=ids["kominfo"],
                                          roles="tim_pelaksana", team_id=ids["team"]))[1]
    ids["budi"] = ops.add(wb, model.Person(name="Budi Santoso", organisation_id=ids["bappeda"],
                                           position="Kepala Bappeda", roles="dewan"))[1]
    return ids


def _page(qtbot: QtBot, wb: WorkbookFile) -> tuple[Page, EditContext]:
    ctx = EditContext(wb, "en")
    page = Page(ctx)
    qtbot.addWidget(page)
    return page, ctx


def _person(wb: WorkbookFile, person_id: str) -> model.Person:
    person = rows.get(wb.db, model.Person, person_id)
    assert person is not None
    return person


def test_every_people_model_passes_the_model_tester(
        qtbot: QtBot, qtmodeltester: ModelTester, demo: WorkbookFile) -> None:
    ctx = EditContext(demo, "en")
    for cls in (PeopleModel, OrganisationModel, TeamModel):
        table = cls(ctx)
        table.refresh()
        qtmodeltester.check(table)
        assert table.rowCount() > 0
    assert PeopleModel(ctx).rowCount() == 0  # nothing before the first refresh


def test_people_show_organisation_roles_and_team(qtbot: QtBot, wb: WorkbookFile) -> None:
    _data(wb)
    page, _ctx = _page(qtbot, wb)
    people = page.people.model
    assert people.rowCount() == 2
    row = [people.index(0, c).data() for c in range(people.columnCount())]
    assert row[:5] == ["Ani Wulandari", "", "Diskominfo", "Tim Pelaksana", "Kelompok 1"]
    organisation = people.index(0, PeopleModel.COL_ORGANISATION)
    assert organisation.data(Qt.ItemDataRole.ToolTipRole) == "Dinas Komunikasi dan Informatika"
    assert people.index(1, PeopleModel.COL_ORGANISATION).data() == "Bappeda"


def test_inline_edits_are_undoable_and_follow_references(qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    people = page.people.model
    number = people.row_of(ids["budi"])
    assert people.setData(people.index(number, PeopleModel.COL_ORGANISATION), ids["kominfo"])
    assert people.setData(people.index(number, PeopleModel.COL_ROLES), "dewan,narasumber")
    assert people.setData(people.index(number, PeopleModel.COL_TEAM), ids["team"])
    budi = _person(wb, ids["budi"])
    assert (budi.organisation_id, budi.roles, budi.team_id) == (
        ids["kominfo"], "dewan,narasumber", ids["team"])
    assert people.index(number, PeopleModel.COL_ROLES).data() == "Dewan Smart City, Narasumber"
    assert people.setData(people.index(number, PeopleModel.COL_TEAM), "")  # "—": no team
    assert _person(wb, ids["budi"]).team_id is None
    assert ctx.stack.count() == 4
    for _ in range(3):
        ctx.stack.undo()
    assert people.index(number, PeopleModel.COL_ROLES).data() == "Dewan Smart City"
    assert people.index(number, PeopleModel.COL_ORGANISATION).data() == "Diskominfo"

    orgs = page.organisations.model
    kominfo = orgs.row_of(ids["kominfo"])
    assert orgs.setData(orgs.index(kominfo, OrganisationModel.COL_ABBREVIATION), "Kominfo")
    assert people.index(people.row_of(ids["ani"]), PeopleModel.COL_ORGANISATION).data() == (
        "Kominfo")
    assert orgs.setData(orgs.index(kominfo, OrganisationModel.COL_KIND), "bumd")
    assert orgs.index(kominfo, OrganisationModel.COL_KIND).data() == "BUMD"


@pytest.mark.parametrize(("column", "value", "reason"), [
    (PeopleModel.COL_NAME, "", "Name must not be empty."),
    (PeopleModel.COL_NAME, "x" * 201, "Name is too long (201 characters; at most 200)."),
    (PeopleModel.COL_PHONE, "0" * 41, "Phone is too long (41 characters; at most 40)."),
])
def test_a_refused_edit_shows_why_and_the_cell_keeps_its_value(
        qtbot: QtBot, wb: WorkbookFile, column: int, value: str, reason: str) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    people = page.people.model
    index = people.index(people.row_of(ids["ani"]), column)
    before = index.data()
    with qtbot.waitSignal(ctx.failed) as failed:
        assert not people.setData(index, value)
    assert failed.args == [reason]
    assert index.data() == before
    assert ctx.stack.count() == 0


def test_typing_in_the_filter_keeps_matching_rows(qtbot: QtBot, wb: WorkbookFile) -> None:
    _data(wb)
    page, _ctx = _page(qtbot, wb)
    panel = page.people.panel
    qtbot.keyClicks(panel.filter_edit, "diskom")  # the organisation's abbreviation matches
    assert panel.proxy is not None and panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Ani Wulandari"
    assert panel.count_label.text() == "1 of 2"
    panel.filter_edit.clear()
    assert panel.count_label.text() == "2 rows"
    qtbot.keyClicks(panel.filter_edit, "bappeda kepala")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Budi Santoso"
    qtbot.keyClicks(page.organisations.panel.filter_edit, "kom")
    assert page.organisations.panel.proxy.rowCount() == 1


def test_add_uses_the_typed_name_and_delete_is_one_undo_step(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    panel = page.people.panel
    qtbot.keyClicks(panel.filter_edit, "Citra Lestari")
    key = panel.add(panel._adds[0][1])
    assert key is not None and _person(wb, key).name == "Citra Lestari"
    assert panel.current_row().id == key

    orgs = page.organisations.panel
    orgs.select(ids["kominfo"])
    orgs.delete_current()
    assert rows.get(wb.db, model.Organisation, ids["kominfo"]) is None
    assert _person(wb, ids["ani"]).organisation_id is None  # no dangling reference
    assert page.people.model.index(page.people.model.row_of(ids["ani"]),
                                   PeopleModel.COL_ORGANISATION).data() == ""
    ctx.stack.undo()
    assert _person(wb, ids["ani"]).organisation_id == ids["kominfo"]
    assert ctx.stack.count() == 2


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _load(qtbot: QtBot, dialog: ImportDialog, source: Path) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(source)


def test_a_bad_worksheet_shows_the_error_report_and_writes_nothing(
        qtbot: QtBot, qtmodeltester: ModelTester, wb: WorkbookFile, tmp_path: Path) -> None:
    _data(wb)
    ctx = EditContext(wb, "en")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    bad = _csv(tmp_path / "peserta.csv",
               "nama;jabatan;instansi;peran\n"
               "Dewi;Staf;Bappeda;peserta\n"
               ";Lurah;Kel. Kejuron;peserta\n"
               "Eko;Staf;Dishub;astronaut\n")
    _load(qtbot, dialog, bad)
    errors = dialog.errors_model
    qtmodeltester.check(errors)
    qtmodeltester.check(dialog.rows_model)
    report = [[errors.index(r, c).data() for c in range(3)] for r in range(errors.rowCount())]
    assert report == [[3, "nama", "Name must not be empty."]]
    assert dialog.roles_table.cellWidget(0, 0).text() == "astronaut"  # mapped, not refused
    assert not dialog.import_button.isEnabled()
    assert "nothing will be imported" in dialog.summary.text()
    assert not dialog.import_rows()
    assert rows.count(wb.db, model.Person) == 2
    assert ctx.stack.count() == 0


def test_an_unreadable_file_says_why(qtbot: QtBot, wb: WorkbookFile, tmp_path: Path) -> None:
    dialog = ImportDialog(EditContext(wb, "en"))
    qtbot.addWidget(dialog)
    _load(qtbot, dialog, tmp_path / "missing.csv")
    assert "missing.csv" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_a_good_worksheet_imports_all_rows_as_one_undo_step(
        qtbot: QtBot, wb: WorkbookFile, tmp_path: Path) -> None:
    _data(wb)
    page, ctx = _page(qtbot, wb)
    dialog = ImportDialog(ctx, page)
    good = _csv(tmp_path / "peserta.csv",
                "No,Nama,Jabatan,Instansi,Peran,Tim,Telepon\n"
                "1,Dewi Anggraini,Staf,Bappeda,peserta,Kelompok 1,0812\n"
                "2,Eko Prasetyo,Kepala Dinas,Dinas Perhubungan,Dewan,Kelompok 2,\n"
                "3,Fajar,Mahasiswa,,peserta,,\n")
    _load(qtbot, dialog, good)
    preview = dialog.rows_model
    assert preview.rowCount() == 3
    assert [preview.index(0, c).data() for c in range(7)] == [
        2, "Dewi Anggraini", "Staf", "Bappeda", "Participant", "Kelompok 1", "0812"]
    assert dialog.errors_model.rowCount() == 0 and dialog.import_button.isEnabled()
    assert rows.count(wb.db, model.Person) == 2  # the preview wrote nothing

    assert dialog.import_rows()
    assert rows.count(wb.db, model.Person) == 5
    assert page.people.model.rowCount() == 5
    names = {p.name: p for p in rows.select(wb.db, model.Person)}
    assert names["Eko Prasetyo"].roles == "dewan"
    assert ctx.stack.count() == 1
    ctx.stack.undo()
    assert rows.count(wb.db, model.Person) == 2
    assert rows.count(wb.db, model.Organisation) == 2  # Dinas Perhubungan was added, then undone
    ctx.stack.redo()
    assert rows.count(wb.db, model.Person) == 5


def test_the_import_preview_models_pass_the_model_tester_when_empty(
        qtbot: QtBot, qtmodeltester: ModelTester, wb: WorkbookFile) -> None:
    ctx = EditContext(wb, "en")
    for cls in (PreviewModel, ErrorModel):
        empty = cls(ctx)
        qtmodeltester.check(empty)


def test_the_roles_editor_writes_the_ticked_codes(qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, _ctx = _page(qtbot, wb)
    view = page.people.panel.view
    page.show()
    page.people.panel.select(ids["ani"])
    index = view.model().index(view.currentIndex().row(), PeopleModel.COL_ROLES)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or view.focusWidget()
    from PySide6.QtWidgets import QListWidget

    assert isinstance(editor, QListWidget)
    editor.item(1).setCheckState(Qt.CheckState.Checked)  # Dewan Smart City
    view.commitData(editor)
    assert _person(wb, ids["ani"]).roles == "dewan,tim_pelaksana"
