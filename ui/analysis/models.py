"""Table models of the Analysis page: the readiness grid, evidence items, analysis cards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from app import analysis, model, ops
from app.storage import rows
from ui.context import EditContext
from ui.models.base import Edit, TableModel


def dimension_name(dim: model.Dimension, lang: str) -> str:
    """Return a dimension's name in ``lang`` (Indonesian when no English is given)."""
    return dim.name_en if lang == "en" and dim.name_en else dim.name_id


def component_name(comp: model.Component, lang: str) -> str:
    """Return a readiness component's name in ``lang``."""
    return comp.name_en if lang == "en" and comp.name_en else comp.name_id


class ReadinessRow:
    """One component's ratings across the dimensions (compared by value for refresh)."""

    def __init__(self, component: model.Component, cells: list[model.Readiness]) -> None:
        self.id = component.id
        self.component = component
        self.cells = cells

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReadinessRow) and (self.component, self.cells) == (
            other.component, other.cells)

    __hash__ = None  # type: ignore[assignment]


class ReadinessModel(TableModel):
    """Components down, dimensions across; each cell is a rating on the workbook's scale."""

    TABLES = frozenset({"readiness", "components", "dimensions", "workbook"})

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        self.dimensions = rows.select(ctx.wb.db, model.Dimension)
        super().__init__(ctx, parent)

    def scale(self) -> int:
        """Return the top of the rating scale."""
        found = rows.select(self.ctx.wb.db, model.Workbook)
        return found[0].rating_max if found else 5

    def headers(self) -> list[str]:
        return [d.code for d in self.dimensions]

    def refresh(self) -> None:
        dimensions = rows.select(self.ctx.wb.db, model.Dimension)
        if dimensions != self.dimensions:
            self.beginResetModel()
            self.dimensions = dimensions  # before the headers and rows, made from it
            self._headers, self._rows = self.headers(), self.load()
            self.endResetModel()
            return
        super().refresh()

    def load(self) -> list[Any]:
        wb = self.ctx.wb
        return [ReadinessRow(c, [analysis.readiness(wb, c.id, d.id) for d in self.dimensions])
                for c in rows.select(wb.db, model.Component)]

    def display(self, row: Any, column: int) -> Any:
        rating = row.cells[column].rating
        return f"{rating} / {self.scale()}" if rating else "–"

    def edit_value(self, row: Any, column: int) -> Any:
        return row.cells[column].rating

    def tooltip(self, row: Any, column: int) -> str | None:
        dim = self.dimensions[column]
        return f"{component_name(row.component, self.ctx.lang)} · " \
               f"{dimension_name(dim, self.ctx.lang)}"

    def editable(self, column: int) -> bool:
        return True

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        wb, cell = self.ctx.wb, row.cells[column]
        return lambda: analysis.set_readiness(wb, cell.component_id, cell.dimension_id,
                                              rating=value)

    def vertical_label(self, number: int) -> str:
        """Return the component name of a row."""
        return component_name(self._rows[number].component, self.ctx.lang)

    def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
        from PySide6.QtCore import Qt

        if (orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._rows)):
            return self.vertical_label(section)
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and 0 <= section < len(self.dimensions)):
            return dimension_name(self.dimensions[section], self.ctx.lang)
        return super().headerData(section, orientation, role)


class EvidenceModel(TableModel):
    """The evidence items (data dukung) of one readiness cell."""

    TABLES = frozenset({"evidence"})
    COL_TEXT, COL_SOURCE = range(2)

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        self.cell: tuple[str, str] | None = None
        super().__init__(ctx, parent)

    def set_cell(self, component_id: str | None, dimension_id: str | None) -> None:
        """Show the evidence of another cell (None: nothing)."""
        self.cell = (component_id, dimension_id) if component_id and dimension_id else None
        self.refresh()

    def headers(self) -> list[str]:
        return [self.tr("Evidence"), self.tr("Source")]

    def load(self) -> list[Any]:
        if self.cell is None:
            return []
        component_id, dimension_id = self.cell
        return rows.select(self.ctx.wb.db, model.Evidence, component_id=component_id,
                           dimension_id=dimension_id)

    def display(self, row: Any, column: int) -> Any:
        return row.text if column == self.COL_TEXT else row.source

    def editable(self, column: int) -> bool:
        return True

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        field = "text" if column == self.COL_TEXT else "source"
        return lambda: ops.update(self.ctx.wb, model.Evidence, row.id, **{field: str(value)})


class CardListModel(TableModel):
    """Cards of one kind (a SWOT quadrant, issues or gaps), filtered by dimension and component."""

    TABLES = frozenset({"cards"})
    COL_TEXT, COL_DIMENSION, COL_VOTES = range(3)

    def __init__(self, ctx: EditContext, kind: str, parent: QObject | None = None) -> None:
        self.kind = kind
        self.dimension_id: str | None = None
        self.component_id: str | None = None
        self.codes = {d.id: d.code for d in rows.select(ctx.wb.db, model.Dimension)}
        super().__init__(ctx, parent)

    def set_filter(self, dimension_id: str | None, component_id: str | None = None) -> None:
        """Show the cards of one dimension (None: all) and component (None: all)."""
        self.dimension_id, self.component_id = dimension_id, component_id
        self.refresh()

    def headers(self) -> list[str]:
        return [self.tr("Text"), self.tr("Dimension"), self.tr("Votes")]

    def load(self) -> list[Any]:
        return analysis.cards(self.ctx.wb, self.kind, self.dimension_id, self.component_id)

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_TEXT:
            return row.text
        if column == self.COL_DIMENSION:
            return self.codes.get(row.dimension_id, "")
        return row.votes

    def editable(self, column: int) -> bool:
        return column == self.COL_TEXT

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        return lambda: ops.update(self.ctx.wb, model.Card, row.id, text=str(value))
