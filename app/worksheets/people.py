"""The people worksheet: parse and check every row, then add or update people in one action.

A row is matched to an existing person by name and organisation (case-insensitive)
and updates it; otherwise it adds a person. Organisations are matched by name or
abbreviation and teams by name; unknown ones are created. An empty cell leaves
the existing value as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app import i18n, model, ops, validate
from app.errors import RencanaError, ValidationError
from app.progress import Progress, silent
from app.storage import rows
from app.worksheets.ids import imported_id, put_or_update
from app.worksheets.table import RowError, Table, match_headers, text

if TYPE_CHECKING:
    import sqlite_utils

COLUMNS = {
    "name": ("nama", "name"),
    "position": ("jabatan", "position"),
    "organisation": ("instansi", "organisation", "organization"),
    "roles": ("peran", "role", "roles"),
    "team": ("tim", "team"),
    "phone": ("telepon", "phone"),
}
# Words for each role code, Indonesian and English (matched case-insensitively).
ROLE_WORDS = {
    "kepala_daerah": ("kepala daerah", "wali kota", "walikota", "bupati", "head of region"),
    "dewan": ("dewan", "dewan smart city", "council", "smart city council"),
    "tim_pelaksana": ("tim pelaksana", "pelaksana", "implementation team"),
    "narasumber": ("narasumber", "mentor"),
    "participant": ("peserta", "participant"),
    "press": ("pers", "press", "media", "wartawan"),
}
_RULES = {
    "name": model.Person.rules()["name"], "position": model.Person.rules()["position"],
    "phone": model.Person.rules()["phone"],
    "organisation": model.Organisation.rules()["name"], "team": model.Team.rules()["name"],
}


@dataclass(frozen=True)
class PersonRow:
    """One checked row: its sheet row number and the non-empty values (roles as codes)."""

    row: int
    values: dict[str, str]


def role_codes(cell: str) -> str:
    """Return comma-separated role codes for "Dewan; Tim Pelaksana"; raise ValidationError."""
    words = {w: code for code, names in ROLE_WORDS.items() for w in (code, *names)}
    codes: list[str] = []
    for part in cell.replace(";", ",").replace("/", ",").split(","):
        word = " ".join(part.replace("_", " ").split()).casefold()
        if not word:
            continue
        code = words.get(word) or words.get(word.replace(" ", "_"))
        if code is None:
            raise ValidationError("Unknown role {role}; use: {choices}.", role=part.strip(),
                                  choices=", ".join(names[0] for names in ROLE_WORDS.values()))
        if code not in codes:
            codes.append(code)
    return ",".join(codes)


def parse(table: Table) -> tuple[list[PersonRow], list[RowError]]:
    """Return the checked rows of a people worksheet and every error found (row, column, why)."""
    fields, _years, errors = match_headers(table.headers, COLUMNS, {}, required=("name",))
    if errors:
        return [], errors
    ctx = validate.Context(None, None, 10, lambda table, row_id: False)
    checked: list[PersonRow] = []
    for number, cells in table.rows:
        values: dict[str, str] = {}
        for field, index in fields.items():
            try:
                values[field] = _cell(field, cells[index] if index < len(cells) else None, ctx)
            except RencanaError as exc:
                errors.append(RowError(number, table.headers[index], exc))
        checked.append(PersonRow(number, {k: v for k, v in values.items() if v}))
    return checked, errors


def _cell(field: str, cell: Any, ctx: validate.Context) -> str:
    value = text(cell)
    if not value and field != "name":
        return ""
    if field == "roles":
        return role_codes(value)
    result = validate.check_value(field, _RULES[field], value, ctx)
    return str(result)


class _Index:
    """Organisations, teams and people of the workbook by their matching keys."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.orgs: dict[str, str] = {}
        for org in rows.select(db, model.Organisation):
            self.orgs.setdefault(org.abbreviation.casefold(), org.id)
        for org in rows.select(db, model.Organisation):
            self.orgs[org.name.casefold()] = org.id  # a name beats an abbreviation
        self.orgs.pop("", None)
        self.teams = {t.name.casefold(): t.id for t in rows.select(db, model.Team)}
        self.people = {(p.name.casefold(), p.organisation_id): p.id
                       for p in rows.select(db, model.Person)}


def write(wb: Any, checked: list[PersonRow], progress: Progress = silent) -> ops.Change:
    """Add or update every row's person in one action; return the Change."""
    index = _Index(wb.db)
    with ops.Action(wb, "Import people") as act:
        for done, row in enumerate(checked, start=1):
            _write_row(act, index, row.values)
            progress(done, len(checked))
    return act.change


def _write_row(act: ops.Action, index: _Index, values: dict[str, str]) -> None:
    org_id = _organisation(act, index, values.get("organisation", ""))
    team_id = _team(act, index, values.get("team", ""))
    fields: dict[str, Any] = {k: values[k] for k in ("position", "roles", "phone") if k in values}
    if team_id:
        fields["team_id"] = team_id
    key = (values["name"].casefold(), org_id)
    if key in index.people:
        act.update(model.Person, index.people[key], **fields)
        return
    fields.setdefault("roles", "participant")
    person = model.Person(id=imported_id("people", values["name"], org_id or ""),
                          name=values["name"], organisation_id=org_id, **fields)
    index.people[key] = put_or_update(act.wb, act, person, **fields)


def _organisation(act: ops.Action, index: _Index, name: str) -> str | None:
    if not name:
        return None
    key = name.casefold()
    if key not in index.orgs:
        org = model.Organisation(id=imported_id("organisations", key), name=name, kind="other")
        index.orgs[key] = put_or_update(act.wb, act, org)
    return index.orgs[key]


def _team(act: ops.Action, index: _Index, name: str) -> str | None:
    if not name:
        return None
    key = name.casefold()
    if key not in index.teams:
        team = model.Team(id=imported_id("teams", key), name=name, position=len(index.teams))
        index.teams[key] = put_or_update(act.wb, act, team)
    return index.teams[key]


i18n.register({
    "Unknown role {role}; use: {choices}.": "Peran {role} tidak dikenal; gunakan: {choices}.",
    "Import people": "Impor peserta",
})
