"""Table models of the People and organisations page: people, organisations, teams."""

from __future__ import annotations

from typing import Any

from app import model, ops
from app.storage import queries_people
from ui.models import labels
from ui.models.base import Edit, TableModel


def _update(wb: Any, cls: type[model.Record], row_id: str, label: str, field: str,
            value: Any) -> Edit:
    """Return the edit that sets one field of one record."""
    return lambda: ops.update(wb, cls, row_id, label, **{field: value})


class PeopleModel(TableModel):
    """Every person: name, position, organisation, roles, team, phone and NIP; all editable."""

    TABLES = frozenset({"people", "organisations", "teams"})
    COL_NAME, COL_POSITION, COL_ORGANISATION, COL_ROLES, COL_TEAM, COL_PHONE, COL_NIP = range(7)
    FIELDS = ("name", "position", "organisation_id", "roles", "team_id", "phone", "nip")

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Position"), self.tr("Organisation"), self.tr("Roles"),
                self.tr("Team"), self.tr("Phone"), self.tr("NIP")]

    def load(self) -> list[Any]:
        return queries_people.people(self.ctx.wb.db)

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_ORGANISATION:
            return row.abbreviation or row.organisation  # the name people use in the room
        if column == self.COL_ROLES:
            return labels.roles(row.roles)
        if column == self.COL_TEAM:
            return row.team
        return getattr(row, self.FIELDS[column])

    def edit_value(self, row: Any, column: int) -> Any:
        return getattr(row, self.FIELDS[column]) or ""

    def search_text(self, row: Any, column: int) -> str:
        if column == self.COL_ORGANISATION:
            return f"{row.organisation} {row.abbreviation}"
        return str(self.display(row, column))

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == self.COL_ORGANISATION and row.abbreviation:
            return str(row.organisation)
        return None

    def editable(self, column: int) -> bool:
        return True

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        field = self.FIELDS[column]
        if field.endswith("_id"):
            value = value or None  # "" picks "none"
        return _update(self.ctx.wb, model.Person, row.id, self.tr("Edit person"), field, value)


class OrganisationModel(TableModel):
    """Every organisation: name, abbreviation, kind (OPD, BUMD, ...) and how many people."""

    TABLES = frozenset({"organisations", "people"})
    COL_NAME, COL_ABBREVIATION, COL_KIND, COL_PEOPLE = range(4)
    FIELDS = ("name", "abbreviation", "kind")

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Abbreviation"), self.tr("Kind"), self.tr("People")]

    def load(self) -> list[Any]:
        return queries_people.organisations(self.ctx.wb.db)

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_KIND:
            return labels.organisation_kind(row.kind)
        if column == self.COL_PEOPLE:
            return row.people
        return getattr(row, self.FIELDS[column])

    def edit_value(self, row: Any, column: int) -> Any:
        if column == self.COL_PEOPLE:
            return row.people
        return getattr(row, self.FIELDS[column])

    def editable(self, column: int) -> bool:
        return column != self.COL_PEOPLE

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        return _update(self.ctx.wb, model.Organisation, row.id, self.tr("Edit organisation"),
                       self.FIELDS[column], value)


class TeamModel(TableModel):
    """Every team (breakout group) and how many people are in it."""

    TABLES = frozenset({"teams", "people"})
    COL_NAME, COL_PEOPLE = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Team"), self.tr("People")]

    def load(self) -> list[Any]:
        return queries_people.teams(self.ctx.wb.db)

    def display(self, row: Any, column: int) -> Any:
        return row.name if column == self.COL_NAME else row.people

    def editable(self, column: int) -> bool:
        return column == self.COL_NAME

    def edit(self, row: Any, column: int, value: Any) -> Edit | None:
        return _update(self.ctx.wb, model.Team, row.id, self.tr("Edit team"), "name", value)
