"""The register's table view: sorting, cell editors for choice columns, the current row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.models.base import Index
from ui.models.delegates import ChoiceDelegate
from ui.programmes import labels
from ui.programmes.proxy import ProgrammeFilter
from ui.programmes.table_model import ProgrammeModel

WIDTHS = {  # starting widths (the user can drag them); the name takes the rest
    ProgrammeModel.COL_CODE: 62, ProgrammeModel.COL_DIMENSION: 128,
    ProgrammeModel.COL_ELEMENT: 135, ProgrammeModel.COL_PHASE: 112, ProgrammeModel.COL_LEAD: 100,
    ProgrammeModel.COL_START: 50, ProgrammeModel.COL_END: 50, ProgrammeModel.COL_STATUS: 75,
    ProgrammeModel.COL_BUDGET: 130,
}
RowChoices = Callable[[Index], Sequence[tuple[str, object]]]


class RowChoiceDelegate(ChoiceDelegate):
    """A ChoiceDelegate whose choices depend on the row (the elements of its dimension)."""

    def __init__(self, choices: RowChoices, parent: QObject | None = None) -> None:
        super().__init__(lambda: [], parent)
        self._row_choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._row_choices(index):
            combo.addItem(label, value)
        combo.activated.connect(lambda _n, c=combo: self.commitData.emit(c))
        return combo


class ProgrammeTable(QTableView):
    """Shows the filtered register; ``current_changed(programme_id)`` when the row changes."""

    current_changed = Signal(object)  # str | None

    def __init__(self, proxy: ProgrammeFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(ProgrammeModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self._delegates()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in WIDTHS.items():  # never narrower than the header's own text
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(ProgrammeModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        proxy.modelReset.connect(self._on_reset)
        proxy.layoutChanged.connect(self._on_reset)
        self._current: str | None = None

    def _delegates(self) -> None:
        source = self.proxy.programmes()
        static = {
            ProgrammeModel.COL_DIMENSION: source.dimension_choices,
            ProgrammeModel.COL_LEAD: source.organisation_choices,
            ProgrammeModel.COL_PHASE: _flipped(labels.phases),
            ProgrammeModel.COL_STATUS: _flipped(labels.statuses),
        }
        for column, choices in static.items():
            self.setItemDelegateForColumn(column, ChoiceDelegate(choices, self))

        def elements(index: Index) -> Sequence[tuple[str, object]]:
            row = source.row(self.proxy.mapToSource(index).row())
            return source.element_choices(row)

        self.setItemDelegateForColumn(ProgrammeModel.COL_ELEMENT,
                                      RowChoiceDelegate(elements, self))

    def current_id(self) -> str | None:
        """Return the id of the current programme, or None."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.programmes()
        return str(source.row(self.proxy.mapToSource(index).row()).id)

    def select_programme(self, programme_id: str | None) -> None:
        """Make ``programme_id`` the current row (if it is shown)."""
        source = self.proxy.programmes()
        number = source.row_of(programme_id) if programme_id else -1
        index = self.proxy.mapFromSource(source.index(number, 0)) if number >= 0 else None
        if index is not None and index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
        else:
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
        self._on_current()

    def _on_current(self, *_args: object) -> None:
        programme_id = self.current_id()
        if programme_id != self._current:
            self._current = programme_id
            self.current_changed.emit(programme_id)

    def _on_reset(self) -> None:
        """Keep the same programme current across a reset (an added or deleted row)."""
        if self._current is not None and self.current_id() != self._current:
            self.select_programme(self._current)


def _flipped(choices: Callable[[], list[tuple[str, str]]],
             ) -> Callable[[], list[tuple[str, object]]]:
    """Return ``choices`` (code, label) as a delegate wants them: (label, code)."""
    return lambda: [(label, code) for code, label in choices()]
