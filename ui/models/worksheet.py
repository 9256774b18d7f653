"""Models of a worksheet preview: the people rows read from the file, and its bad cells."""

from __future__ import annotations

from typing import Any

from ui.models import labels
from ui.models.base import TableModel


class PreviewModel(TableModel):
    """The checked rows of a people worksheet (nothing written yet); read-only."""

    COL_ROW, COL_NAME, COL_POSITION, COL_ORGANISATION, COL_ROLES, COL_TEAM, COL_PHONE = range(7)
    FIELDS = ("", "name", "position", "organisation", "roles", "team", "phone")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.preview_rows: list[Any] = []
        super().__init__(*args, **kwargs)

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Name"), self.tr("Position"), self.tr("Organisation"),
                self.tr("Roles"), self.tr("Team"), self.tr("Phone")]

    def set_rows(self, preview_rows: list[Any]) -> None:
        """Show ``preview_rows`` (app.worksheets.people.PersonRow)."""
        self.preview_rows = list(preview_rows)
        self.refresh()

    def load(self) -> list[Any]:
        return self.preview_rows

    def key(self, row: Any) -> str:
        return str(row.row)

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_ROW:
            return row.row
        value = row.values.get(self.FIELDS[column], "")
        return labels.roles(value) if column == self.COL_ROLES else value


class ErrorModel(TableModel):
    """The bad cells of a worksheet: row, column and reason, in the user's language."""

    COL_ROW, COL_COLUMN, COL_REASON = range(3)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.errors: list[Any] = []
        super().__init__(*args, **kwargs)

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Column"), self.tr("Reason")]

    def set_errors(self, errors: list[Any]) -> None:
        """Show ``errors`` (app.worksheets.table.RowError)."""
        self.errors = list(errors)
        self.refresh()

    def load(self) -> list[Any]:
        return self.errors

    def key(self, row: Any) -> str:
        return f"{row.row}:{row.column}:{row.reason}"

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_ROW:
            return row.row
        if column == self.COL_COLUMN:
            return row.column or "-"
        return row.reason.message(self.ctx.lang)
