"""The merge in the window: preview before writing, one undo step, conflicts resolved by buttons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import merge, model, ops
from app.storage import queries_merge, rows
from tests.merge_support import add_programme, bump, make_copies, open_as
from tests.qt_dialogs import click, when_modal
from ui.conflicts_dialog import ConflictsDialog
from ui.context import EditContext
from ui.merge_dialog import PreviewDialog, ReportModel, merge_team_files


@pytest.fixture
def teams(wb, tmp_path: Path) -> tuple[Path, Path, str]:
    """The facilitator's workbook and a team copy whose laptop rewrote a description."""
    pid = add_programme(wb, "Smart parking", code="SG-01", description="Base.")
    master, team = make_copies(wb, tmp_path / "usb", 2)
    with open_as(team, "laptop-a") as laptop:
        ops.update(laptop, model.Programme, pid, description="The team's text.")
        add_programme(laptop, "Bus tracker", code="SG-02")
    with open_as(master, "facilitator") as own:
        bump(own, 2)  # the facilitator's rewrite is the later one
        ops.update(own, model.Programme, pid, description="The facilitator's text.")
    return master, team, pid


@pytest.fixture
def ctx(teams, qtbot: QtBot) -> Iterator[EditContext]:
    """The facilitator's workbook open in an edit context, in English."""
    wb = open_as(teams[0], "facilitator")
    context = EditContext(wb, "en")
    yield context
    wb.close()


def _stored(ctx: EditContext) -> dict[str, list[dict[str, object]]]:
    return {cls.TABLE: queries_merge.all_rows(ctx.wb.db, cls.TABLE) for cls in model.RECORDS}


def test_the_preview_counts_each_kind_of_record(ctx, teams, qtbot, qtmodeltester):
    report = merge.preview_into(ctx.wb, [teams[1]])
    model_ = ReportModel(report, "en")
    qtmodeltester.check(model_)
    rows_ = {model_.index(r, 0).data(): [model_.index(r, c).data() for c in (1, 2, 3)]
             for r in range(model_.rowCount())}
    assert rows_ == {"Programmes": ["1", "0", "0"]}
    dialog = PreviewDialog(report, "en")
    qtbot.addWidget(dialog)
    assert "Conflicts to resolve after merging: 1" in dialog.summary.text()
    assert "Description was changed on two laptops" in dialog.summary.text()


def test_cancelling_the_preview_writes_nothing(ctx, teams, qtbot):
    before = _stored(ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    when_modal(click("Cancel"))
    assert merge_team_files(parent, ctx, [teams[1]]) is None
    assert _stored(ctx) == before and ctx.stack.count() == 0


def test_merging_in_the_window_is_one_undo_step(ctx, teams, qtbot):
    before = _stored(ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    def merge_then_close_conflicts(dialog: QWidget) -> None:
        click("Merge")(dialog)
        when_modal(close_conflicts)

    when_modal(merge_then_close_conflicts)
    with qtbot.waitSignal(ctx.changed):
        step = merge_team_files(parent, ctx, [teams[1]])
    assert step is not None and ctx.stack.count() == 1
    names = {p.name for p in rows.select(ctx.wb.db, model.Programme)}
    assert names == {"Smart parking", "Bus tracker"}
    with qtbot.waitSignal(ctx.changed):
        ctx.stack.undo()
    assert _stored(ctx) == before  # exactly as before: the same file can be merged again
    ctx.stack.redo()
    assert {p.name for p in rows.select(ctx.wb.db, model.Programme)} == names
    assert merge.preview_into(ctx.wb, [teams[1]]).changes == 0


def close_conflicts(dialog: QWidget) -> None:
    """Close the conflicts dialog once it is the one open, checking again until then."""
    if isinstance(dialog, ConflictsDialog):
        dialog.accept()
    else:
        QTimer.singleShot(20, lambda: when_modal(close_conflicts))


def test_conflicts_are_resolved_by_buttons_as_undoable_edits(ctx, teams, qtbot):
    merge.merge_into(ctx.wb, [teams[1]])
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert dialog.current.toPlainText() == "The facilitator's text."
    assert dialog.other.toPlainText() == "The team's text."
    assert not dialog.buttons["restore"].isVisible() or not dialog.buttons["restore"].isEnabled()
    with qtbot.waitSignal(ctx.changed):
        dialog.buttons["both"].click()
    text = rows.get(ctx.wb.db, model.Programme, teams[2]).description
    assert text == "The facilitator's text.\n\nThe team's text."
    assert dialog.list.count() == 0 and ctx.stack.count() == 1
    ctx.stack.undo()
    assert dialog.list.count() == 1
    dialog.buttons["other"].click()
    assert rows.get(ctx.wb.db, model.Programme, teams[2]).description == "The team's text."
