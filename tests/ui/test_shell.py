"""The main window: opening the demo, undo/redo, refused edits, language, read-only, errors."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import formatting, model, ops, paths
from app.storage import queries_overview, rows
from app.storage.lock import lock_path
from app.workbooks import WORKBOOK_ID
from ui import settings, translation
from ui.application import log_path, report_exception
from ui.main_window import MainWindow
from ui.new_workbook import NewWorkbookDialog, file_name


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo (opening takes a lock and may migrate)."""
    target = tmp_path / "demo.rencana"
    shutil.copy(demo_file, target)
    return target


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window in English, shown; its language is put back to English afterwards."""
    shown = MainWindow("en")
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    translation.install("en")


def _count(path: Path, sql: str) -> int:
    """Count straight from the file with sqlite3, independently of the app's queries."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute(sql).fetchone()[0] or 0)


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _click_when_asked(button_text: str) -> None:
    """Click ``button_text`` in the next modal message box (opened by the code under test)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
    QTimer.singleShot(0, click)


def test_the_window_opens_the_demo_and_the_overview_shows_its_counts(
        window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    assert window.workspace is not None and window.workspace.current_name() == "overview"
    page = window.workspace.page("overview")
    expected = {
        "people": _count(demo_copy, "SELECT count(*) FROM people WHERE _deleted = 0"),
        "sessions": _count(demo_copy, "SELECT count(*) FROM sessions WHERE _deleted = 0"),
        "cards": _count(demo_copy, "SELECT count(*) FROM cards WHERE _deleted = 0"),
        "programmes": _count(demo_copy, "SELECT count(*) FROM programmes WHERE _deleted = 0"),
    }
    assert expected["people"] >= 250 and expected["programmes"] >= 36
    for key, value in expected.items():
        assert page.tiles[key].value.text() == formatting.number(value)
    budget = _count(demo_copy, "SELECT sum(amount) FROM budgets WHERE _deleted = 0")
    assert page.tiles["total_budget"].toolTip() == formatting.rupiah(budget)
    assert page.tiles["total_budget"].value.text() == formatting.rupiah_short(budget, "en")
    assert page.attendance.rowCount() == expected["sessions"]
    assert "Kota Madiun" in window.windowTitle() and "demo.rencana" in window.windowTitle()
    assert set(window.workspace.pages) == {"overview"}  # other pages wait until shown


def test_every_page_that_exists_opens_from_the_navigation(
        window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    workspace = window.workspace
    assert workspace is not None and workspace.names[0] == "overview"
    for name in workspace.names:
        assert window.show_page(name)
        assert workspace.stack.currentWidget() is workspace.page(name)
    assert workspace.broken == set()


def test_undo_and_redo_are_in_the_edit_menu_with_standard_shortcuts(
        window: MainWindow, demo_copy: Path, qtbot: QtBot) -> None:
    window.open_path(demo_copy)
    undo, redo = window.menus.undo, window.menus.redo
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert {undo, redo} <= set(window.menus.edit_menu.actions())
    assert not undo.isEnabled()
    ctx = window.ctx
    with qtbot.waitSignal(ctx.changed):
        ctx.perform(lambda: ops.update(ctx.wb, model.Workbook, WORKBOOK_ID, region="Kota Baru"))
    assert undo.isEnabled() and "Kota Baru" in window.windowTitle()
    undo.trigger()
    assert "Kota Madiun" in window.windowTitle()
    assert window.workspace.page("overview").heading.text() == "Kota Madiun"
    redo.trigger()
    assert window.workspace.page("overview").heading.text() == "Kota Baru"


def test_a_refused_edit_never_enters_the_undo_stack_and_is_explained(
        window: MainWindow, demo_copy: Path, qtbot: QtBot) -> None:
    window.open_path(demo_copy)
    ctx = window.ctx
    with qtbot.waitSignal(ctx.failed) as failed:
        result = ctx.perform(lambda: ops.update(ctx.wb, model.Workbook, WORKBOOK_ID, region=""))
    assert result is None and ctx.stack.count() == 0
    assert failed.args == ["Region must not be empty."]
    assert window.statusBar().currentMessage() == "Region must not be empty."
    # a strip above the pages, not a box that would cover the projector and take the keyboard
    assert window.workspace.message_bar.text() == "Region must not be empty."
    assert _boxes() == []
    ctx.perform(lambda: ops.update(ctx.wb, model.Workbook, WORKBOOK_ID, region="Kota Madiun!"))
    assert window.workspace.message_bar.text() == ""


def test_switching_language_translates_the_window_live_and_is_remembered(
        window: MainWindow, demo_copy: Path, qtbot: QtBot) -> None:
    window.open_path(demo_copy)
    window.set_language("id")
    qtbot.waitUntil(lambda: window.workspace.nav.item(0).text() == "Ringkasan")
    assert window.menus.file_menu.title() == "&Berkas"
    assert window.menus.undo.text() == "Urungkan"
    assert window.workspace.page("overview").tiles["cards"].label.text() == "Kartu ide"
    assert "Juli 2019" in window.workspace.page("overview").attendance.index(0, 1).data()
    assert settings.language() == "id" and window.ctx.lang == "id"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.workspace.nav.item(0).text() == "Overview")
    assert settings.language() == "en"


def test_the_first_start_is_in_indonesian() -> None:
    assert settings.language() == "id"
    assert translation.install("id")
    translation.install("en")


def test_a_read_only_workbook_shows_the_banner_and_refuses_edits(
        window: MainWindow, demo_copy: Path, qtbot: QtBot) -> None:
    before = demo_copy.read_bytes()
    assert window.open_path(demo_copy, read_only=True)
    banner = window.workspace.banner
    assert banner is not None and banner.isVisible()
    assert "read-only" in banner.label.text() and banner.button.text() == "Save a copy..."
    assert "(read-only)" in window.windowTitle()
    assert not window.menus.actions["merge"].isEnabled()
    ctx = window.ctx
    with qtbot.waitSignal(ctx.failed):
        ctx.perform(lambda: ops.update(ctx.wb, model.Workbook, WORKBOOK_ID, region="X"))
    assert ctx.stack.count() == 0
    window.close_workbook()
    assert demo_copy.read_bytes() == before


def test_a_workbook_open_elsewhere_can_be_opened_read_only(
        window: MainWindow, demo_copy: Path) -> None:
    lock_path(demo_copy).write_text(json.dumps({"pid": 1, "host": "other-" + socket.gethostname()}))
    _click_when_asked("Open read-only")
    assert window.open_path(demo_copy)
    assert window.ctx.read_only and window.workspace.banner is not None


def test_a_file_that_is_not_a_workbook_gets_one_sentence_and_the_welcome_stays(
        window: MainWindow, tmp_path: Path) -> None:
    notes = tmp_path / "notes.rencana"
    notes.write_text("shopping list\n" * 20)
    _click_when_asked("OK")
    assert not window.open_path(notes)
    assert window.ctx is None and window.central.currentWidget() is window.welcome
    assert notes.read_text() == "shopping list\n" * 20


def test_recent_files_and_the_last_workbook_are_remembered(
        window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    assert settings.recent_files()[0] == demo_copy.resolve()
    window.close()
    assert settings.last_file() == demo_copy.resolve()
    assert not lock_path(demo_copy).exists()
    assert settings.store().value("window/geometry") is not None


def test_closing_the_workbook_returns_to_the_welcome_screen_listing_it(
        window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    window.menus.actions["close"].trigger()
    assert window.ctx is None and window.central.currentWidget() is window.welcome
    assert not window.menus.undo.isEnabled() and not window.menus.actions["export"].isEnabled()
    recent = window.welcome.recent
    assert recent.count() == 1 and "demo" in recent.item(0).text()
    assert settings.last_file() is None


def test_an_unexpected_error_is_one_sentence_and_the_details_go_to_the_log(
        window: MainWindow, qtbot: QtBot) -> None:
    try:
        raise KeyError("boom")
    except KeyError as exc:
        report_exception(type(exc), exc, exc.__traceback__)
    for _again in range(3):  # an error that repeats shows no second box
        report_exception(ValueError, ValueError("again"), None)
    [box] = _boxes()
    assert "Something went wrong (KeyError)" in box.text() and "Traceback" not in box.text()
    assert "Traceback" in log_path().read_text() and "boom" in log_path().read_text()
    assert log_path().read_text().count("again") == 3
    box.close()
    qtbot.waitUntil(lambda: not _boxes())
    report_exception(ValueError, ValueError("later"), None)
    assert "ValueError" in _boxes()[0].text()


def test_a_new_workbook_needs_a_region_and_an_ordered_plan_period(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewWorkbookDialog("en", window)
    qtbot.addWidget(dialog)
    assert dialog.problem() == "Enter the name of the city or regency."
    dialog.region.setText("Kabupaten Contoh")
    dialog.plan_start.setValue(2024)
    dialog.plan_end.setValue(2020)
    assert dialog.problem() == "The end (2020) is before the start (2024)."
    dialog.plan_end.setValue(2029)
    dialog.kind.setCurrentIndex(1)
    assert dialog.problem() == ""
    assert file_name("Kota/Madiun: 2019") == "Kota Madiun 2019.rencana"
    assert dialog.create_workbook(tmp_path / "contoh.rencana")
    window.show_workbook(dialog.workbook)
    book = queries_overview.workbook(window.ctx.wb.db)
    assert (book.region, book.kind, book.plan_start, book.plan_end) == (
        "Kabupaten Contoh", "kabupaten", 2024, 2029)
    assert "Kabupaten Contoh" in window.windowTitle()
    again = NewWorkbookDialog("en", window, window.ctx.wb.path)
    qtbot.addWidget(again)
    again.region.setText("Kota Lain")
    assert not again.create_workbook(tmp_path / "contoh.rencana")
    assert again.error.text() == "contoh.rencana is the workbook open now; choose another name."


def test_open_the_demo_writes_it_into_the_data_folder_once(
        window: MainWindow, qtbot: QtBot) -> None:
    window.welcome.demo_button.click()
    assert window.ctx is not None and "Kota Madiun" in window.windowTitle()
    written = window.ctx.wb.path
    assert written.parent == paths.data_dir() and written.is_file()
    window.close_workbook()
    stamp = written.stat().st_mtime_ns
    window.menus.actions["demo"].trigger()
    assert window.ctx.wb.path == written and written.stat().st_mtime_ns >= stamp


def test_a_recent_workbook_opens_from_the_welcome_screen(
        window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    window.close_workbook()
    item = window.welcome.recent.item(0)
    window.welcome.recent.itemActivated.emit(item)
    assert window.ctx is not None and window.ctx.wb.path == demo_copy


def test_a_workbook_from_a_newer_rencana_opens_read_only_and_stays_untouched(
        window: MainWindow, demo_copy: Path) -> None:
    with sqlite3.connect(demo_copy) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = demo_copy.read_bytes()
    _click_when_asked("Open read-only")
    assert window.open_path(demo_copy)
    assert window.ctx.read_only and window.workspace.banner is not None
    window.close_workbook()
    assert demo_copy.read_bytes() == before
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == ["demo.rencana"]


def test_a_damaged_workbook_is_named_damaged_and_left_as_it_is(
        window: MainWindow, demo_copy: Path) -> None:
    data = bytearray(demo_copy.read_bytes())
    data[4096 * 3:4096 * 6] = b"\x00" * (4096 * 3)  # zero three pages after the header
    demo_copy.write_bytes(bytes(data))
    seen: list[str] = []

    def dismiss() -> None:  # note and close every box (and any backup offer) it raises
        box = QApplication.activeModalWidget()
        if box is not None:
            seen.append(box.text() if isinstance(box, QMessageBox) else type(box).__name__)
            box.close()
        if window.isVisible() and len(seen) < 5:
            QTimer.singleShot(20, dismiss)
    QTimer.singleShot(0, dismiss)
    assert not window.open_path(demo_copy)
    assert window.ctx is None
    assert "damaged" in seen[0] and "Traceback" not in seen[0]
    assert demo_copy.read_bytes() == bytes(data)


def test_the_recent_files_menu_lists_what_was_opened(
        window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    window.on_recent_menu()
    texts = [a.text() for a in window.menus.recent_menu.actions()]
    assert texts == [f"demo.rencana  ({demo_copy.parent})"]


def test_file_export_brings_the_export_page_to_the_front(
        window: MainWindow, demo_copy: Path) -> None:
    assert not window.menus.actions["export"].isEnabled()  # nothing to export yet
    window.open_path(demo_copy)
    window.menus.actions["export"].trigger()
    assert window.workspace.current_name() == "export"
    assert window.workspace.stack.currentWidget() is window.workspace.page("export")



def test_a_bar_double_clicked_on_the_roadmap_opens_the_programme(
        window: MainWindow, demo_copy: Path, qtbot: QtBot) -> None:
    window.open_path(demo_copy)
    programme = rows.select(window.ctx.wb.db, model.Programme)[5]
    window.show_page("roadmap")
    window.workspace.page("roadmap").programme_activated.emit(programme.id)
    assert window.workspace.current_name() == "programmes"
    assert window.workspace.page("programmes").table.current_id() == programme.id


def test_merge_and_conflict_actions_follow_the_open_workbook(
        window: MainWindow, demo_copy: Path) -> None:
    actions = window.menus.actions
    assert not actions["merge"].isEnabled() and not actions["conflicts"].isEnabled()
    window.open_path(demo_copy)
    assert actions["merge"].isEnabled() and actions["conflicts"].isEnabled()
    window.close_workbook()
    window.open_path(demo_copy, read_only=True)
    assert not actions["merge"].isEnabled() and not actions["conflicts"].isEnabled()
    assert actions["team_copy"].isEnabled()
