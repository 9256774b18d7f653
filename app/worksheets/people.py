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


# Roles lists use that Rencana has no code for, and the known role each most resembles.
ROLE_GUESSES = {
    "fasilitator": "narasumber", "facilitator": "narasumber", "moderator": "narasumber",
    "pembicara": "narasumber", "speaker": "narasumber", "pemateri": "narasumber",
    "panitia": "tim_pelaksana", "committee": "tim_pelaksana", "sekretariat": "tim_pelaksana",
    "notulis": "tim_pelaksana", "sekda": "tim_pelaksana", "wartawan media": "press",
}


def _role_word(part: str) -> str:
    return " ".join(part.replace("_", " ").split()).casefold()


def _role_parts(cell: str) -> list[str]:
    return [p for p in cell.replace(";", ",").replace("/", ",").split(",") if _role_word(p)]


def unknown_roles(cells: list[str]) -> list[str]:
    """Return the role words in ``cells`` that Rencana does not know, once each, in order."""
    words = {w for code, names in ROLE_WORDS.items() for w in (code, *names)}
    found: list[str] = []
    for cell in cells:
        for part in _role_parts(cell):
            word = _role_word(part)
            if word not in words and word.replace(" ", "_") not in words and word not in found:
                found.append(word)
    return found


def guess_role(word: str) -> str:
    """Return the known role code an unknown role word most likely means (else participant)."""
    return ROLE_GUESSES.get(_role_word(word), "participant")


def role_codes(cell: str, role_map: dict[str, str] | None = None) -> str:
    """Return comma-separated role codes for "Dewan; Tim Pelaksana"; raise ValidationError.

    ``role_map`` maps role words Rencana does not know (``fasilitator``) to codes.
    """
    words = {w: code for code, names in ROLE_WORDS.items() for w in (code, *names)}
    words.update({_role_word(w): code for w, code in (role_map or {}).items()})
    codes: list[str] = []
    for part in _role_parts(cell):
        word = _role_word(part)
        code = words.get(word) or words.get(word.replace(" ", "_"))
        if code is None:
            raise ValidationError("Unknown role {role}; use: {choices}.", role=part.strip(),
                                  choices=", ".join(names[0] for names in ROLE_WORDS.values()))
        if code not in codes:
            codes.append(code)
    return ",".join(codes)


def role_cells(table: Table) -> list[str]:
    """Return the role column's cells of a people worksheet ([] when it has none)."""
    fields, _years, errors = match_headers(table.headers, COLUMNS, {}, required=("name",))
    index = fields.get("roles")
    if errors or index is None:
        return []
    return [text(cells[index]) for _n, cells in table.rows if index < len(cells)]


def parse(table: Table, role_map: dict[str, str] | None = None
          ) -> tuple[list[PersonRow], list[RowError]]:
    """Return the checked rows of a people worksheet and every error found (row, column, why);
    ``role_map`` says which known role an unknown role word stands for."""
    fields, _years, errors = match_headers(table.headers, COLUMNS, {}, required=("name",))
    if errors:
        return [], errors
    ctx = validate.Context(None, None, 10, lambda table, row_id: False)
    checked: list[PersonRow] = []
    for number, cells in table.rows:
        values: dict[str, str] = {}
        for field, index in fields.items():
            try:
                values[field] = _cell(field, cells[index] if index < len(cells) else None, ctx,
                                      role_map)
            except RencanaError as exc:
                errors.append(RowError(number, table.headers[index], exc))
        checked.append(PersonRow(number, {k: v for k, v in values.items() if v}))
    return checked, errors


def _cell(field: str, cell: Any, ctx: validate.Context,
          role_map: dict[str, str] | None = None) -> str:
    value = text(cell)
    if not value and field != "name":
        return ""
    if field == "roles":
        return role_codes(value, role_map)
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


@dataclass
class Tally:
    """What an import did to people: added, changed, or found as they were."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0


def write(wb: Any, checked: list[PersonRow], progress: Progress = silent,
          tally: Tally | None = None) -> ops.Change:
    """Add or update every row's person in one action; return the Change (``tally`` counts
    the people added, updated and unchanged)."""
    index = _Index(wb.db)
    tally = tally if tally is not None else Tally()
    with ops.Action(wb, "Import people") as act:
        for done, row in enumerate(checked, start=1):
            before = act.written
            outcome = _write_row(act, index, row.values)
            wrote = act.written > before
            if outcome == "new":
                tally.new += 1
            elif wrote:
                tally.updated += 1
            else:
                tally.unchanged += 1
            progress(done, len(checked))
    return act.change


def _write_row(act: ops.Action, index: _Index, values: dict[str, str]) -> str:
    org_id = _organisation(act, index, values.get("organisation", ""))
    team_id = _team(act, index, values.get("team", ""))
    fields: dict[str, Any] = {k: values[k] for k in ("position", "roles", "phone") if k in values}
    if team_id:
        fields["team_id"] = team_id
    key = (values["name"].casefold(), org_id)
    if key in index.people:
        act.update(model.Person, index.people[key], **fields)
        return "matched"
    fields.setdefault("roles", "participant")
    person = model.Person(id=imported_id("people", values["name"], org_id or ""),
                          name=values["name"], organisation_id=org_id, **fields)
    index.people[key] = put_or_update(act.wb, act, person, **fields)
    return "new"


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
