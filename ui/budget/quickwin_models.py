"""Table models of the Quick-win tracker: the quick wins with their progress, and their updates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from app import formatting, model, ops
from app.storage import queries_programmes as queries
from ui.context import EditContext
from ui.models.base import Edit, TableModel

PERCENT_ROLE = Qt.ItemDataRole.UserRole  # the progress as an int 0-100


class QuickWinModel(TableModel):
    """Every quick win (phase quick win) with its latest progress and when it was reported."""

    TABLES = frozenset({"programmes", "quickwin_updates", "dimensions", "organisations"})
    COL_CODE, COL_NAME, COL_LEAD, COL_PROGRESS, COL_UPDATED = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Quick win"), self.tr("Lead OPD"), self.tr("Progress"),
                self.tr("Last update")]

    def load(self) -> list[Any]:
        return queries.quickwin_rows(self.ctx.wb.db)

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_PROGRESS:
            return f"{row.percent} %"
        if column == self.COL_UPDATED:
            return formatting.long_date(row.updated, self.ctx.lang) or self.tr("not yet")
        return (row.code, row.name, row.lead_abbreviation)[column]

    def tooltip(self, row: Any, column: int) -> str | None:
        return self.tr("{count} updates").format(count=row.updates) if row.updates else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == PERCENT_ROLE and index.isValid():
            return self.row(index.row()).percent
        return super().data(index, role)


class UpdateModel(TableModel):
    """The dated progress updates of one quick win, newest first; percent and note editable."""

    TABLES = frozenset({"quickwin_updates", "programmes"})
    COL_DATE, COL_PERCENT, COL_NOTE = range(3)

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        self.programme_id: str | None = None
        super().__init__(ctx, parent)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Progress (%)"), self.tr("Note")]

    def set_programme(self, programme_id: str | None) -> None:
        """Show the updates of ``programme_id`` (None: none)."""
        self.programme_id = programme_id
        self.refresh()

    def load(self) -> list[Any]:
        if not self.programme_id:
            return []
        return queries.quickwin_updates(self.ctx.wb.db, self.programme_id)

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_DATE:
            return formatting.long_date(row.date, self.ctx.lang)
        return row.percent if column == self.COL_PERCENT else row.note

    def editable(self, column: int) -> bool:
        return column in (self.COL_PERCENT, self.COL_NOTE)

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        wb, field = self.ctx.wb, "percent" if column == self.COL_PERCENT else "note"
        label = self.tr("Edit quick-win progress")
        return lambda: ops.update(wb, model.QuickWinUpdate, row.id, label, **{field: value})


class ProgressDelegate(QStyledItemDelegate):
    """Paints a cell's PERCENT_ROLE value as a progress bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(3, 3, -3, -3))
        bar.minimum, bar.maximum = 0, 100
        bar.progress = int(index.data(PERCENT_ROLE) or 0)
        bar.text = f"{bar.progress} %"
        bar.textVisible = True
        # Without State_Horizontal Qt 6 styles draw the bar vertically.
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
