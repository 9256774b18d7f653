"""The Vision and goals page: typing saves as one undo step, missions reorder, targets per year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import model
from app.storage import rows
from app.storage.workbook import WorkbookFile
from app.workbooks import WORKBOOK_ID
from ui.context import EditContext
from ui.pages.vision import VisionPage as Page


def _page(qtbot: QtBot, wb: WorkbookFile) -> tuple[Page, EditContext]:
    ctx = EditContext(wb, "en")
    page = Page(ctx)
    qtbot.addWidget(page)
    return page, ctx


def _vision(wb: WorkbookFile) -> str:
    book = rows.get(wb.db, model.Workbook, WORKBOOK_ID)
    assert book is not None
    return book.vision


def test_typing_the_vision_saves_it_as_one_undo_step(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    page.show()
    page.vision_edit.setFocus()
    qtbot.keyClicks(page.vision_edit, "Madiun kota pendidikan")
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        pass  # the idle timer saves the burst
    qtbot.keyClicks(page.vision_edit, " yang cerdas")
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        pass
    assert _vision(wb) == "Madiun kota pendidikan yang cerdas"
    assert ctx.stack.count() == 1
    ctx.stack.undo()
    assert _vision(wb) == ""
    assert page.vision_edit.toPlainText() == ""


def test_missions_are_added_and_reordered(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    for text in ("Satu", "Dua", "Tiga"):
        page.add_mission()
        index = page.missions.index(page.missions.rowCount() - 1, 0)
        assert page.missions.setData(index, text)
    page.mission_view.selectRow(2)
    page.move_mission(-1)
    assert [m.text for m in rows.select(wb.db, model.Mission)] == ["Satu", "Tiga", "Dua"]
    ctx.stack.undo()
    assert [m.text for m in rows.select(wb.db, model.Mission)] == ["Satu", "Dua", "Tiga"]


def test_goal_targets_are_stored_per_plan_year(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    goals = page.goals
    assert goals.headers()[-6:] == ["2019", "2020", "2021", "2022", "2023", "2024"]
    page.add_goal()
    assert goals.rowCount() == 1
    target_2021 = goals.index(0, len(goals.FIELDS) + 2)
    assert goals.setData(target_2021, "75%")
    goal_id = goals.row(0).id
    assert {t.year: t.target for t in rows.select(wb.db, model.GoalTarget, goal_id=goal_id)} == {
        2021: "75%"}
    assert goals.data(target_2021, Qt.ItemDataRole.DisplayRole) == "75%"
    ctx.stack.undo()
    assert rows.count(wb.db, model.GoalTarget) == 0


def test_an_empty_goal_is_refused_and_not_undoable(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    page.add_goal()
    depth = ctx.stack.count()
    with qtbot.waitSignal(ctx.failed, timeout=1000) as failed:
        assert not page.goals.setData(page.goals.index(0, 0), "   ")
    assert "must not be empty" in failed.args[0]
    assert ctx.stack.count() == depth


def test_the_models_pass_the_model_tester(qtbot: QtBot, wb: WorkbookFile,
                                          qtmodeltester: ModelTester) -> None:
    page, _ctx = _page(qtbot, wb)
    page.add_mission()
    page.add_goal()
    qtmodeltester.check(page.missions)
    qtmodeltester.check(page.goals)


def test_a_pause_after_a_space_keeps_the_space(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    page.show()
    page.keywords_edit.setFocus()
    qtbot.waitUntil(page.keywords_edit.hasFocus)
    qtbot.keyClicks(page.keywords_edit, "kota ")
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        pass
    qtbot.keyClicks(page.keywords_edit, "pendidikan")
    assert page.keywords_edit.text() == "kota pendidikan"


def test_a_longer_plan_period_adds_year_columns(qtbot: QtBot, wb: WorkbookFile) -> None:
    page, ctx = _page(qtbot, wb)
    from app import ops

    ctx.perform(lambda: ops.update(wb, model.Workbook, WORKBOOK_ID, plan_end=2026))
    assert page.goals.headers()[-2:] == ["2025", "2026"]
    assert page.goals.columnCount() == len(page.goals.FIELDS) + 8


def _goal(wb: WorkbookFile, goal_id: str) -> model.Goal:
    goal = rows.get(wb.db, model.Goal, goal_id)
    assert goal is not None
    return goal


def test_a_goals_direction_is_chosen_by_keyboard_and_undone(
        qtbot: QtBot, wb: WorkbookFile, qtmodeltester: ModelTester) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QComboBox

    from app import vision
    from app.undo_labels import label_text
    from ui.vision.models import GoalModel

    page, ctx = _page(qtbot, wb)
    undo = ctx.stack.createUndoAction(page)  # Ctrl+Z, as the window's Edit menu has it
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(undo)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    dimension_id = page.dimension_combo.currentData()
    assert ctx.perform(lambda: vision.add_goal(wb, dimension_id, "Angka stunting turun")[0])
    view, goals = page.goal_view, page.goals
    goal_id = goals.row(0).id
    cell = goals.index(0, GoalModel.COL_DIRECTION)
    assert cell.data() == "Higher is better"
    assert cell.data(Qt.ItemDataRole.EditRole) == "higher"
    view.setCurrentIndex(cell)
    depth = ctx.stack.count()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.indexWidget(cell)  # the open editor
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Higher is better", "Lower is better", "Within a range", "Yes/no milestone"]
    with qtbot.waitSignal(ctx.changed, timeout=3000):  # a choice picked is kept at once
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert _goal(wb, goal_id).direction == "lower"
    assert goals.index(0, GoalModel.COL_DIRECTION).data() == "Lower is better"
    assert ctx.stack.count() == depth + 1
    assert ctx.stack.undoText() == label_text("Set goal direction", "en") == "Set goal direction"
    assert label_text("Set goal direction", "id") == "Atur arah sasaran"
    qtmodeltester.check(goals)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _goal(wb, goal_id).direction == "higher"
    assert goals.index(0, GoalModel.COL_DIRECTION).data() == "Higher is better"


def test_a_goals_level_is_set_and_a_bad_code_is_refused(qtbot: QtBot, wb: WorkbookFile) -> None:
    from ui.vision.models import GoalModel

    page, ctx = _page(qtbot, wb)
    page.add_goal()
    goals = page.goals
    goal_id = goals.row(0).id
    cell = goals.index(0, GoalModel.COL_LEVEL)
    assert cell.data() == "Impact"
    assert goals.setData(cell, "outcome")
    assert _goal(wb, goal_id).level == "outcome"
    assert goals.index(0, GoalModel.COL_LEVEL).data() == "Outcome"
    assert ctx.stack.undoText() == "Set goal level"
    depth = ctx.stack.count()
    with qtbot.waitSignal(ctx.failed, timeout=1000):
        assert not goals.setData(goals.index(0, GoalModel.COL_DIRECTION), "sideways")
    assert ctx.stack.count() == depth
    assert _goal(wb, goal_id).direction == "higher"
