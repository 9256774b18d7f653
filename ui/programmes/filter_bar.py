"""The row of filters above the programme register; it describes a Criteria."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from app import model
from app.programme_filter import Criteria
from app.storage import rows
from ui.context import EditContext
from ui.programmes import labels
from ui.widgets.choices import fill_choices


class FilterBar(QWidget):
    """Dimension, element, phase, lead OPD, year, quick win, status and a search field."""

    criteria_changed = Signal(object)  # Criteria

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code, name, OPD..."))
        self.search.setClearButtonEnabled(True)
        self.search.setProperty("workbookUndo", True)  # Ctrl+Z undoes the workbook here
        self.dimension, self.element, self.phase = self._combo(), self._combo(), self._combo()
        self.lead, self.year, self.quick_win, self.status = (
            self._combo(), self._combo(), self._combo(), self._combo())
        self._fill(self.phase, self.tr("All phases"), [(c, t) for c, t in labels.phases()])
        self._fill(self.quick_win, self.tr("Quick wins and others"),
                   [(True, self.tr("Quick wins only")), (False, self.tr("Not quick wins"))])
        self._fill(self.status, self.tr("New and existing"), labels.statuses())
        # Two rows of four: in one row of eight at 1280x720 every label was cut ("Semua dimens").
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, widget in enumerate((self.search, self.dimension, self.element, self.phase,
                                         self.lead, self.year, self.quick_win, self.status)):
            grid.addWidget(widget, number // 4, number % 4)
            grid.setColumnStretch(number % 4, 1)
        self.search.textChanged.connect(self._emit)
        self.dimension.currentIndexChanged.connect(self._on_dimension)
        self.reload()

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def reload(self) -> None:
        """Refill the choices that come from the workbook (keeping what is chosen)."""
        db, lang = self.ctx.wb.db, self.ctx.lang
        dims = rows.select(db, model.Dimension)
        self._fill(self.dimension, self.tr("All dimensions"),
                   [(d.id, labels.dimension_name(d, lang)) for d in dims])
        orgs = sorted(rows.select(db, model.Organisation),
                      key=lambda o: labels.organisation_name(o).casefold())
        self._fill(self.lead, self.tr("All OPDs"),
                   [(o.id, labels.organisation_name(o)) for o in orgs])
        books = rows.select(db, model.Workbook)
        years = range(books[0].plan_start or 0, (books[0].plan_end or -1) + 1) if books else []
        self._fill(self.year, self.tr("All years"), [(y, str(y)) for y in years])
        self._on_dimension()

    def _on_dimension(self) -> None:
        dimension_id = self.dimension.currentData()
        elements = rows.select(self.ctx.wb.db, model.Element, dimension_id=dimension_id) \
            if dimension_id else []
        self._fill(self.element, self.tr("All elements"),
                   [(e.id, labels.element_name(e, self.ctx.lang)) for e in elements])
        self.element.setEnabled(bool(dimension_id))

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[Any, str]]) -> None:
        combo.setMinimumContentsLength(max(8, len(everything) + 1))  # "All ..." never cut
        if fill_choices(combo, everything, items):
            self._emit()

    def clear(self) -> None:
        """Show every programme again."""
        for combo in (self.dimension, self.element, self.phase, self.lead, self.year,
                      self.quick_win, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._on_dimension()
        self._emit()

    def criteria(self) -> Criteria:
        """Return the criteria the filters describe."""
        return Criteria(self.dimension.currentData(), self.element.currentData(),
                        self.phase.currentData(), self.lead.currentData(),
                        self.year.currentData(), self.quick_win.currentData(),
                        self.status.currentData(), self.search.text())

    def _emit(self, *_args: object) -> None:
        self.criteria_changed.emit(self.criteria())
