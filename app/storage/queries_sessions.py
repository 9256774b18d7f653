"""Read models of the Sessions page: the session list, attendance sheets and counts per group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import model

if TYPE_CHECKING:
    import sqlite_utils

MAX_DAYS = 31  # a session longer than this is shown with its first 31 days


@dataclass(frozen=True)
class SessionRow:
    """A live session with the number of people present on at least one of its days."""

    id: str
    title: str
    stage: str
    start_date: str | None
    end_date: str | None
    venue: str
    present: int


@dataclass(frozen=True)
class AttendanceRow:
    """A live person on the attendance sheet of one session day, ticked or not."""

    id: str  # the person's id
    name: str
    position: str
    organisation: str  # abbreviation if it has one, else the name
    group: str  # the person's team ("" when none)
    present: bool


@dataclass(frozen=True)
class GroupCount:
    """How many people of one group (team) are present on a day, of how many."""

    group: str  # "" for people without a team
    present: int
    total: int


_SESSIONS = """
SELECT s.id, s.title, s.stage, s.start_date, s.end_date, COALESCE(s.venue, ''),
       (SELECT count(DISTINCT a.person_id) FROM attendance a
        JOIN people p ON p.id = a.person_id AND p._deleted = 0
        WHERE a.session_id = s.id AND a.present = 1 AND a._deleted = 0)
FROM sessions s
WHERE s._deleted = 0
ORDER BY s.start_date, s.title, s.id
"""


def sessions(db: sqlite_utils.Database) -> list[SessionRow]:
    """Return every live session in the workbook's order (number 1 first)."""
    return [SessionRow(*row) for row in db.execute(_SESSIONS)]


def session_days(session: model.Session) -> list[str]:
    """Return the ISO dates of the days of ``session``, from start to end (at most MAX_DAYS)."""
    if not session.start_date:
        return []
    start = dt.date.fromisoformat(session.start_date)
    end = dt.date.fromisoformat(session.end_date) if session.end_date else start
    count = min(max((end - start).days + 1, 1), MAX_DAYS)
    return [(start + dt.timedelta(days=n)).isoformat() for n in range(count)]


_SHEET = """
SELECT p.id, p.name, COALESCE(p.position, ''),
       COALESCE(NULLIF(o.abbreviation, ''), o.name, ''), COALESCE(t.name, ''),
       COALESCE(a.present, 0)
FROM people p
LEFT JOIN organisations o ON o.id = p.organisation_id AND o._deleted = 0
LEFT JOIN teams t ON t.id = p.team_id AND t._deleted = 0
LEFT JOIN attendance a ON a.person_id = p.id AND a.session_id = ? AND a.day = ?
     AND a._deleted = 0
WHERE p._deleted = 0
ORDER BY p.name COLLATE NOCASE, p.id
"""


def attendance_sheet(db: sqlite_utils.Database, session_id: str, day: str) -> list[AttendanceRow]:
    """Return every live person, ordered by name, with whether they are present on ``day``."""
    return [
        AttendanceRow(pid, name, position, org, group, bool(present))
        for pid, name, position, org, group, present in db.execute(_SHEET, [session_id, day])
    ]


_COUNTS = """
SELECT COALESCE(t.name, ''),
       sum(CASE WHEN a.present = 1 THEN 1 ELSE 0 END), count(*)
FROM people p
LEFT JOIN teams t ON t.id = p.team_id AND t._deleted = 0
LEFT JOIN attendance a ON a.person_id = p.id AND a.session_id = ? AND a.day = ?
     AND a._deleted = 0
WHERE p._deleted = 0
GROUP BY t.id
ORDER BY t.id IS NULL, t.position, t.name COLLATE NOCASE, t.id
"""


def attendance_counts(db: sqlite_utils.Database, session_id: str, day: str) -> list[GroupCount]:
    """Return, per team (people without one last, as group ""), who is present on ``day``."""
    return [GroupCount(group, int(present or 0), int(total))
            for group, present, total in db.execute(_COUNTS, [session_id, day])]


def running_session(sessions: list[model.Session], today: dt.date | None = None) -> str | None:
    """Return the id of the session a card captured now belongs to: the one whose days
    include ``today`` (the latest to start, if several), else the only session; else None."""
    day = (today or dt.date.today()).isoformat()
    running = [s for s in sessions if day in session_days(s)]
    if running:
        return max(running, key=lambda s: s.start_date or "").id
    return sessions[0].id if len(sessions) == 1 else None
