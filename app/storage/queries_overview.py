"""What the Overview page shows: counts, attendance per session, cards per dimension, plan gaps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import model
from app.storage import rows

if TYPE_CHECKING:
    import sqlite_utils

# Each warning kind names what a dimension or session lacks; the window words it.
NO_GOAL, NO_CARD, NO_PROGRAMME, NO_ATTENDANCE = (
    "no_goal", "no_card", "no_programme", "no_attendance")
# Programmes whose money or KPI targets lie outside their years; quick wins over 12 months.
MONEY_OUTSIDE, TARGETS_OUTSIDE, LONG_QUICK_WIN = (
    "money_outside", "targets_outside", "long_quick_win")


@dataclass(frozen=True)
class Counts:
    """How much the workbook holds (live rows only); ``total_budget`` in whole rupiah."""

    people: int
    organisations: int
    sessions: int
    cards: int
    programmes: int
    quick_wins: int
    total_budget: int


@dataclass(frozen=True)
class SessionAttendance:
    """One session with the distinct people present on any day and the ticks per day."""

    session_id: str
    title: str
    start_date: str | None
    end_date: str | None
    people_present: int
    per_day: tuple[tuple[str, int], ...]  # (ISO day, people present that day)


@dataclass(frozen=True)
class DimensionCards:
    """The number of live cards in one dimension (``dimension_id`` None: cards with none)."""

    dimension_id: str | None
    name_id: str
    name_en: str
    color: str
    cards: int


@dataclass(frozen=True)
class PlanGap:
    """Something the plan lacks: ``kind`` is one of the NO_* constants, ``subject`` its owner."""

    kind: str
    subject_id: str
    name_id: str
    name_en: str
    detail: str = ""  # the years concerned, for the programme warnings ("2027, 2028")


def workbook(db: sqlite_utils.Database) -> model.Workbook | None:
    """Return the workbook's own row (region, plan period, ...), or None in an empty file."""
    found = rows.select(db, model.Workbook)
    return found[0] if found else None


def _scalar(db: sqlite_utils.Database, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0] or 0)


def counts(db: sqlite_utils.Database) -> Counts:
    """Return the counts of people, organisations, sessions, cards, programmes and the budget."""
    return Counts(
        people=rows.count(db, model.Person),
        organisations=rows.count(db, model.Organisation),
        sessions=rows.count(db, model.Session),
        cards=rows.count(db, model.Card, status="accepted"),
        programmes=rows.count(db, model.Programme),
        quick_wins=rows.count(db, model.Programme, phase="quick_win"),
        total_budget=_scalar(db, """
            SELECT sum(b.amount) FROM budgets b JOIN programmes p ON p.id = b.programme_id
            WHERE b._deleted = 0 AND p._deleted = 0"""),
    )


def attendance_per_session(db: sqlite_utils.Database) -> list[SessionAttendance]:
    """Return every live session, in date order, with the people present (live people only)."""
    per_day: dict[str, list[tuple[str, int]]] = {}
    for session_id, day, present in db.execute("""
            SELECT a.session_id, a.day, count(*) FROM attendance a
            JOIN people p ON p.id = a.person_id
            WHERE a._deleted = 0 AND p._deleted = 0 AND a.present = 1
            GROUP BY a.session_id, a.day ORDER BY a.day"""):
        per_day.setdefault(session_id, []).append((day, int(present)))
    distinct = dict(db.execute("""
            SELECT a.session_id, count(DISTINCT a.person_id) FROM attendance a
            JOIN people p ON p.id = a.person_id
            WHERE a._deleted = 0 AND p._deleted = 0 AND a.present = 1
            GROUP BY a.session_id""").fetchall())
    return [
        SessionAttendance(s.id, s.title, s.start_date, s.end_date,
                          int(distinct.get(s.id, 0)), tuple(per_day.get(s.id, ())))
        for s in rows.select(db, model.Session)
    ]


