"""A programme's KPIs: indicator, unit, baseline, level and direction, with a yearly target.

Level (output, outcome, impact), direction (higher or lower is better, within a
range, a yes/no milestone) and the baseline's year are what the yearly evaluation
(app.evaluation) needs; a baseline typed as a number is also kept as that number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import model, ops, programmes
from app.storage import rows
from ui.context import EditContext
from ui.models.base import Edit
from ui.models.delegates import ChoiceDelegate
from ui.models.edits import next_position
from ui.models.years import YearColumnsModel
from ui.programmes.part_model import ProgrammePartModel
from ui.widgets.buttons import button_row
from ui.widgets.choices import choice_label, direction_choices, level_choices


@dataclass(frozen=True)
class KpiRow:
    """A KPI with its targets by year."""

    id: str
    kpi: model.Kpi
    targets: dict[int, str] = field(default_factory=dict, hash=False)


class KpiModel(ProgrammePartModel, YearColumnsModel):
    """The KPIs of one programme; the year columns hold the targets."""

    TABLES = frozenset({"kpis", "kpi_targets", "workbook"})
    COL_INDICATOR, COL_UNIT, COL_BASELINE, COL_BASELINE_YEAR, COL_LEVEL, COL_DIRECTION = range(6)
    FIELDS = ("indicator", "unit", "baseline", "baseline_year", "level", "direction")

    def headers(self) -> list[str]:
        return [self.tr("Indicator"), self.tr("Unit"), self.tr("Baseline"),
                self.tr("Baseline year"), self.tr("Level"), self.tr("Direction"),
                *(self.tr("Target {year}").format(year=year) for year in self.years)]

    def level_choices(self) -> list[tuple[str, object]]:
        """Return (label, code) of the KPI levels."""
        return level_choices()

    def direction_choices(self) -> list[tuple[str, object]]:
        """Return (label, code) of the KPI directions."""
        return direction_choices()

    def load(self) -> list[Any]:
        if not self.programme_id:
            return []
        db = self.ctx.wb.db
        return [KpiRow(kpi.id, kpi, {t.year or 0: t.target
                                     for t in rows.select(db, model.KpiTarget, kpi_id=kpi.id)})
                for kpi in rows.select(db, model.Kpi, programme_id=self.programme_id)]

    def display(self, row: KpiRow, column: int) -> Any:
        if column in (self.COL_LEVEL, self.COL_DIRECTION):
            choices = self.level_choices() if column == self.COL_LEVEL else \
                self.direction_choices()
            return choice_label(choices, getattr(row.kpi, self.FIELDS[column]))
        if column == self.COL_BASELINE_YEAR:
            return "" if row.kpi.baseline_year is None else str(row.kpi.baseline_year)
        if column < len(self.FIELDS):
            return getattr(row.kpi, self.FIELDS[column])
        return row.targets.get(self.years[column - len(self.FIELDS)], "")

    def edit_value(self, row: KpiRow, column: int) -> Any:
        if column in (self.COL_LEVEL, self.COL_DIRECTION):
            return getattr(row.kpi, self.FIELDS[column])
        return self.display(row, column)

    def editable(self, column: int) -> bool:
        return True

    def edit(self, row: KpiRow, column: int, value: Any) -> Edit | None:
        wb, text = self.ctx.wb, "" if value is None else str(value)
        if column == self.COL_BASELINE:
            from app.evaluation.numbers import number  # "12", "2,5": the baseline as a number

            return lambda: ops.update(wb, model.Kpi, row.id, label="Edit KPI", baseline=text,
                                      baseline_value=number(text))
        if column < len(self.FIELDS):
            name = self.FIELDS[column]
            return lambda: ops.update(wb, model.Kpi, row.id, label="Edit KPI",
                                      **{name: text or None if name == "baseline_year" else text})
        year = self.years[column - len(self.FIELDS)]
        return lambda: programmes.set_kpi_target(wb, row.id, year, text)


class KpiEditor(QWidget):
    """The KPI table with buttons to add and remove a KPI."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kpis = KpiModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.kpis)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 260)
        self.table.setItemDelegateForColumn(
            KpiModel.COL_LEVEL, ChoiceDelegate(self.kpis.level_choices, self))
        self.table.setItemDelegateForColumn(
            KpiModel.COL_DIRECTION, ChoiceDelegate(self.kpis.direction_choices, self))
        self.table.verticalHeader().hide()
        buttons, (self.add_button, self.remove_button) = button_row(self, [
            (self.tr("Add KPI"), self.add_kpi), (self.tr("Remove KPI"), self.remove_kpi)])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.table)
        self.set_programme(None)

    def set_programme(self, programme_id: str | None) -> None:
        """Show the KPIs of another programme."""
        self.kpis.set_programme(programme_id)
        editable = programme_id is not None and not self.ctx.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    @Slot()
    def add_kpi(self) -> None:
        """Add a KPI to the programme and start editing its indicator."""
        programme_id = self.kpis.programme_id
        if not programme_id:
            return
        kpi = model.Kpi(programme_id=programme_id, indicator=self.tr("New indicator"),
                        position=next_position([r.kpi for r in self.kpis.rows()]))
        wb = self.ctx.wb
        if self.ctx.perform(lambda: programmes.add_kpi(wb, kpi)[0]):
            index = self.kpis.index(self.kpis.rowCount() - 1, KpiModel.COL_INDICATOR)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    @Slot()
    def remove_kpi(self) -> None:
        """Remove the selected KPI and its targets."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        kpi_id, wb = self.kpis.row(index.row()).id, self.ctx.wb
        self.ctx.perform(lambda: ops.delete(wb, model.Kpi, kpi_id, label="Remove KPI"))
