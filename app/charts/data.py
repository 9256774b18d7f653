"""Snapshots of what the charts draw, read from a workbook at one moment.

A snapshot holds only plain values (no connection, no records that load
lazily), so a worker thread can render a chart while the window goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import budget, model
from app.storage import queries_programmes, rows
from app.validate import is_color

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Lane:
    """A dimension as a chart shows it: code, names in both languages, framework colour."""

    key: str
    code: str
    name_id: str
    name_en: str
    color: str

    def name(self, lang: str) -> str:
        """Return the name in ``lang`` (Indonesian when no English name is set)."""
        return (self.name_en or self.name_id) if lang == "en" else self.name_id


@dataclass(frozen=True)
class Bar:
    """A programme on the roadmap: its code, name, lane and years."""

    id: str
    code: str
    name: str
    lane: str
    start: int
    end: int
    quick_win: bool


@dataclass(frozen=True)
class Mark:
    """A milestone of a programme in one year."""

    programme_id: str
    year: int
    title: str


@dataclass(frozen=True)
class RoadmapData:
    """The roadmap: plan years, one lane per dimension, programmes, milestones, dependencies."""

    region: str
    plan_start: int
    plan_end: int
    lanes: tuple[Lane, ...]
    bars: tuple[Bar, ...]
    milestones: tuple[Mark, ...] = ()
    dependencies: tuple[tuple[str, str], ...] = ()  # (programme, predecessor)

    def only(self, lane_key: str) -> RoadmapData:
        """Return the same roadmap with one lane only (to split a very large roadmap)."""
        bars = tuple(b for b in self.bars if b.lane == lane_key)
        ids = {b.id for b in bars}
        return RoadmapData(
            self.region, self.plan_start, self.plan_end,
            tuple(lane for lane in self.lanes if lane.key == lane_key), bars,
            tuple(m for m in self.milestones if m.programme_id in ids),
            tuple(d for d in self.dependencies if d[0] in ids and d[1] in ids))


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
    return tuple(Lane(d.id, d.code, d.name_id, d.name_en, d.color if is_color(d.color) else "")
                 for d in rows.select(db, model.Dimension))


def roadmap_data(db: sqlite_utils.Database) -> RoadmapData:
    """Return the roadmap snapshot of the workbook (programmes in lane and code order)."""
    book = _book(db)
    progs = queries_programmes.programme_rows(db)
    bars = tuple(Bar(p.id, p.code, p.name, p.dimension_id, p.start_year, p.end_year,
                     p.is_quick_win) for p in progs)
    ids = {b.id for b in bars}
    marks = tuple(Mark(m.programme_id or "", m.year or 0, m.title)
                  for m in rows.select(db, model.Milestone) if m.programme_id in ids)
    start = book.plan_start or min((b.start for b in bars), default=2019)
    end = book.plan_end or max((b.end for b in bars), default=start)
    return RoadmapData(book.region, start, end, lanes(db), bars, marks,
                       tuple(queries_programmes.dependency_edges(db)))


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
