"""What the roadmap shows, read in one pass: programmes, dimensions, OPDs, links and milestones."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import sqlite_utils

from app import model
from app.storage import queries_programmes as queries
from app.storage import queries_roadmap, rows
from app.storage.queries_programmes import ProgrammeRow, YearProblem
from app.storage.queries_roadmap import MilestoneMark


@dataclass
class RoadmapData:
    """A snapshot of everything the roadmap draws, keyed by id."""

    plan_start: int
    plan_end: int
    programmes: dict[str, ProgrammeRow] = field(default_factory=dict)
    dimensions: dict[str, model.Dimension] = field(default_factory=dict)
    organisations: dict[str, model.Organisation] = field(default_factory=dict)
    edges: list[tuple[str, str]] = field(default_factory=list)  # (programme, predecessor)
    milestones: dict[str, list[MilestoneMark]] = field(default_factory=dict)
    year_problems: dict[str, YearProblem] = field(default_factory=dict)

    def predecessors(self, programme_id: str) -> list[ProgrammeRow]:
        """Return the programmes ``programme_id`` depends on."""
        return [self.programmes[b] for a, b in self.edges
                if a == programme_id and b in self.programmes]


def load(db: sqlite_utils.Database) -> RoadmapData:
    """Return the roadmap's snapshot of the workbook ``db``."""
    books = rows.select(db, model.Workbook)
    book = books[0] if books else model.Workbook()
    start = book.plan_start or 2019
    data = RoadmapData(start, book.plan_end or start + 4)
    data.programmes = {p.id: p for p in queries.programme_rows(db)}
    data.dimensions = {d.id: d for d in rows.select(db, model.Dimension)}
    data.organisations = {o.id: o for o in rows.select(db, model.Organisation)}
    data.edges = queries.dependency_edges(db)
    by_programme: dict[str, list[MilestoneMark]] = defaultdict(list)
    for mark in queries_roadmap.milestone_marks(db):
        by_programme[mark.programme_id].append(mark)
    data.milestones = dict(by_programme)
    data.year_problems = {p.programme_id: p for p in queries.year_problems(db)}
    return data


# The tables whose change can alter what the roadmap shows.
TABLES = frozenset({
    "workbook", "programmes", "dimensions", "elements", "organisations", "budgets",
    "dependencies", "milestones", "kpis", "kpi_targets",
})
