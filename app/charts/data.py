"""Snapshots of what the charts draw, read from a workbook at one moment (the roadmap's is
app.roadmap's, shared with the window).

A snapshot holds only plain values (no connection, no records that load
lazily), so a worker thread can render a chart while the window goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import budget, model
from app.roadmap import Lane
from app.storage import rows

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Series:
    """One readiness component's ratings, one per lane (0 = not rated)."""

    code: str
    name_id: str
    name_en: str
    ratings: tuple[int, ...]

    def name(self, lang: str) -> str:
        """Return the name in ``lang`` (Indonesian when no English name is set)."""
        return (self.name_en or self.name_id) if lang == "en" else self.name_id


@dataclass(frozen=True)
class ReadinessData:
    """The readiness ratings: one series per component over the dimensions, and the scale."""

    region: str
    rating_max: int
    lanes: tuple[Lane, ...]
    series: tuple[Series, ...]


def _book(db: sqlite_utils.Database) -> model.Workbook:
    return next(iter(rows.select(db, model.Workbook)), model.Workbook(region=""))


def lanes(db: sqlite_utils.Database) -> tuple[Lane, ...]:
    """Return the workbook's dimensions as lanes, in framework order."""
    return tuple(Lane.of(d) for d in rows.select(db, model.Dimension))


def readiness_data(db: sqlite_utils.Database) -> ReadinessData:
    """Return the readiness snapshot: every component's rating in every dimension."""
    book = _book(db)
    dims = lanes(db)
    ratings = {(r.component_id, r.dimension_id): r.rating
               for r in rows.select(db, model.Readiness)}
    series = tuple(
        Series(c.code, c.name_id, c.name_en,
               tuple(ratings.get((c.id, d.key), 0) for d in dims))
        for c in rows.select(db, model.Component))
    return ReadinessData(book.region, book.rating_max, dims, series)


def budget_data(db: sqlite_utils.Database) -> budget.BudgetSnapshot:
    """Return the budget snapshot (the roll-ups) the budget chart draws."""
    return budget.snapshot(db)
