"""Table models of the Vision and goals page: the missions, and the goals of one dimension."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QObject

from app import model, ops, vision
from app.storage import rows
from ui.context import EditContext
from ui.models.base import Edit, TableModel
from ui.models.years import YearColumnsModel
from ui.widgets.choices import choice_label, direction_choices, level_choices


class MissionModel(TableModel):
    """The ordered missions; the text is edited in place."""

    TABLES = frozenset({"missions"})
    COL_TEXT = 0

    def headers(self) -> list[str]:
        return [self.tr("Mission")]

    def load(self) -> list[Any]:
        return rows.select(self.ctx.wb.db, model.Mission)

    def display(self, row: Any, column: int) -> Any:
        return row.text

    def editable(self, column: int) -> bool:
        return True

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        return lambda: ops.update(self.ctx.wb, model.Mission, row.id, text=str(value))


class GoalRow:
    """A goal with its yearly targets, compared by value so refresh finds what changed."""

    def __init__(self, goal: model.Goal, targets: dict[int, str]) -> None:
        self.id = goal.id
        self.goal = goal
        self.targets = targets

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GoalRow) and (self.goal, self.targets) == (
            other.goal, other.targets)

    __hash__ = None  # type: ignore[assignment]


class GoalModel(YearColumnsModel):
    """The goals of one dimension: text, indicator, unit, baseline, RPJMD link, level,
    direction (which way is better), then a target a year.

    Level and direction are codes (``model.INDICATOR_LEVELS`` / ``INDICATOR_DIRECTIONS``):
    the cell shows the label in the interface language and edits (EditRole) the code.
    """

    TABLES = frozenset({"goals", "goal_targets", "workbook"})
    COL_TEXT, COL_INDICATOR, COL_UNIT, COL_BASELINE, COL_RPJMD, COL_LEVEL, COL_DIRECTION = \
        range(7)
    FIELDS = ("text", "indicator", "unit", "baseline", "rpjmd_link", "level", "direction")
    # the undo step of a choice, in the words of app.undo_labels
    CHOICE_LABELS: ClassVar[dict[str, str]] = {"level": "Set goal level",
                                               "direction": "Set goal direction"}

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        self.dimension_id: str | None = None
        super().__init__(ctx, parent)

    def set_dimension(self, dimension_id: str | None) -> None:
        """Show the goals of another dimension."""
        self.dimension_id = dimension_id
        self.refresh()

    def headers(self) -> list[str]:
        fixed = [self.tr("Goal"), self.tr("Indicator"), self.tr("Unit"), self.tr("Baseline"),
                 self.tr("RPJMD link"), self.tr("Level"), self.tr("Direction")]
        return fixed + [str(year) for year in self.years]

    def load(self) -> list[Any]:
        if not self.dimension_id:
            return []
        goals = rows.select(self.ctx.wb.db, model.Goal, dimension_id=self.dimension_id)
        return [GoalRow(goal, vision.targets(self.ctx.wb, goal.id)) for goal in goals]

    def choices(self, column: int) -> list[tuple[str, object]]:
        """Return (label, code) offered in the level or the direction column."""
        return level_choices() if column == self.COL_LEVEL else direction_choices()

    def display(self, row: Any, column: int) -> Any:
        if column in (self.COL_LEVEL, self.COL_DIRECTION):
            return choice_label(self.choices(column), getattr(row.goal, self.FIELDS[column]))
        if column < len(self.FIELDS):
            return getattr(row.goal, self.FIELDS[column])
        return row.targets.get(self.years[column - len(self.FIELDS)], "")

    def edit_value(self, row: Any, column: int) -> Any:
        if column in (self.COL_LEVEL, self.COL_DIRECTION):
            return getattr(row.goal, self.FIELDS[column])
        return self.display(row, column)

    def editable(self, column: int) -> bool:
        return True

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        wb, text = self.ctx.wb, str(value)
        if column in (self.COL_LEVEL, self.COL_DIRECTION):
            field, label = self.FIELDS[column], self.CHOICE_LABELS[self.FIELDS[column]]
            return lambda: ops.update(wb, model.Goal, row.id, label=label, **{field: text})
        if column < len(self.FIELDS):
            field = self.FIELDS[column]
            return lambda: ops.update(wb, model.Goal, row.id, **{field: text})
        year = self.years[column - len(self.FIELDS)]
        return lambda: vision.set_goal_target(wb, row.id, year, text)

