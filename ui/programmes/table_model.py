"""The programme register as a table: one row per programme, edited in place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject

from app import model, programmes
from app.storage import queries_programmes as queries
from app.storage import rows
from app.storage.queries_programmes import ProgrammeRow
from ui.context import EditContext
from ui.models.base import Edit, TableModel
from ui.programmes import labels


@dataclass
class Names:
    """The labels the table shows for ids: dimensions, elements, organisations."""

    dimensions: dict[str, str] = field(default_factory=dict)
    elements: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # name, dimension
    organisations: dict[str, str] = field(default_factory=dict)


def load_names(ctx: EditContext) -> Names:
    """Return the current labels of dimensions, elements and organisations."""
    db = ctx.wb.db
    return Names(
        {d.id: labels.dimension_name(d, ctx.lang) for d in rows.select(db, model.Dimension)},
        {e.id: (labels.element_name(e, ctx.lang), e.dimension_id)
         for e in rows.select(db, model.Element)},
        {o.id: labels.organisation_name(o) for o in rows.select(db, model.Organisation)})


class ProgrammeModel(TableModel):
    """Code, name, dimension, element, phase, lead OPD, years, status and budget of each programme.

    The code and the budget total are read-only here (the budget is edited in
    its grid); every other column edits the programme as one undo step.
    """

    TABLES = frozenset({"programmes", "dimensions", "elements", "organisations", "budgets"})
    (COL_CODE, COL_NAME, COL_DIMENSION, COL_ELEMENT, COL_PHASE, COL_LEAD, COL_START, COL_END,
     COL_STATUS, COL_BUDGET) = range(10)
    EDITABLE = frozenset({COL_NAME, COL_DIMENSION, COL_ELEMENT, COL_PHASE, COL_LEAD, COL_START,
                          COL_END, COL_STATUS})

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        self.names = load_names(ctx)
        super().__init__(ctx, parent)
        self.refresh()

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Dimension"), self.tr("Element"),
                self.tr("Phase"), self.tr("Lead OPD"), self.tr("Start"), self.tr("End"),
                self.tr("Status"), self.tr("Budget")]

    def load(self) -> list[Any]:
        return queries.programme_rows(self.ctx.wb.db)

    def refresh(self) -> None:
        names = load_names(self.ctx)
        if names != self.names:
            self.beginResetModel()
            self.names, self._rows = names, self.load()
            self.endResetModel()
            return
        super().refresh()

    def display(self, row: ProgrammeRow, column: int) -> Any:
        n = self.names
        shown = {
            self.COL_CODE: row.code, self.COL_NAME: row.name,
            self.COL_DIMENSION: n.dimensions.get(row.dimension_id, row.dimension_code),
            self.COL_ELEMENT: n.elements.get(row.element_id or "", ("", None))[0],
            self.COL_PHASE: labels.phase(row.phase),
            self.COL_LEAD: n.organisations.get(row.lead_org_id or "", ""),
            self.COL_START: row.start_year, self.COL_END: row.end_year,
            self.COL_STATUS: labels.status(row.status),
            self.COL_BUDGET: labels.rupiah(row.budget_total),
        }
        return shown.get(column)

    def edit_value(self, row: ProgrammeRow, column: int) -> Any:
        values = {self.COL_DIMENSION: row.dimension_id, self.COL_ELEMENT: row.element_id,
                  self.COL_PHASE: row.phase, self.COL_LEAD: row.lead_org_id,
                  self.COL_STATUS: row.status}
        return values[column] if column in values else self.display(row, column)

    def sort_key(self, row: ProgrammeRow, column: int) -> Any:
        """Return what the column sorts by (numbers as numbers, text folded)."""
        if column == self.COL_BUDGET:
            return row.budget_total
        if column in (self.COL_CODE, self.COL_DIMENSION):
            return (row.dimension_position, row.code.casefold())
        if column == self.COL_PHASE:
            return model.PHASES.index(row.phase) if row.phase in model.PHASES else 99
        value = self.display(row, column)
        return value.casefold() if isinstance(value, str) else value

    def tooltip(self, row: ProgrammeRow, column: int) -> str | None:
        return f"{row.code} {row.name}" if column == self.COL_NAME else None

    def editable(self, column: int) -> bool:
        return column in self.EDITABLE

    def edit(self, row: ProgrammeRow, column: int, value: Any) -> Edit | None:
        fields = self._fields(row, column, value)
        if fields is None:
            return None
        wb, programme_id = self.ctx.wb, row.id
        return lambda: programmes.update_programme(wb, programme_id, **fields)

    def _fields(self, row: ProgrammeRow, column: int, value: Any) -> dict[str, Any] | None:
        """Return the programme fields an edit of ``column`` sets."""
        if column == self.COL_DIMENSION:
            element = self.names.elements.get(row.element_id or "", ("", None))
            keep = row.element_id if element[1] == value else None
            return {"dimension_id": value, "element_id": keep}
        simple = {self.COL_NAME: "name", self.COL_ELEMENT: "element_id", self.COL_PHASE: "phase",
                  self.COL_LEAD: "lead_org_id", self.COL_START: "start_year",
                  self.COL_END: "end_year", self.COL_STATUS: "status"}
        if column not in simple:
            return None
        if column in (self.COL_ELEMENT, self.COL_LEAD) and not value:
            value = None
        return {simple[column]: value}

    # -- choices for the cell editors --------------------------------------------------

    def dimension_choices(self) -> list[tuple[str, object]]:
        """Return (label, id) of every dimension."""
        return [(name, key) for key, name in self.names.dimensions.items()]

    def element_choices(self, row: ProgrammeRow) -> list[tuple[str, object]]:
        """Return (label, id) of the elements of the row's dimension (and "none")."""
        found = [(name, key) for key, (name, dim) in self.names.elements.items()
                 if dim == row.dimension_id]
        return [("-", ""), *found]

    def organisation_choices(self) -> list[tuple[str, object]]:
        """Return (label, id) of every organisation (and "none"), by name."""
        orgs = sorted(self.names.organisations.items(), key=lambda kv: kv[1].casefold())
        return [("-", ""), *((name, key) for key, name in orgs)]
