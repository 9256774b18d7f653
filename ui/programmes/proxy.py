"""Filtering and sorting the programme register: dimension, element, phase, OPD, year, text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.storage.queries_programmes import ProgrammeRow
from ui.programmes.table_model import ProgrammeModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Criteria:
    """What the register shows; None (or empty text) means any."""

    dimension_id: str | None = None
    element_id: str | None = None
    phase: str | None = None
    lead_id: str | None = None
    year: int | None = None  # programmes running in that year
    quick_win: bool | None = None
    status: str | None = None
    text: str = ""

    def accepts(self, row: ProgrammeRow, haystack: str) -> bool:
        """Return whether ``row`` (whose shown text is ``haystack``) passes every criterion."""
        equal = ((self.dimension_id, row.dimension_id), (self.element_id, row.element_id),
                 (self.phase, row.phase), (self.lead_id, row.lead_org_id),
                 (self.status, row.status), (self.quick_win, row.is_quick_win))
        if any(wanted is not None and wanted != actual for wanted, actual in equal):
            return False
        if self.year is not None and not row.start_year <= self.year <= row.end_year:
            return False
        folded = haystack.casefold()
        return all(word in folded for word in self.text.casefold().split())


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
