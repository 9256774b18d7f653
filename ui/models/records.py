"""Table models whose rows are records of one class belonging to one parent (a session)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app import model, ops
from app.storage import rows
from ui.context import EditContext
from ui.models.base import Edit, TableModel


class RecordModel(TableModel):
    """Rows of ``CLS`` whose ``PARENT_FIELD`` is the chosen parent; column n edits ``FIELDS[n]``.

    ``set_parent(id)`` chooses the parent (None shows nothing). Subclasses set
    ``CLS``, ``FIELDS``, ``TABLES``, the ``COL_*`` constants and ``headers()``,
    and override ``display`` for columns that need a label or a date.
    """

    CLS: type[model.Record] = model.Record
    FIELDS: tuple[str, ...] = ()
    PARENT_FIELD = "session_id"

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        self.parent_id: str | None = None
        super().__init__(ctx, parent)

    def set_parent(self, parent_id: str | None) -> None:
        """Show the rows of ``parent_id`` (None: no rows)."""
        self.parent_id = parent_id
        self.refresh()

    def load(self) -> list[Any]:
        if not self.parent_id:
            return []
        return rows.select(self.ctx.wb.db, self.CLS, **{self.PARENT_FIELD: self.parent_id})

    def display(self, row: Any, column: int) -> Any:
        value = getattr(row, self.FIELDS[column])
        return "" if value is None else value

    def tooltip(self, row: Any, column: int) -> str | None:
        """Return a long text in full (the cell shows only its start)."""
        value = getattr(row, self.FIELDS[column])
        return value if isinstance(value, str) and len(value) > 50 else None

    def edit_value(self, row: Any, column: int) -> Any:
        value = getattr(row, self.FIELDS[column])
        return "" if value is None else value

    def editable(self, column: int) -> bool:
        return True

    def edit_label(self) -> str:
        """Return the undo label of an edit (translated)."""
        return QCoreApplication.translate("RecordModel", "Edit")

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        wb, cls, row_id = self.ctx.wb, self.CLS, row.id
        fields = {self.FIELDS[column]: value}
        label = self.edit_label()
        return lambda: ops.update(wb, cls, row_id, label, **fields)
