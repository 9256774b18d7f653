"""The Overview's table of attendance per session (read-only)."""

from __future__ import annotations

from typing import Any

from app import formatting
from app.storage import queries_overview
from app.storage.queries_overview import SessionAttendance
from ui.models.base import TableModel


class AttendanceSummaryModel(TableModel):
    """One row per session: its dates, the people present, and the count per day."""

    COL_SESSION, COL_DATES, COL_PRESENT, COL_PER_DAY = range(4)
    TABLES = frozenset({"sessions", "attendance", "people"})

    def headers(self) -> list[str]:
        return [self.tr("Session"), self.tr("Dates"), self.tr("People present"),
                self.tr("Present per day")]

    def load(self) -> list[SessionAttendance]:
        return queries_overview.attendance_per_session(self.ctx.wb.db)

    def key(self, row: Any) -> str:
        return str(row.session_id)

    def display(self, row: SessionAttendance, column: int) -> Any:
        if column == self.COL_SESSION:
            return row.title
        if column == self.COL_DATES:
            return formatting.date_range(row.start_date, row.end_date, self.ctx.lang)
        if column == self.COL_PRESENT:
            return formatting.number(row.people_present)
        if column == self.COL_PER_DAY:
            return " / ".join(formatting.number(n) for _day, n in row.per_day) or "-"
        return None

    def tooltip(self, row: SessionAttendance, column: int) -> str | None:
        if column == self.COL_SESSION:
            return row.title
        if column != self.COL_PER_DAY or not row.per_day:
            return None
        return "\n".join(f"{formatting.long_date(day, self.ctx.lang)}: {n}"
                         for day, n in row.per_day)
