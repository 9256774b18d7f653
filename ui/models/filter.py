"""Filter-as-you-type over any table model: every typed word must appear in a searched column."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.base import SEARCH_ROLE


def fold(text: str) -> str:
    """Return ``text`` folded for matching (case-insensitive)."""
    return text.casefold()


class WordFilter(QSortFilterProxyModel):
    """Show the rows whose ``columns`` hold every word of the filter text, and sort them.

    The text matched is the models' SEARCH_ROLE (TableModel.search_text), or what
    the cells show for other models.

    ``set_exact(column, value)`` additionally keeps only rows whose ``column``
    shows exactly ``value`` (None lifts it), for a group or kind chooser.
    """

    def __init__(self, columns: Sequence[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._words: list[str] = []
        self._exact: dict[int, str] = {}
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_text(self, text: str) -> None:
        """Filter by the words of ``text`` (empty shows every row)."""
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange()

    def set_exact(self, column: int, value: str | None) -> None:
        """Keep only rows whose ``column`` shows ``value``; None shows them all again."""
        self.beginFilterChange()
        if value is None:
            self._exact.pop(column, None)
        else:
            self._exact[column] = value
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()

        def shown(column: int, role: int = Qt.ItemDataRole.DisplayRole) -> str:
            index = model.index(source_row, column, source_parent)
            value = index.data(role)
            if value is None and role != Qt.ItemDataRole.DisplayRole:
                value = index.data()
            return "" if value is None else str(value)

        if any(shown(col) != value for col, value in self._exact.items()):
            return False
        if not self._words:
            return True
        haystack = fold(" ".join(shown(col, SEARCH_ROLE) for col in self._columns))
        return all(word in haystack for word in self._words)
