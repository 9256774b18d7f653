"""Budget roll-ups: one grouped SQL query per view (by dimension, by source, by lead OPD)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



@dataclass(frozen=True)
class Amount:
    """The summed amount (whole rupiah) of one group key in one year."""

    key: str | None
    year: int
    amount: int


@dataclass(frozen=True)
class Label:
    """What a group key is called: code, names in both languages, colour, display order."""

    key: str | None
    code: str
    name_id: str
    name_en: str
    color: str = ""


# Budget lines of live programmes only (a merge could leave a line whose programme is gone).
_LINES = """FROM budgets b JOIN programmes p ON p.id = b.programme_id AND p._deleted = 0
            WHERE b._deleted = 0"""
_GROUPS = {
    "dimension": "p.dimension_id",
    # Unary plus keeps SQLite from walking idx_budgets_source_id row by row (a table scan
    # plus one sort is faster: 45 ms against 56 ms over 5,000 lines, bench/bench_budget.py).
    "source": "+b.source_id",
    "lead": "p.lead_org_id",
}


def amounts_by(db: sqlite_utils.Database, group: str) -> list[Amount]:
    """Return the summed amounts per (``group`` key, year); group: dimension | source | lead."""
    column = _GROUPS[group]
    sql = f"""SELECT {column}, b.year, sum(b.amount) {_LINES}
              GROUP BY {column}, b.year ORDER BY {column}, b.year"""
    return [Amount(key, year, int(total)) for key, year, total in db.execute(sql)]


def grand_total(db: sqlite_utils.Database) -> int:
    """Return the sum of every live budget line of a live programme."""
    return int(db.execute(f"SELECT coalesce(sum(b.amount), 0) {_LINES}").fetchone()[0])


def budget_years(db: sqlite_utils.Database) -> list[int]:
    """Return the years that carry budget lines, ascending."""
    sql = f"SELECT DISTINCT b.year {_LINES} ORDER BY b.year"
    return [year for (year,) in db.execute(sql)]


_LABELS = {
    "dimension": "SELECT id, code, name_id, name_en, color FROM dimensions "
                 "WHERE _deleted = 0 ORDER BY position, id",
    "source": "SELECT id, code, name_id, name_en, '' FROM funding_sources "
              "WHERE _deleted = 0 ORDER BY position, id",
    "lead": "SELECT id, abbreviation, name, name, '' FROM organisations "
            "WHERE _deleted = 0 ORDER BY coalesce(nullif(abbreviation, ''), name), id",
}


def labels_of(db: sqlite_utils.Database, group: str) -> list[Label]:
    """Return the labels of every live key of ``group``, in display order."""
    return [Label(*row) for row in db.execute(_LABELS[group])]
