"""The Sessions page: sessions, details, agenda, attendance by keyboard, minutes, signatories."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import model, ops
from app.storage import queries_sessions, rows
from app.storage.workbook import WorkbookFile, open_file
from ui.context import EditContext
from ui.models.attendance import AttendanceModel
from ui.models.sessions import (
    AgendaModel,
    AgreedModel,
    MinutesModel,
    SessionListModel,
    SignatoryModel,
)
from ui.pages.sessions import SessionsPage as Page

DAY1, DAY2 = "2019-07-04", "2019-07-05"


@pytest.fixture
def demo(tmp_path: Path, demo_file: Path) -> WorkbookFile:
    """The Kota Madiun demo, copied so that the test may write to it."""
    copy = tmp_path / "demo.rencana"
    shutil.copy(demo_file, copy)
    opened = open_file(copy)
    yield opened
    opened.close()


def _data(wb: WorkbookFile) -> dict[str, str]:
    """A two-day Bimtek, two teams and three people."""
    ids = {
        "s": ops.add(wb, model.Session(title="Bimtek I", stage="I", start_date=DAY1,
                                       end_date=DAY2, venue="Ruang Bima 2"))[1],
        "t1": ops.add(wb, model.Team(name="Tim A", position=0))[1],
        "t2": ops.add(wb, model.Team(name="Tim B", position=1))[1],
        "org": ops.add(wb, model.Organisation(name="Dinas Kominfo", abbreviation="Diskominfo"))[1],
    }
    ids["ani"] = ops.add(wb, model.Person(name="Ani", team_id=ids["t1"],
                                          organisation_id=ids["org"]))[1]
    ids["budi"] = ops.add(wb, model.Person(name="Budi", team_id=ids["t1"], position="Lurah",
                                           nip="1970"))[1]
    ids["citra"] = ops.add(wb, model.Person(name="Citra", team_id=ids["t2"]))[1]
    return ids


def _page(qtbot: QtBot, wb: WorkbookFile) -> tuple[Page, EditContext]:
    ctx = EditContext(wb, "en")
    page = Page(ctx)
    qtbot.addWidget(page)
    return page, ctx


def _tick(wb: WorkbookFile, session: str, person: str, day: str) -> model.Attendance | None:
    return rows.get(wb.db, model.Attendance, model.natural_id("attendance", session, person, day))


def test_every_sessions_model_passes_the_model_tester(
        qtbot: QtBot, qtmodeltester: ModelTester, demo: WorkbookFile) -> None:
    ctx = EditContext(demo, "en")
    session = queries_sessions.sessions(demo.db)[0]
    listing = SessionListModel(ctx)
    listing.refresh()
    qtmodeltester.check(listing)
    assert listing.rowCount() == 4
    for cls in (AgendaModel, MinutesModel, AgreedModel, SignatoryModel):
        records = cls(ctx)
        records.set_parent(session.id)
        qtmodeltester.check(records)
    sheet = AttendanceModel(ctx)
    sheet.set_day(session.id, session.start_date)
    qtmodeltester.check(sheet)
    assert sheet.rowCount() > 250


def test_the_first_session_is_chosen_and_shown_in_every_tab(qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, _ctx = _page(qtbot, wb)
    assert page.session_id() == ids["s"]
    assert page.details.venue_edit.text() == "Ruang Bima 2"
    assert page.attendance.day_combo.count() == 2
    assert page.attendance.model.rowCount() == 3


def test_space_ticks_the_current_person_and_moves_down_undo_and_redo(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    tab = page.attendance
    page.tabs.setCurrentWidget(tab)
    tab.view.setCurrentIndex(tab.proxy.index(1, AttendanceModel.COL_NAME))  # Budi
    with qtbot.waitSignal(ctx.changed):
        qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    tick = _tick(wb, ids["s"], ids["budi"], DAY1)
    assert tick is not None and tick.present
    assert tab.view.currentIndex().row() == 2  # moved down to Citra
    assert tab.model.row(1).present

    ctx.stack.undo()
    assert _tick(wb, ids["s"], ids["budi"], DAY1) is None
    assert not tab.model.row(1).present
    ctx.stack.redo()
    assert _tick(wb, ids["s"], ids["budi"], DAY1).present  # type: ignore[union-attr]
    assert tab.view.currentIndex().row() == 2  # the place in the list survives undo and redo

    tab.view.setCurrentIndex(tab.proxy.index(1, AttendanceModel.COL_NAME))
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)  # Space again unticks
    assert not _tick(wb, ids["s"], ids["budi"], DAY1).present  # type: ignore[union-attr]


def test_typing_filters_and_enter_ticks_the_match_on_the_chosen_day(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    tab = page.attendance
    tab.day_combo.setCurrentIndex(1)
    tab.day_combo.activated.emit(1)
    qtbot.keyClicks(tab.filter_edit, "cit")
    assert tab.proxy.rowCount() == 1
    with qtbot.waitSignal(ctx.changed):
        qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Return)
    assert _tick(wb, ids["s"], ids["citra"], DAY2).present  # type: ignore[union-attr]
    assert _tick(wb, ids["s"], ids["citra"], DAY1) is None
    assert tab.filter_edit.selectedText() == "cit"  # ready for the next name

    qtbot.keyClicks(tab.filter_edit, "diskominfo")  # organisation matches too
    assert [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())] == ["Ani"]


def test_letters_typed_in_the_table_go_to_the_filter(qtbot: QtBot, wb: WorkbookFile) -> None:
    _data(wb)
    page, _ctx = _page(qtbot, wb)
    tab = page.attendance
    tab.view.setCurrentIndex(tab.proxy.index(0, 1))
    qtbot.keyClicks(tab.view, "bu")
    assert tab.filter_edit.text() == "bu"
    assert tab.proxy.rowCount() == 1


def test_counts_per_group_and_total_follow_ticks_and_undo(qtbot: QtBot, wb: WorkbookFile) -> None:
    _data(wb)
    page, ctx = _page(qtbot, wb)
    tab = page.attendance
    assert "Present: 0 of 3" in tab.counts_label.text()
    for row in (0, 2):
        tab.set_present(row, True)
    text = tab.counts_label.text()
    assert "Present: 2 of 3" in text and "Tim A: 1/2" in text and "Tim B: 1/1" in text
    ctx.stack.undo()
    assert "Present: 1 of 3" in tab.counts_label.text()
    assert "Tim B: 0/1" in tab.counts_label.text()
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("Tim A"))
    tab.group_combo.activated.emit(tab.group_combo.currentIndex())
    assert tab.proxy.rowCount() == 2


def test_a_follow_up_is_added_with_owner_and_due_date(qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    tab = page.minutes
    key = tab.panel.add(tab.adds()[2][1])  # Add follow-up
    assert key is not None
    number = tab.model.row_of(key)
    for column, value in ((MinutesModel.COL_TEXT, "Kirim data dukung"),
                          (MinutesModel.COL_OWNER, "Diskominfo"),
                          (MinutesModel.COL_DUE, "2019-07-31")):
        assert tab.model.setData(tab.model.index(number, column), value)
    item = rows.get(wb.db, model.MinutesItem, key)
    assert item is not None and item.session_id == ids["s"]
    assert (item.kind, item.text, item.owner, item.due_date) == (
        "followup", "Kirim data dukung", "Diskominfo", "2019-07-31")
    assert tab.model.index(number, MinutesModel.COL_DUE).data() == "31 July 2019"
    assert ctx.stack.count() == 4
    with qtbot.waitSignal(ctx.failed) as failed:
        assert not tab.model.setData(tab.model.index(number, MinutesModel.COL_DUE), "31/07/2019")
    assert ctx.stack.count() == 4
    assert failed.args == ["Due date must be a date like 2019-07-04."]


def test_refused_edits_show_the_reason_and_never_enter_the_undo_stack(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    details = page.details
    details.title_edit.selectAll()
    with qtbot.waitSignal(ctx.failed) as failed:
        qtbot.keyClick(details.title_edit, Qt.Key.Key_Backspace)
    assert failed.args == ["Title must not be empty."]
    assert details.title_edit.text() == "Bimtek I"  # the field shows the stored title again

    end = details.date_edits["end_date"]
    end.setText("2019-07-01")
    end.setModified(True)
    with qtbot.waitSignal(ctx.failed) as failed:
        end.editingFinished.emit()
    assert "before the start" in failed.args[0]
    assert end.text() == DAY2

    agenda = page.agenda
    key = agenda.panel.add(agenda.adds()[0][1])
    assert ctx.stack.count() == 1
    index = agenda.model.index(agenda.model.row_of(key), AgendaModel.COL_TITLE)
    with qtbot.waitSignal(ctx.failed) as failed:
        assert not agenda.model.setData(index, "x" * 301)
    assert "too long (301 characters; at most 300)" in failed.args[0]
    assert index.data() == "New agenda item"
    assert ctx.stack.count() == 1
    session = rows.get(wb.db, model.Session, ids["s"])
    assert session is not None and (session.title, session.end_date) == ("Bimtek I", DAY2)


def test_typing_in_a_field_is_one_undo_step(qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    venue = page.details.venue_edit
    venue.setFocus()
    venue.end(False)
    qtbot.keyClicks(venue, ", Hotel Aston")
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        pass  # saved after a pause in typing
    qtbot.keyClicks(venue, " Madiun")
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        pass

    def stored() -> str:
        session = rows.get(wb.db, model.Session, ids["s"])
        assert session is not None
        return session.venue

    assert stored() == "Ruang Bima 2, Hotel Aston Madiun"
    assert ctx.stack.count() == 1
    ctx.stack.undo()
    assert stored() == "Ruang Bima 2"
    assert venue.text() == "Ruang Bima 2"


def test_a_date_edit_changes_the_days_of_the_attendance_sheet(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    end = page.details.date_edits["end_date"]
    end.setText("2019-07-06")
    end.setModified(True)
    with qtbot.waitSignal(ctx.changed):
        end.editingFinished.emit()
    assert rows.get(wb.db, model.Session, ids["s"]).end_date == "2019-07-06"  # type: ignore[union-attr]
    assert page.attendance.day_combo.count() == 3
    ctx.stack.undo()
    assert page.attendance.day_combo.count() == 2
    assert end.text() == DAY2


def test_sessions_are_added_and_deleted_with_everything_they_own(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    key = page.panel.add(page.panel._adds[0][1])
    assert key is not None and page.session_id() == key
    added = rows.get(wb.db, model.Session, key)
    assert added is not None and (added.title, added.stage) == ("Bimtek II", "II")
    page.panel.select(ids["s"])
    page.attendance.set_present(0, True)
    page.panel.delete_current()
    assert rows.get(wb.db, model.Session, ids["s"]) is None
    assert rows.count(wb.db, model.Attendance) == 0
    assert page.sessions.rowCount() == 1
    ctx.stack.undo()
    assert rows.get(wb.db, model.Session, ids["s"]) is not None
    assert _tick(wb, ids["s"], ids["ani"], DAY1) is not None
    assert page.sessions.rowCount() == 2


def test_agenda_items_reorder_within_their_day(qtbot: QtBot, wb: WorkbookFile) -> None:
    _data(wb)
    page, ctx = _page(qtbot, wb)
    agenda = page.agenda
    keys = [agenda.panel.add(agenda.adds()[0][1]) for _ in range(3)]
    for key, title in zip(keys, ("Pembukaan", "Paparan", "Diskusi"), strict=True):
        agenda.model.setData(agenda.model.index(agenda.model.row_of(key), 2), title)
    agenda.panel.select(keys[2])
    agenda.panel.move_current(-1)

    def titles() -> list[str]:
        return [r.title for r in agenda.model.rows()]

    assert titles() == ["Pembukaan", "Diskusi", "Paparan"]
    assert agenda.panel.current_row().id == keys[2]
    ctx.stack.undo()
    assert titles() == ["Pembukaan", "Paparan", "Diskusi"]
    day = agenda.model.index(0, AgendaModel.COL_DAY)
    assert agenda.model.setData(day, DAY2)
    assert titles()[-1] == "Pembukaan"  # day 2 comes after day 1


def test_signatories_are_picked_from_people_in_one_step(qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    tab = page.signatories
    tab.add_people([ids["budi"], ids["ani"]])
    signed = rows.select(wb.db, model.Signatory, session_id=ids["s"])
    assert [(s.name, s.title, s.nip, s.person_id) for s in signed] == [
        ("Budi", "Lurah", "1970", ids["budi"]), ("Ani", "", "", ids["ani"])]
    assert ctx.stack.count() == 1
    ctx.stack.undo()
    assert tab.model.rowCount() == 0


def test_read_only_workbook_cannot_be_edited(qtbot: QtBot, wb: WorkbookFile) -> None:
    _data(wb)
    path = wb.path
    wb.close()
    readonly = open_file(path, read_only=True)
    try:
        page, ctx = _page(qtbot, readonly)
        tab = page.attendance
        index = tab.model.index(0, AttendanceModel.COL_PRESENT)
        assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        assert not tab.set_present(0, True)
        assert not page.details.title_edit.isEnabled() or page.details.title_edit.isReadOnly()
        assert ctx.stack.count() == 0
    finally:
        readonly.close()


def test_the_person_picker_filters_and_returns_the_chosen_people(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    from ui.sessions.person_picker import PersonPicker

    ids = _data(wb)
    picker = PersonPicker(EditContext(wb, "en"))
    qtbot.addWidget(picker)
    assert picker.list.item(0).text() == "Ani (Diskominfo)"
    assert picker.list.item(1).text() == "Budi, Lurah"
    qtbot.keyClicks(picker.filter_edit, "bu")
    assert [picker.list.item(n).isHidden() for n in range(3)] == [True, False, True]
    assert picker.chosen() == [ids["budi"]]  # the first match is chosen as you type


def test_renaming_a_session_keeps_it_chosen_while_the_list_resorts(
        qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    ops.add(wb, model.Session(title="Rapat", start_date=DAY1))
    page, ctx = _page(qtbot, wb)
    page.panel.select(ids["s"])
    assert page.sessions.row(0).id == ids["s"]  # "Bimtek I" sorts before "Rapat"
    ctx.perform(lambda: ops.update(wb, model.Session, ids["s"], title="Sesi pleno"))
    assert page.sessions.row(1).id == ids["s"]
    assert page.session_id() == ids["s"]
    assert page.details.title_edit.text() == "Sesi pleno"


def test_a_facilitator_ticks_a_demo_participant_by_typing_their_name(
        qtbot: QtBot, demo: WorkbookFile) -> None:
    page, ctx = _page(qtbot, demo)
    tab = page.attendance
    session = page.session_id()
    day = tab.day()
    absent = next(row for row in tab.model.rows() if not row.present)
    qtbot.keyClicks(tab.filter_edit, absent.name)
    assert tab.proxy.rowCount() >= 1
    assert tab.proxy.index(0, AttendanceModel.COL_NAME).data() == absent.name
    before = tab.counts_label.text()
    with qtbot.waitSignal(ctx.changed):
        qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Enter)
    assert _tick(demo, str(session), absent.id, str(day)).present  # type: ignore[union-attr]
    assert tab.counts_label.text() != before
    ctx.stack.undo()
    assert tab.counts_label.text() == before


def test_the_stage_is_picked_and_an_end_date_can_be_cleared(qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    details = page.details
    details.stage_combo.setCurrentIndex(details.stage_combo.findData("II"))
    details.stage_combo.activated.emit(details.stage_combo.currentIndex())
    end = details.date_edits["end_date"]
    end.clear()
    end.setModified(True)
    end.editingFinished.emit()
    session = rows.get(wb.db, model.Session, ids["s"])
    assert session is not None and (session.stage, session.end_date) == ("II", None)
    assert page.sessions.index(0, SessionListModel.COL_STAGE).data() == "Bimtek II"
    assert page.attendance.day_combo.count() == 1
    ctx.stack.undo()
    ctx.stack.undo()
    assert details.stage_combo.currentData() == "I" and end.text() == DAY2


def test_deleting_a_person_keeps_their_signature_block(qtbot: QtBot, wb: WorkbookFile) -> None:
    ids = _data(wb)
    page, ctx = _page(qtbot, wb)
    page.signatories.add_people([ids["budi"]])
    page.attendance.set_present(1, True)  # Budi
    ctx.perform(lambda: ops.delete(wb, model.Person, ids["budi"]))
    signed = rows.select(wb.db, model.Signatory, session_id=ids["s"])
    assert [(s.name, s.person_id) for s in signed] == [("Budi", None)]
    assert _tick(wb, ids["s"], ids["budi"], DAY1) is None
    assert page.attendance.model.rowCount() == 2
    ctx.stack.undo()
    assert rows.select(wb.db, model.Signatory)[0].person_id == ids["budi"]
    assert _tick(wb, ids["s"], ids["budi"], DAY1).present  # type: ignore[union-attr]
