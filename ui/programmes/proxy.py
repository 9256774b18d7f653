"""Filtering and sorting the programme register: dimension, element, phase, OPD, year, text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.programme_filter import Criteria
from ui.programmes.table_model import ProgrammeModel

Index = QModelIndex | QPersistentModelIndex


class ProgrammeFilter(QSortFilterProxyModel):
    """Shows the programmes that meet the criteria, sorted by the chosen column's real values."""

    SEARCHED = (ProgrammeModel.COL_CODE, ProgrammeModel.COL_NAME, ProgrammeModel.COL_DIMENSION,
                ProgrammeModel.COL_ELEMENT, ProgrammeModel.COL_LEAD)

    def __init__(self, source: ProgrammeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = Criteria()
        self.setSourceModel(source)

    def programmes(self) -> ProgrammeModel:
        """Return the register model underneath."""
        source = self.sourceModel()
        assert isinstance(source, ProgrammeModel)
        return source

    def set_criteria(self, criteria: Criteria) -> None:
        """Show only the programmes meeting ``criteria``."""
        if criteria != self.criteria:
            self.beginFilterChange()
            self.criteria = criteria
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.programmes()
        if source_parent.isValid() or source_row >= model.rowCount():
            return False
        row = model.row(source_row)
        shown = " ".join(str(model.display(row, column) or "") for column in self.SEARCHED)
        return self.criteria.accepts(row, shown)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.programmes()
        a = model.sort_key(model.row(left.row()), left.column())
        b = model.sort_key(model.row(right.row()), right.column())
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
