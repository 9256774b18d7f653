"""Vision, missions and goals: the reversible operations behind the Vision and goals page."""

from __future__ import annotations

from app import model, ops
from app.errors import ValidationError
from app.storage import rows
from app.storage.workbook import WorkbookFile


def add_mission(wb: WorkbookFile, text: str) -> tuple[ops.Change, str]:
    """Add a mission at the end of the list; return the Change and its id."""
    position = len(rows.select(wb.db, model.Mission))
    return ops.add(wb, model.Mission(text=text, position=position), "Add mission")


def move_mission(wb: WorkbookFile, mission_id: str, step: int) -> ops.Change:
    """Move a mission ``step`` places up (negative) or down; return the Change (empty at an end)."""
    missions = rows.select(wb.db, model.Mission)
    index = next((i for i, m in enumerate(missions) if m.id == mission_id), None)
    if index is None:
        raise ValidationError("This item no longer exists.")
    return ops.reorder(wb, model.Mission, missions, index, step, "Move mission")


def add_goal(wb: WorkbookFile, dimension_id: str, text: str) -> tuple[ops.Change, str]:
    """Add a goal at the end of a dimension's goals; return the Change and its id."""
    position = rows.count(wb.db, model.Goal, dimension_id=dimension_id)
    goal = model.Goal(dimension_id=dimension_id, text=text, position=position)
    return ops.add(wb, goal, "Add goal")


def set_goal_target(wb: WorkbookFile, goal_id: str, year: int, target: str) -> ops.Change:
    """Set (or, with empty text, clear) a goal's target for one plan year; return the Change."""
    row_id = model.natural_id("goal_targets", goal_id, year)
    if not target.strip():
        return ops.delete(wb, model.GoalTarget, row_id, "Clear target")
    record = model.GoalTarget(id=row_id, goal_id=goal_id, year=year, target=target)
    return ops.put(wb, record, "Set target")[0]


def targets(wb: WorkbookFile, goal_id: str) -> dict[int, str]:
    """Return {year: target} of a goal."""
    return {t.year: t.target for t in rows.select(wb.db, model.GoalTarget, goal_id=goal_id)
            if t.year is not None}
