"""The roll-up table of the Budget page: a line per dimension, source or OPD; a column per year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app import budget, formatting

Index = QModelIndex | QPersistentModelIndex
AMOUNT_ROLE = Qt.ItemDataRole.UserRole  # the cell's amount in whole rupiah (an int)


class RollupModel(QAbstractTableModel):
    """A read-only budget roll-up: name, one amount per year, and the line's total.

    The last row holds the year totals and the grand total. Amounts show in the
    chosen unit (``Rp1.500.000`` in rupiah; ``1.500`` under a "Rp juta" header);
    their tooltip always gives the exact rupiah.
    """

    COL_NAME = 0

    def __init__(self, lang: str = "id", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.unit = "juta"
        self.rollup = budget.Rollup("dimension", (), ())
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rollup(self, rollup: budget.Rollup, unit: str | None = None) -> None:
        """Show ``rollup`` (and switch to ``unit`` if given); the columns follow its years."""
        self.beginResetModel()
        self.rollup = rollup
        self.unit = unit or self.unit
        self.endResetModel()

    def set_unit(self, unit: str) -> None:
        """Show the amounts in ``unit`` (rupiah, juta or miliar)."""
        self.set_rollup(self.rollup, unit)

    @property
    def col_total(self) -> int:
        """Return the column of the line totals."""
        return len(self.rollup.years) + 1

    def is_total_row(self, row: int) -> bool:
        """Return whether ``row`` is the row of year totals."""
        return row == len(self.rollup.lines)

    def amount(self, row: int, column: int) -> int | None:
        """Return the amount (whole rupiah) in a cell, or None in the name column."""
        if column == self.COL_NAME:
            return None
        if self.is_total_row(row):
            totals = self.rollup.year_totals()
            return self.rollup.total if column == self.col_total else totals[column - 1]
        line = self.rollup.lines[row]
        return line.total if column == self.col_total else line.amounts[column - 1]

    def name(self, row: int) -> str:
        """Return the name shown at the start of ``row``."""
        if self.is_total_row(row):
            return self.tr("Total")
        line = self.rollup.lines[row]
        name = line.name(self.lang)
        return f"{line.code}  {name}" if line.code and line.code != name else name

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rollup.lines) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rollup.years) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.COL_NAME:
            return {"dimension": self.tr("Dimension"), "source": self.tr("Funding source"),
                    "lead": self.tr("Lead OPD")}.get(self.rollup.group, "")
        if section == self.col_total:
            return self.tr("Total")
        if 0 < section < self.col_total:
            return str(self.rollup.years[section - 1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        amount = self.amount(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.name(row) if amount is None else budget.format_amount(amount, self.unit)
        if role == AMOUNT_ROLE:
            return amount
        if role == Qt.ItemDataRole.ToolTipRole and amount is not None:
            return formatting.rupiah(amount)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if amount is None else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (self.is_total_row(row)
                                                 or column == self.col_total):
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and amount is None:
            return self._swatch(row)
        return None

    def _swatch(self, row: int) -> Any:
        if self.is_total_row(row) or not self.rollup.lines[row].color:
            return None
        return QColor(self.rollup.lines[row].color)  # a small colour square, as on the chart

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
