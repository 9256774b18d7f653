"""A programme's indicative budget: plan years across, funding sources down, whole rupiah."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app import model, programmes
from app.storage import queries_programmes as queries
from app.storage import rows
from ui.context import EditContext
from ui.models.base import Edit, Index
from ui.models.years import YearColumnsModel
from ui.programmes import labels
from ui.programmes.part_model import ProgrammePartModel

TOTAL = ""  # the id of the totals row
_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+")


@dataclass(frozen=True)
class BudgetLine:
    """One funding source's amounts per plan year (or the totals when ``id`` is empty)."""

    id: str
    name: str
    amounts: tuple[int, ...]

    @property
    def total(self) -> int:
        """Return the sum over the years."""
        return sum(self.amounts)


class BudgetModel(ProgrammePartModel, YearColumnsModel):
    """Rows: funding sources and a total; columns: the source, each plan year, the total."""

    TABLES = frozenset({"budgets", "funding_sources", "workbook"})
    COL_SOURCE = 0

    def headers(self) -> list[str]:
        return [self.tr("Funding source"), *map(str, self.years), self.tr("Total")]

    @property
    def col_total(self) -> int:
        """Return the number of the totals column."""
        return len(self.years) + 1

    def load(self) -> list[Any]:
        if not self.programme_id:
            return []
        cells = queries.budgets_of(self.ctx.wb.db, self.programme_id)
        lines = [BudgetLine(s.id, labels.source_name(s, self.ctx.lang),
                            tuple(cells.get((year, s.id), 0) for year in self.years))
                 for s in rows.select(self.ctx.wb.db, model.FundingSource)]
        sums = tuple(sum(line.amounts[i] for line in lines) for i in range(len(self.years)))
        return [*lines, BudgetLine(TOTAL, self.tr("Total"), sums)]

    def display(self, row: BudgetLine, column: int) -> Any:
        if column == self.COL_SOURCE:
            return row.name
        if column == self.col_total:
            return labels.rupiah(row.total)
        amount = row.amounts[column - 1]
        return labels.rupiah(amount) if amount or row.id == TOTAL else ""

    def edit_value(self, row: BudgetLine, column: int) -> Any:
        if 1 <= column < self.col_total:
            amount = row.amounts[column - 1]
            return str(amount) if amount else ""
        return self.display(row, column)

    def editable(self, column: int) -> bool:
        return 1 <= column < self.col_total

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._rows[index.row()].id == TOTAL:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole
                and index.column() != self.COL_SOURCE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if index.isValid() and role == Qt.ItemDataRole.FontRole and (
                index.column() == self.col_total or self._rows[index.row()].id == TOTAL):
            bold = QFont()
            bold.setBold(True)
            return bold
        return super().data(index, role)

    def edit(self, row: BudgetLine, column: int, value: Any) -> Edit | None:
        if row.id == TOTAL or not self.programme_id:
            return None
        amount = self.parse(value)
        if amount is None:
            return None
        wb, programme_id, year = self.ctx.wb, self.programme_id, self.years[column - 1]
        return lambda: programmes.set_budget(wb, programme_id, year, row.id, amount)

    def parse(self, value: Any) -> int | None:
        """Return typed text as whole rupiah, or None after telling the user why not."""
        text = str(value if value is not None else "").strip().replace(" ", "")
        text = text[2:] if text[:2].casefold() == "rp" else text
        if _GROUPED.fullmatch(text):
            text = text.replace(".", "")  # 1.500.000 as shown is accepted back
        if not text:
            return 0
        if text.startswith("-"):
            self.ctx.failed.emit(self.tr("A budget cannot be negative."))
            return None
        if not (text.isascii() and text.isdigit()):
            self.ctx.failed.emit(self.tr(
                "Type the amount in whole rupiah, digits only (for example 1500000)."))
            return None
        return int(text)


class BudgetGrid(QTableView):
    """The budget grid: type plain digits into a cell; totals follow."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget = BudgetModel(ctx, self)
        self.setModel(self.budget)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
