"""The attendance sheet of one session day: every person with a present checkbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from app import model, ops
from app.storage import queries_sessions
from ui.context import EditContext
from ui.models.base import Edit, TableModel


class AttendanceModel(TableModel):
    """Every person (by name) with whether they are present on the chosen day of a session.

    A tick is an Attendance row with a natural id (session, person, day), written
    with ``ops.put``; unticking keeps the row with ``present`` False.
    """

    TABLES = frozenset({"attendance", "people", "organisations", "teams"})
    COL_PRESENT, COL_NAME, COL_POSITION, COL_ORGANISATION, COL_GROUP = range(5)

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        self.session_id: str | None = None
        self.day: str | None = None
        super().__init__(ctx, parent)

    def headers(self) -> list[str]:
        return [self.tr("Present"), self.tr("Name"), self.tr("Position"),
                self.tr("Organisation"), self.tr("Group")]

    def set_day(self, session_id: str | None, day: str | None) -> None:
        """Show the sheet of ``day`` of ``session_id`` (None: an empty sheet)."""
        self.session_id, self.day = session_id, day
        self.refresh()

    def load(self) -> list[Any]:
        if not (self.session_id and self.day):
            return []
        return queries_sessions.attendance_sheet(self.ctx.wb.db, self.session_id, self.day)

    def display(self, row: Any, column: int) -> Any:
        return (None, row.name, row.position, row.organisation, row.group)[column]

    def check_state(self, row: Any, column: int) -> bool | None:
        return row.present if column == self.COL_PRESENT else None

    def editable(self, column: int) -> bool:
        return column == self.COL_PRESENT

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        if column != self.COL_PRESENT or not (self.session_id and self.day):
            return None
        wb, session_id, day, person_id = self.ctx.wb, self.session_id, self.day, row.id
        tick = model.Attendance(
            id=model.natural_id("attendance", session_id, person_id, day),
            session_id=session_id, person_id=person_id, day=day, present=bool(value))
        label = self.tr("Tick {name}") if value else self.tr("Untick {name}")
        return lambda: ops.put(wb, tick, label.format(name=row.name))[0]

    def present_count(self) -> int:
        """Return how many people on the sheet are ticked present."""
        return sum(1 for row in self._rows if row.present)
