"""Table models with a column per plan year (budgets, KPI targets, goal targets)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app import model
from app.storage import rows
from ui.context import EditContext
from ui.models.base import TableModel


def plan_years(ctx: EditContext) -> list[int]:
    """Return the years of the workbook's plan period."""
    books = rows.select(ctx.wb.db, model.Workbook)
    if not books or not books[0].plan_start or not books[0].plan_end:
        return []
    return list(range(books[0].plan_start, books[0].plan_end + 1))


class YearColumnsModel(TableModel):
    """A table whose columns include one per plan year; changing the plan period resets it.

    Subclasses list ``workbook`` in ``TABLES`` so a new plan period is noticed.
    """

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        self.years = plan_years(ctx)
        super().__init__(ctx, parent)

    def refresh(self) -> None:
        years = plan_years(self.ctx)
        if years != self.years:
            self.beginResetModel()
            self.years = years  # before the headers, which are made from it
            self._headers, self._rows = self.headers(), self.load()
            self.endResetModel()
            return
        super().refresh()
