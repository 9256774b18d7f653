"""Read models of the People and organisations page: people with their organisation and team."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



@dataclass(frozen=True)
class PersonRow:
    """A live person with the names of their (live) organisation and team."""

    id: str
    name: str
    position: str
    organisation_id: str | None
    organisation: str  # the organisation's name ("" when none)
    abbreviation: str  # the organisation's abbreviation ("" when none)
    team_id: str | None
    team: str  # the team's name ("" when none)
    roles: str  # comma-separated codes from app.model.ROLES
    phone: str
    nip: str

    def role_set(self) -> set[str]:
        """Return the roles as a set of codes."""
        return {r for r in self.roles.split(",") if r}


@dataclass(frozen=True)
class OrganisationRow:
    """A live organisation and how many live people belong to it."""

    id: str
    name: str
    abbreviation: str
    kind: str
    people: int


@dataclass(frozen=True)
class TeamRow:
    """A live team (breakout group) and how many live people are in it."""

    id: str
    name: str
    people: int


_PEOPLE = """
SELECT p.id, p.name, COALESCE(p.position, ''), p.organisation_id,
       COALESCE(o.name, ''), COALESCE(o.abbreviation, ''), p.team_id, COALESCE(t.name, ''),
       COALESCE(p.roles, ''), COALESCE(p.phone, ''), COALESCE(p.nip, '')
FROM people p
LEFT JOIN organisations o ON o.id = p.organisation_id AND o._deleted = 0
LEFT JOIN teams t ON t.id = p.team_id AND t._deleted = 0
WHERE p._deleted = 0
ORDER BY p.name COLLATE NOCASE, p.id
"""


def people(db: sqlite_utils.Database) -> list[PersonRow]:
    """Return every live person with organisation and team names, ordered by name."""
    return [PersonRow(*row) for row in db.execute(_PEOPLE)]


_ORGANISATIONS = """
SELECT o.id, o.name, COALESCE(o.abbreviation, ''), o.kind,
       (SELECT count(*) FROM people p WHERE p.organisation_id = o.id AND p._deleted = 0)
FROM organisations o
WHERE o._deleted = 0
ORDER BY o.name COLLATE NOCASE, o.id
"""


def organisations(db: sqlite_utils.Database) -> list[OrganisationRow]:
    """Return every live organisation with its number of people, ordered by name."""
    return [OrganisationRow(*row) for row in db.execute(_ORGANISATIONS)]


_TEAMS = """
SELECT t.id, t.name,
       (SELECT count(*) FROM people p WHERE p.team_id = t.id AND p._deleted = 0)
FROM teams t
WHERE t._deleted = 0
ORDER BY t.position, t.name COLLATE NOCASE, t.id
"""


def teams(db: sqlite_utils.Database) -> list[TeamRow]:
    """Return every live team with its number of people, in the teams' order."""
    return [TeamRow(*row) for row in db.execute(_TEAMS)]

