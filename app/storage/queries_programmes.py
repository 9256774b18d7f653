"""Read models of programmes: register rows, budgets, dependencies, codes and quick-win progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import model
from app.storage import rows

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class ProgrammeRow:
    """A programme as the register and the roadmap show it, joined with its labels and money."""

    id: str
    code: str
    name: str
    dimension_id: str
    dimension_code: str
    dimension_position: int
    element_id: str | None
    element_name_id: str
    element_name_en: str
    lead_org_id: str | None
    lead_abbreviation: str
    kind: str
    phase: str
    status: str
    start_year: int
    end_year: int
    budget_total: int

    @property
    def is_quick_win(self) -> bool:
        """Return whether this programme is a quick win."""
        return self.phase == "quick_win"


_PROGRAMME_ROWS = """
SELECT p.id, p.code, p.name, p.dimension_id, coalesce(d.code, ''), coalesce(d.position, 0),
       p.element_id, coalesce(e.name_id, ''), coalesce(e.name_en, ''),
       p.lead_org_id, coalesce(nullif(o.abbreviation, ''), o.name, ''),
       p.kind, p.phase, p.status, p.start_year, p.end_year, coalesce(b.total, 0)
FROM programmes p
LEFT JOIN dimensions d ON d.id = p.dimension_id AND d._deleted = 0
LEFT JOIN elements e ON e.id = p.element_id AND e._deleted = 0
LEFT JOIN organisations o ON o.id = p.lead_org_id AND o._deleted = 0
LEFT JOIN (SELECT programme_id, sum(amount) AS total FROM budgets WHERE _deleted = 0
           GROUP BY programme_id) b ON b.programme_id = p.id
WHERE p._deleted = 0 {where}
ORDER BY coalesce(d.position, 0), p.code, p.name, p.id
"""


def programme_rows(db: sqlite_utils.Database,
                   programme_id: str | None = None) -> list[ProgrammeRow]:
    """Return every live programme (or only ``programme_id``) as ProgrammeRows, in lane order."""
    where, params = ("AND p.id = ?", [programme_id]) if programme_id else ("", [])
    cursor = db.execute(_PROGRAMME_ROWS.format(where=where), params)
    return [ProgrammeRow(*row) for row in cursor]


def budgets_of(db: sqlite_utils.Database, programme_id: str) -> dict[tuple[int, str], int]:
    """Return the budget grid of a programme: {(year, source_id): amount}, live cells only."""
    return {(b.year or 0, b.source_id or ""): b.amount
            for b in rows.select(db, model.Budget, programme_id=programme_id)}


def dependency_edges(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """Return every live (programme_id, predecessor_id) pair between live programmes."""
    sql = """SELECT x.programme_id, x.predecessor_id FROM dependencies x
             JOIN programmes a ON a.id = x.programme_id AND a._deleted = 0
             JOIN programmes b ON b.id = x.predecessor_id AND b._deleted = 0
             WHERE x._deleted = 0 ORDER BY x.programme_id, x.predecessor_id"""
    return [(a, b) for a, b in db.execute(sql)]


def predecessors(db: sqlite_utils.Database, programme_id: str) -> list[ProgrammeRow]:
    """Return the live programmes ``programme_id`` directly depends on, by code."""
    ids = {b for a, b in dependency_edges(db) if a == programme_id}
    return [row for row in programme_rows(db) if row.id in ids]


def codes_with_prefix(db: sqlite_utils.Database, prefix: str) -> list[str]:
    """Return every code starting with ``prefix`` ever given, deleted programmes included."""
    sql = "SELECT code FROM programmes WHERE substr(code, 1, ?) = ?"
    return [code for (code,) in db.execute(sql, [len(prefix), prefix])]


def code_holder(db: sqlite_utils.Database, code: str) -> str | None:
    """Return the id of the live programme carrying ``code``, or None."""
    sql = "SELECT id FROM programmes WHERE code = ? AND _deleted = 0 ORDER BY id LIMIT 1"
    row = db.execute(sql, [code]).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class QuickWinRow:
    """A quick win with its latest reported progress (0 and no date when none yet)."""

    id: str
    code: str
    name: str
    dimension_code: str
    lead_abbreviation: str
    start_year: int
    end_year: int
    percent: int
    updated: str | None
    updates: int


_QUICKWIN_ROWS = """
SELECT p.id, p.code, p.name, coalesce(d.code, ''), coalesce(nullif(o.abbreviation, ''), o.name, ''),
       p.start_year, p.end_year,
       coalesce((SELECT u.percent FROM quickwin_updates u WHERE u.programme_id = p.id
                 AND u._deleted = 0 ORDER BY u.date DESC, u.id DESC LIMIT 1), 0),
       (SELECT max(u.date) FROM quickwin_updates u WHERE u.programme_id = p.id AND u._deleted = 0),
       (SELECT count(*) FROM quickwin_updates u WHERE u.programme_id = p.id AND u._deleted = 0)
