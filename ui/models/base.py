"""The template every table model follows: rows of dataclasses, ``COL_*`` columns, edits via ctx.

A model subclasses ``TableModel`` and fills in a few small methods:

``COL_*`` constants
    the column numbers, in order.
``TABLES``
    the workbook tables the rows come from; the model refreshes itself when
    ``ctx.changed`` names one of them (after an edit, an undo or a redo).
``headers()``
    the header labels, each through ``self.tr`` (so they translate).
``load()``
    the rows (dataclasses with an ``id``), read through app.storage queries.
``display(row, column)`` / ``edit_value(row, column)`` / ``check_state(row, column)``
    what a cell shows, what an editor starts from, and a checkbox (or None).
``editable(column)`` and ``edit(row, column, value)``
    whether a column can be edited, and the app.ops call (a callable returning
    a Change) that makes the edit; ``setData`` runs it through ``ctx.perform``
    and returns False when the workbook refuses it, so the cell keeps its old value.

``refresh`` resets the model when rows come or go, and otherwise emits
``dataChanged`` for the rows whose values changed, so that an edit, undo or
redo keeps the view's current row and selection (a facilitator ticking
attendance down a list of 300 people must not lose their place).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app import ops
from ui.context import EditContext

Index = QModelIndex | QPersistentModelIndex
Edit = Callable[[], ops.Change]
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the text a filter matches (see search_text)


class TableModel(QAbstractTableModel):
    """A table of rows read from the workbook; edits go through ``ctx.perform``."""

    TABLES: frozenset[str] = frozenset()

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[Any] = []
        self._headers: list[str] = self.headers()
        ctx.changed.connect(self.on_workbook_changed)

    # -- what a subclass provides ---------------------------------------------------

    def headers(self) -> list[str]:
        """Return the translated header labels, one per column."""
        raise NotImplementedError

    def load(self) -> list[Any]:
        """Return the rows to show, read from the workbook."""
        raise NotImplementedError

    def display(self, row: Any, column: int) -> Any:
        """Return what the cell shows (a string or a number), or None."""
        raise NotImplementedError

    def edit_value(self, row: Any, column: int) -> Any:
        """Return the value an editor starts from (by default what the cell shows)."""
        return self.display(row, column)

    def check_state(self, row: Any, column: int) -> bool | None:
        """Return whether the cell's checkbox is ticked, or None when it has none."""
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        """Return the cell's tooltip, or None."""
        return None

    def search_text(self, row: Any, column: int) -> str:
        """Return the text a filter matches in the cell (by default what it shows)."""
        value = self.display(row, column)
        return "" if value is None else str(value)

    def editable(self, column: int) -> bool:
        """Return whether cells of ``column`` can be edited."""
        return False

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        """Return the app.ops call that stores ``value`` in the cell, or None to refuse."""
        return None

    def merge_key(self, row: Any, column: int) -> str:
        """Return the undo merge key of an edit of the cell ("" = its own undo step)."""
        return ""

    # -- rows ---------------------------------------------------------------------------

    def key(self, row: Any) -> str:
        """Return the stable identity of a row (its id)."""
        return str(row.id)

    def rows(self) -> list[Any]:
        """Return the rows as shown."""
        return list(self._rows)

    def row(self, number: int) -> Any:
        """Return the row at ``number``."""
        return self._rows[number]

    def row_of(self, key: str) -> int:
        """Return the number of the row with ``key``, or -1."""
        for number, row in enumerate(self._rows):
            if self.key(row) == key:
                return number
        return -1

    def refresh(self) -> None:
        """Read the rows again; reset when rows came or went, else signal the changed ones."""
        new = self.load()
        if [self.key(r) for r in new] != [self.key(r) for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        changed = [n for n, (old, now) in enumerate(zip(self._rows, new, strict=True))
                   if old != now]
        self._rows = new
        if changed:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))

    def on_workbook_changed(self, tables: set[str]) -> None:
        """Refresh when a table this model shows was written."""
        if tables & self.TABLES:
            self.refresh()

    # -- QAbstractTableModel --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        if role == Qt.ItemDataRole.CheckStateRole:
            state = self.check_state(row, column)
            if state is None:
                return None
            return Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == SEARCH_ROLE:
            return self.search_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and type(self.display(row, column)) is int:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # a count
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if self.ctx.read_only or not self.editable(column):
            return flags
        if self.check_state(self._rows[index.row()], column) is not None:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store an edit through ``ctx.perform``; return False when it was refused."""
        if not index.isValid() or self.ctx.read_only or not self.editable(index.column()):
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            value = _is_checked(value)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        operation = self.edit(row, index.column(), value)
        if operation is None:
            return False
        return self.ctx.perform(operation, self.merge_key(row, index.column())) is not None


def _is_checked(value: Any) -> bool:
    """Return whether a CheckStateRole value (enum, int or bool) means ticked."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    if isinstance(value, bool):
        return value
    return int(value) == Qt.CheckState.Checked.value
