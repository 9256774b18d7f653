"""A programme's milestones (a year and a title each) and the workshop cards it came from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import model, ops, programmes
from app.storage import rows
from ui.context import EditContext
from ui.models.base import Edit
from ui.programmes.part_model import ProgrammePart, ProgrammePartModel
from ui.widgets.buttons import button_row

ID_ROLE = Qt.ItemDataRole.UserRole


class MilestoneModel(ProgrammePartModel):
    """The milestones of one programme: year and title, both edited in place."""

    TABLES = frozenset({"milestones"})
    COL_YEAR, COL_TITLE = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Year"), self.tr("Milestone")]

    def load(self) -> list[Any]:
        if not self.programme_id:
            return []
        return rows.select(self.ctx.wb.db, model.Milestone, programme_id=self.programme_id)

    def display(self, row: model.Milestone, column: int) -> Any:
        return row.year if column == self.COL_YEAR else row.title

    def editable(self, column: int) -> bool:
        return True

    def edit(self, row: model.Milestone, column: int, value: Any) -> Edit | None:
        name = "year" if column == self.COL_YEAR else "title"
        wb = self.ctx.wb
        return lambda: ops.update(wb, model.Milestone, row.id, label="Edit milestone",
                                  **{name: value})


class MilestoneEditor(QWidget):
    """The milestone table with add and remove buttons."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.milestones = MilestoneModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.milestones)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            MilestoneModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        row, (self.add_button, self.remove_button) = button_row(self, [
            (self.tr("Add milestone"), self.add_milestone),
            (self.tr("Remove milestone"), self.remove_milestone)])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.table)

    def set_programme(self, programme_id: str | None) -> None:
        """Show the milestones of another programme."""
        self.milestones.set_programme(programme_id)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(bool(programme_id) and not self.ctx.read_only)

    @Slot()
    def add_milestone(self) -> None:
        """Add a milestone in the programme's first year."""
        programme = rows.get(self.ctx.wb.db, model.Programme, self.milestones.programme_id)
        if programme is None:
            return
        wb, title = self.ctx.wb, self.tr("New milestone")
        self.ctx.perform(lambda: programmes.add_milestone(
            wb, programme.id, programme.start_year or 0, title)[0])

    @Slot()
    def remove_milestone(self) -> None:
        """Remove the selected milestone."""
        index = self.table.currentIndex()
        if index.isValid():
            milestone_id, wb = self.milestones.row(index.row()).id, self.ctx.wb
            self.ctx.perform(lambda: ops.delete(wb, model.Milestone, milestone_id,
                                                label="Remove milestone"))


class OriginList(ProgrammePart, QWidget):
    """The cards and clusters of the workshop the programme came from."""

    TABLES = frozenset({"programme_origins", "cards", "clusters"})

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.programme_id: str | None = None
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.unlink_button = QPushButton(self.tr("Remove link"), self)
        self.unlink_button.clicked.connect(self.unlink)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlink_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(row)
        ctx.changed.connect(self.on_workbook_changed)

    def describe(self, origin: model.ProgrammeOrigin) -> str:
        """Return how an origin is listed: the card's kind and text, or the cluster's name."""
        db = self.ctx.wb.db
        card = rows.get(db, model.Card, origin.card_id)
        if card is not None:
            votes = self.tr(" ({votes} votes)").format(votes=card.votes) if card.votes else ""
            return self.tr("Card: {text}").format(text=card.text) + votes
        cluster = rows.get(db, model.Cluster, origin.cluster_id)
        if cluster is not None:
            return self.tr("Cluster: {name}").format(name=cluster.name)
        return self.tr("(a card that was deleted)")

    def reload(self) -> None:
        """List the origins of the programme."""
        self.list.clear()
        origins = rows.select(self.ctx.wb.db, model.ProgrammeOrigin,
                              programme_id=self.programme_id) if self.programme_id else []
        for origin in origins:
            item = QListWidgetItem(self.describe(origin), self.list)
            item.setData(ID_ROLE, origin.id)
        if not origins and self.programme_id:
            QListWidgetItem(self.tr("No card or cluster yet: make programmes from cards on the "
                                    "Idea board."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        self.unlink_button.setEnabled(bool(origins) and not self.ctx.read_only)

    @Slot()
    def unlink(self) -> None:
        """Remove the selected origin link (the card itself stays)."""
        item = self.list.currentItem()
        origin_id = item.data(ID_ROLE) if item is not None else None
        if origin_id:
            wb = self.ctx.wb
            self.ctx.perform(lambda: ops.delete(wb, model.ProgrammeOrigin, origin_id,
                                                label="Remove origin link"))
