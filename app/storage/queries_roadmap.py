"""Read models of the roadmap that the programme queries do not give: milestone marks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



@dataclass(frozen=True)
class MilestoneMark:
    """A milestone as the roadmap draws it: on which programme, in which year, called what."""

    programme_id: str
    year: int
    title: str


def milestone_marks(db: sqlite_utils.Database) -> list[MilestoneMark]:
    """Return every live milestone of a live programme, by programme, year and title."""
    sql = """SELECT m.programme_id, m.year, m.title FROM milestones m
             JOIN programmes p ON p.id = m.programme_id AND p._deleted = 0
             WHERE m._deleted = 0 AND m.year IS NOT NULL
             ORDER BY m.programme_id, m.year, m.title, m.id"""
    return [MilestoneMark(str(pid), int(year), str(title or ""))
            for pid, year, title in db.execute(sql)]