def cards_per_dimension(db: sqlite_utils.Database) -> list[DimensionCards]:
    """Return the live card count of every dimension in framework order, then cards with none."""
    tally = dict(db.execute("""
        SELECT d.id, count(*) FROM cards c
        LEFT JOIN dimensions d ON d.id = c.dimension_id AND d._deleted = 0
        WHERE c._deleted = 0 AND c.status = 'accepted' GROUP BY d.id""").fetchall())
    result = [DimensionCards(d.id, d.name_id, d.name_en, d.color, int(tally.get(d.id, 0)))
              for d in rows.select(db, model.Dimension)]
    if tally.get(None):
        result.append(DimensionCards(None, "", "", "", int(tally[None])))
    return result


def _dimensions_without(db: sqlite_utils.Database, table: str) -> set[str]:
    accepted = " AND t.status = 'accepted'" if table == "cards" else ""  # not phones' pending
    sql = f"""SELECT d.id FROM dimensions d WHERE d._deleted = 0 AND NOT EXISTS (
              SELECT 1 FROM [{table}] t WHERE t.dimension_id = d.id AND t._deleted = 0{accepted})"""
    return {row[0] for row in db.execute(sql)}


def plan_gaps(db: sqlite_utils.Database) -> list[PlanGap]:
    """Return the plan's health warnings: dimensions lacking a goal, a card or a programme,
    and sessions where nobody is marked present; dimensions first, in framework order."""
    lacking = {kind: _dimensions_without(db, table) for kind, table in (
        (NO_GOAL, "goals"), (NO_CARD, "cards"), (NO_PROGRAMME, "programmes"))}
    gaps = [PlanGap(kind, d.id, d.name_id, d.name_en or d.name_id)
            for d in rows.select(db, model.Dimension)
            for kind in (NO_GOAL, NO_CARD, NO_PROGRAMME) if d.id in lacking[kind]]
    gaps += [PlanGap(NO_ATTENDANCE, s.session_id, s.title, s.title)
             for s in attendance_per_session(db) if s.people_present == 0]
    return gaps + programme_year_gaps(db)


def programme_year_gaps(db: sqlite_utils.Database) -> list[PlanGap]:
    """Return a warning per programme with money or KPI targets outside its years, and per
    quick win running longer than 12 months; in register order."""
    from app.storage.queries_programmes import year_problems  # only the overview needs it

    gaps = []
    for p in year_problems(db):
        name = f"{p.code} {p.name}".strip()
        for kind, years in ((MONEY_OUTSIDE, p.budget_years), (TARGETS_OUTSIDE, p.target_years)):
            if years:
                gaps.append(PlanGap(kind, p.programme_id, name, name,
                                    ", ".join(map(str, years))))
        if p.long_quick_win:
            gaps.append(PlanGap(LONG_QUICK_WIN, p.programme_id, name, name,
                                f"{p.start_year}-{p.end_year}"))
    return gaps


# What a new workbook needs next, in the order of a Bimtek series; each names its page.
NEXT_STEPS = (
    ("people", "people"),  # import the participants
    ("session", "sessions"),  # add the first session
    ("attendance", "sessions"),  # take the attendance
    ("cards", "board"),  # capture the first idea cards
    ("readiness", "analysis"),  # rate the readiness
    ("vision", "vision"),  # write the vision and missions
    ("programmes", "programmes"),  # add the first programmes
)


def next_steps(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """Return the steps a workbook still lacks as (step, page), in the order of the work:
    nothing yet in people, sessions, attendance, cards, readiness, vision, programmes."""
    book = workbook(db)
    done = {
        "people": rows.count(db, model.Person) > 0,
        "session": rows.count(db, model.Session) > 0,
        "attendance": rows.count(db, model.Attendance) > 0,
        "cards": rows.count(db, model.Card) > 0,
        "readiness": rows.count(db, model.Readiness) > 0,
        "vision": bool(book and book.vision.strip()) or rows.count(db, model.Mission) > 0,
        "programmes": rows.count(db, model.Programme) > 0,
    }
    return [(step, page) for step, page in NEXT_STEPS if not done[step]]
