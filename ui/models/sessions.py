"""Table models of the Sessions page: session list, agenda, minutes, agreed items, signatories."""

from __future__ import annotations

from typing import Any

from app import formatting, model
from app.storage import queries_sessions
from ui.models import labels
from ui.models.base import TableModel
from ui.models.records import RecordModel


class SessionListModel(TableModel):
    """Every session of the workbook, in its order (number 1 first); read-only."""

    TABLES = frozenset({"sessions", "attendance", "people"})
    COL_TITLE, COL_STAGE, COL_DATES, COL_PRESENT = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Stage"), self.tr("Dates"), self.tr("Present")]

    def load(self) -> list[Any]:
        return queries_sessions.sessions(self.ctx.wb.db)

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_STAGE:
            return labels.stage(row.stage)
        if column == self.COL_DATES:
            return formatting.date_range(row.start_date, row.end_date, self.ctx.lang)
        return row.present

    def tooltip(self, row: Any, column: int) -> str | None:
        return row.venue or None


class AgendaModel(RecordModel):
    """The agenda of one session: per day, in order, with time, title and speaker."""

    CLS = model.AgendaItem
    TABLES = frozenset({"agenda_items"})
    FIELDS = ("day", "time", "title", "speaker")
    COL_DAY, COL_TIME, COL_TITLE, COL_SPEAKER = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Time"), self.tr("Title"), self.tr("Speaker")]

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_DAY:
            return formatting.long_date(row.day, self.ctx.lang, weekday=True) if row.day else ""
        return super().display(row, column)

    def edit_label(self) -> str:
        return self.tr("Edit agenda")


class MinutesModel(RecordModel):
    """The minutes of one session: points, decisions and follow-ups with owner and due date."""

    CLS = model.MinutesItem
    TABLES = frozenset({"minutes_items"})
    FIELDS = ("kind", "text", "owner", "due_date")
    COL_KIND, COL_TEXT, COL_OWNER, COL_DUE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Text"), self.tr("Owner"), self.tr("Due date")]

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_KIND:
            return labels.minutes_kind(row.kind)
        if column == self.COL_DUE:
            return formatting.long_date(row.due_date, self.ctx.lang) if row.due_date else ""
        return super().display(row, column)

    def edit_label(self) -> str:
        return self.tr("Edit minutes")


class AgreedModel(RecordModel):
    """What one session agreed, for its berita acara."""

    CLS = model.AgreedItem
    TABLES = frozenset({"agreed_items"})
    FIELDS = ("text",)
    COL_TEXT = 0

    def headers(self) -> list[str]:
        return [self.tr("Agreed item")]

    def edit_label(self) -> str:
        return self.tr("Edit agreed item")


class SignatoryModel(RecordModel):
    """Who signs the commitment sheet of one session: name, office title and NIP."""

    CLS = model.Signatory
    TABLES = frozenset({"signatories"})
    FIELDS = ("name", "title", "nip")
    COL_NAME, COL_TITLE, COL_NIP = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Office title"), self.tr("NIP")]

    def edit_label(self) -> str:
        return self.tr("Edit signatory")

    def tooltip(self, row: Any, column: int) -> str | None:
        return self.tr("Picked from the people list") if row.person_id else None

