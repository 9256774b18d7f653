"""The Vision and goals page: the vision and its keywords, ordered missions, goals per dimension."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import model, ops, vision
from app.storage import rows
from app.workbooks import WORKBOOK_ID
from ui.binding import TextBinding
from ui.context import EditContext
from ui.models.base import TableModel
from ui.models.delegates import ChoiceDelegate
from ui.vision.models import GoalModel, MissionModel
from ui.widgets.buttons import button_row


class VisionPage(QWidget):
    """Vision, missions and goals with a target for every plan year."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._vision_box(), 1)
        row.addWidget(self._missions_box(), 1)
        splitter.addWidget(top)
        splitter.addWidget(self._goals_box())
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.changed.connect(self.on_workbook_changed)


    def _vision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vision"), self)
        self.vision_edit = QPlainTextEdit(box)
        self.vision_edit.setPlaceholderText(self.tr("The city's smart city vision"))
        self.keywords_edit = QLineEdit(box)
        self.keywords_edit.setPlaceholderText(
            self.tr("Keywords from the workshop, comma-separated"))
        TextBinding(self.ctx, self.vision_edit, model.Workbook, "vision", WORKBOOK_ID)
        TextBinding(self.ctx, self.keywords_edit, model.Workbook, "vision_keywords", WORKBOOK_ID)
        form = QFormLayout(box)
        form.addRow(self.tr("Vision"), self.vision_edit)
        form.addRow(self.tr("Keywords"), self.keywords_edit)
        return box

    def _missions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Missions"), self)
        self.missions = MissionModel(self.ctx, box)
        self.missions.refresh()
        self.mission_view = _table(box, self.missions)
        self.mission_view.verticalHeader().setVisible(True)
        buttons, _ = button_row(box, [
            (self.tr("Add mission"), self.add_mission),
            (self.tr("Delete"), self.delete_mission),
            (self.tr("Move up"), lambda: self.move_mission(-1)),
            (self.tr("Move down"), lambda: self.move_mission(1)),
        ])
        layout = QVBoxLayout(box)
        layout.addWidget(self.mission_view)
        layout.addLayout(buttons)
        return box

    def _goals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Goals and yearly targets per dimension"), self)
        self.dimension_combo = QComboBox(box)
        self.dimension_combo.currentIndexChanged.connect(self._on_dimension_chosen)
        self.goals = GoalModel(self.ctx, box)
        self.goal_view = _table(box, self.goals)
        header = self.goal_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GoalModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GoalModel.COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        for column in (GoalModel.COL_LEVEL, GoalModel.COL_DIRECTION):
            self.goal_view.setItemDelegateForColumn(column, ChoiceDelegate(
                partial(self.goals.choices, column), self.goal_view))
        self.goal_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        head = QHBoxLayout()
        head.addWidget(self.dimension_combo, 1)
        head.addLayout(button_row(box, [(self.tr("Add goal"), self.add_goal),
                                        (self.tr("Delete goal"), self.delete_goal)])[0])
        layout = QVBoxLayout(box)
        layout.addLayout(head)
        layout.addWidget(self.goal_view)
        self._fill_dimensions()
        return box

    def _fill_dimensions(self) -> None:
        current = self.dimension_combo.currentData()
        self.dimension_combo.blockSignals(True)
        self.dimension_combo.clear()
        for dim in rows.select(self.ctx.wb.db, model.Dimension):
            name = dim.name_en if self.ctx.lang == "en" and dim.name_en else dim.name_id
            self.dimension_combo.addItem(f"{dim.code} · {name}", dim.id)
        index = max(0, self.dimension_combo.findData(current))
        self.dimension_combo.setCurrentIndex(index)
        self.dimension_combo.blockSignals(False)
        self._on_dimension_chosen()

    def _on_dimension_chosen(self, *_args: object) -> None:
        self.goals.set_dimension(self.dimension_combo.currentData())

    def on_workbook_changed(self, tables: set[str]) -> None:
        """Keep the dimension list in step with the framework."""
        if "dimensions" in tables:
            self._fill_dimensions()

    # -- actions --------------------------------------------------------------------

    def add_mission(self) -> None:
        """Add a mission and start editing it."""
        text = self.tr("New mission")
        if self.ctx.perform(lambda: vision.add_mission(self.ctx.wb, text)[0]):
            _edit_last(self.mission_view, MissionModel.COL_TEXT)

    def delete_mission(self) -> None:
        """Delete the selected mission."""
        mission = _selected(self.mission_view, self.missions)
        if mission is not None:
            self.ctx.perform(lambda: ops.delete(self.ctx.wb, model.Mission, mission.id))

    def move_mission(self, step: int) -> None:
        """Move the selected mission up or down and keep it selected."""
        mission = _selected(self.mission_view, self.missions)
        if mission is not None:
            self.ctx.perform(lambda: vision.move_mission(self.ctx.wb, mission.id, step))
            self.mission_view.selectRow(self.missions.row_of(mission.id))

    def add_goal(self) -> None:
        """Add a goal to the chosen dimension and start editing it."""
        dimension_id = self.dimension_combo.currentData()
        text = self.tr("New goal")
        if dimension_id and self.ctx.perform(
                lambda: vision.add_goal(self.ctx.wb, dimension_id, text)[0]):
            _edit_last(self.goal_view, GoalModel.COL_TEXT)

    def delete_goal(self) -> None:
        """Delete the selected goal with its targets."""
        row = _selected(self.goal_view, self.goals)
        if row is not None:
            self.ctx.perform(lambda: ops.delete(self.ctx.wb, model.Goal, row.id))


def _table(parent: QWidget, table_model: TableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(table_model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setVisible(False)
    return view


def _selected(view: QTableView, table_model: TableModel) -> Any:
    """Return the row (a record with an ``id``) under the view's current index, or None."""
    index = view.currentIndex()
    return table_model.row(index.row()) if index.isValid() else None


def _edit_last(view: QTableView, column: int) -> None:
    last = view.model().rowCount() - 1
    if last >= 0:
        index = view.model().index(last, column)
        view.setCurrentIndex(index)
        view.edit(index)