FROM programmes p
LEFT JOIN dimensions d ON d.id = p.dimension_id AND d._deleted = 0
LEFT JOIN organisations o ON o.id = p.lead_org_id AND o._deleted = 0
WHERE p._deleted = 0 AND p.phase = 'quick_win'
ORDER BY coalesce(d.position, 0), p.code, p.name, p.id
"""


def quickwin_rows(db: sqlite_utils.Database) -> list[QuickWinRow]:
    """Return every live quick win with its latest progress, in dimension order."""
    return [QuickWinRow(*row) for row in db.execute(_QUICKWIN_ROWS)]


def quickwin_updates(db: sqlite_utils.Database, programme_id: str) -> list[model.QuickWinUpdate]:
    """Return the dated progress updates of one quick win, newest first."""
    return list(reversed(rows.select(db, model.QuickWinUpdate, programme_id=programme_id)))


def money_and_target_years(db: sqlite_utils.Database, programme_id: str | None = None
                           ) -> dict[str, tuple[set[int], set[int]]]:
    """Return, per live programme (or only ``programme_id``), the years of its live budget
    cells (amount not 0) and of its live KPI targets: {id: (budget years, target years)}."""
    where, params = ("AND p.id = ?", [programme_id]) if programme_id else ("", [])
    found: dict[str, tuple[set[int], set[int]]] = {}
    for pid, year in db.execute(f"""
            SELECT b.programme_id, b.year FROM budgets b
            JOIN programmes p ON p.id = b.programme_id AND p._deleted = 0
            WHERE b._deleted = 0 AND b.amount != 0 AND b.year IS NOT NULL {where}""", params):
        found.setdefault(pid, (set(), set()))[0].add(int(year))
    for pid, year in db.execute(f"""
            SELECT k.programme_id, t.year FROM kpi_targets t
            JOIN kpis k ON k.id = t.kpi_id AND k._deleted = 0
            JOIN programmes p ON p.id = k.programme_id AND p._deleted = 0
            WHERE t._deleted = 0 AND t.year IS NOT NULL AND trim(t.target) != '' {where}""",
                                params):
        found.setdefault(pid, (set(), set()))[1].add(int(year))
    return found


@dataclass(frozen=True)
class YearProblem:
    """A programme whose money or KPI targets lie outside its years, or a long quick win."""

    programme_id: str
    code: str
    name: str
    start_year: int
    end_year: int
    budget_years: tuple[int, ...]  # years with money outside the programme's years
    target_years: tuple[int, ...]  # years with KPI targets outside them
    long_quick_win: bool  # a quick win over three or more calendar years (surely > 12 months)


def year_problems(db: sqlite_utils.Database) -> list[YearProblem]:
    """Return the live programmes with money or targets outside their years, or a quick win
    longer than 12 months, in register order.

    Years are whole: a quick win from mid-2019 to mid-2020 spans two calendar years
    and can be 12 months, so only one spanning three or more is surely too long.
    """
    years = money_and_target_years(db)
    found = []
    for row in programme_rows(db):
        money, targets = years.get(row.id, (set(), set()))
        inside = range(row.start_year, row.end_year + 1)
        problem = YearProblem(row.id, row.code, row.name, row.start_year, row.end_year,
                              tuple(sorted(y for y in money if y not in inside)),
                              tuple(sorted(y for y in targets if y not in inside)),
                              row.is_quick_win and row.end_year - row.start_year >= 2)
        if problem.budget_years or problem.target_years or problem.long_quick_win:
            found.append(problem)
    return found
