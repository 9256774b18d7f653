"""The roadmap the window and the printed charts share: one snapshot of what it shows, one
bar packer, and the rules that flag a programme (outside the plan, before a predecessor ends).

Plain values read in one pass (no connection, no lazy records), so a worker
thread can draw a chart from it while the window goes on. ``ui/roadmap`` lays it
out on screen; ``app/charts`` draws it with matplotlib.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from app import model
from app.storage import queries_programmes, queries_roadmap, rows
from app.storage.queries_programmes import ProgrammeRow, YearProblem
from app.storage.queries_roadmap import MilestoneMark
from app.validate import is_color

if TYPE_CHECKING:
    import sqlite_utils

# The tables whose change can alter what the roadmap shows.
TABLES = frozenset({
    "workbook", "programmes", "dimensions", "elements", "organisations", "budgets",
    "dependencies", "milestones", "kpis", "kpi_targets",
})
FIRST_PACKED_YEAR = 1900  # the packer's year bits count from here


@dataclass(frozen=True)
class Lane:
    """A dimension as a chart shows it: code, names in both languages, framework colour."""

    key: str
    code: str
    name_id: str
    name_en: str
    color: str

    @classmethod
    def of(cls, dimension: model.Dimension) -> Lane:
        """Return the lane of ``dimension`` (no colour when its colour is not one)."""
        return cls(dimension.id, dimension.code, dimension.name_id, dimension.name_en,
                   dimension.color if is_color(dimension.color) else "")

    def name(self, lang: str) -> str:
        """Return the name in ``lang`` (Indonesian when no English name is set)."""
        return (self.name_en or self.name_id) if lang == "en" else self.name_id


@dataclass(frozen=True)
class Bar:
    """A programme on a printed roadmap: its code, name, lane and years."""

    id: str
    code: str
    name: str
    lane: str
    start: int
    end: int
    quick_win: bool


@dataclass(frozen=True)
class RoadmapData:
    """What the roadmap shows: plan years, dimensions, programmes, milestones, dependencies.

    ``programmes`` are in lane and code order, ``dimensions`` in framework order;
    ``lanes`` and ``bars`` are the same seen as a chart draws them.
    """

    region: str
    plan_start: int
    plan_end: int
    programmes: Mapping[str, ProgrammeRow] = field(default_factory=dict)
    dimensions: Mapping[str, model.Dimension] = field(default_factory=dict)
    organisations: Mapping[str, model.Organisation] = field(default_factory=dict)
    dependencies: tuple[tuple[str, str], ...] = ()  # (programme, predecessor)
    milestones: tuple[MilestoneMark, ...] = ()
    # programmes with money or KPI targets outside their years, or a quick win over 12 months
    year_problems: Mapping[str, YearProblem] = field(default_factory=dict)

    @cached_property
    def lanes(self) -> tuple[Lane, ...]:
        """Return one lane per dimension, in framework order."""
        return tuple(Lane.of(d) for d in sorted(self.dimensions.values(),
                                                key=lambda d: (d.position, d.code)))

    @cached_property
    def bars(self) -> tuple[Bar, ...]:
        """Return the programmes as bars, in lane and code order."""
        return tuple(Bar(p.id, p.code, p.name, p.dimension_id, p.start_year, p.end_year,
                         p.is_quick_win) for p in self.programmes.values())

    @cached_property
    def _milestones_by_programme(self) -> dict[str, tuple[MilestoneMark, ...]]:
        found: dict[str, list[MilestoneMark]] = {}
        for mark in self.milestones:
            found.setdefault(mark.programme_id, []).append(mark)
        return {key: tuple(marks) for key, marks in found.items()}

    def milestones_of(self, programme_id: str) -> tuple[MilestoneMark, ...]:
        """Return the milestones of one programme, by year."""
        return self._milestones_by_programme.get(programme_id, ())

    def predecessors(self, programme_id: str) -> list[ProgrammeRow]:
        """Return the programmes ``programme_id`` depends on."""
        return [self.programmes[b] for a, b in self.dependencies
                if a == programme_id and b in self.programmes]

    def only(self, lane_key: str) -> RoadmapData:
        """Return the same roadmap with one dimension only (to split a very large roadmap)."""
        progs = {k: p for k, p in self.programmes.items() if p.dimension_id == lane_key}
        return RoadmapData(
            self.region, self.plan_start, self.plan_end, progs,
            {k: d for k, d in self.dimensions.items() if k == lane_key}, self.organisations,
            tuple(d for d in self.dependencies if d[0] in progs and d[1] in progs),
            tuple(m for m in self.milestones if m.programme_id in progs),
            {k: p for k, p in self.year_problems.items() if k in progs})


def load(db: sqlite_utils.Database) -> RoadmapData:
    """Return the roadmap of the workbook ``db``, read in one pass."""
    book = next(iter(rows.select(db, model.Workbook)), model.Workbook(region=""))
    progs = {p.id: p for p in queries_programmes.programme_rows(db)}
    start = book.plan_start or min((p.start_year for p in progs.values()), default=2019)
    end = book.plan_end or max((p.end_year for p in progs.values()), default=start + 4)
    return RoadmapData(
        book.region, start, end, progs,
        {d.id: d for d in rows.select(db, model.Dimension)},
        {o.id: o for o in rows.select(db, model.Organisation)},
        tuple(queries_programmes.dependency_edges(db)),
        tuple(queries_roadmap.milestone_marks(db)),
        {p.programme_id: p for p in queries_programmes.year_problems(db)})


# -- packing bars into rows ------------------------------------------------------------


def _mask(start: int, end: int) -> int:
    """Return the years ``start``..``end`` as bits (FIRST_PACKED_YEAR is bit 0)."""
    return ((1 << (end - start + 1)) - 1) << max(start - FIRST_PACKED_YEAR, 0)


def pack(spans: Iterable[tuple[str, int, int]],
         keep: Mapping[str, int] | None = None) -> dict[str, int]:
    """Return the row (0, 1, ...) of each bar (id, start year, end year) so that no two
    bars of a row share a year.

    Bars are placed in order of start and end year (ties in the order given),
    each in the first row where it overlaps nothing, which needs no more rows
    than the busiest year. A bar in ``keep`` stays in that row while it still
    fits there, so an edit on screen moves only the bars it concerns. Rows left
    empty are dropped.
    """
    ordered = sorted(spans, key=lambda span: (span[1], span[2]))
    taken: dict[int, int] = {}  # row -> occupied years
    placed: dict[str, int] = {}
    for row_id, start, end in ordered:
        number, mask = (keep or {}).get(row_id), _mask(start, end)
        if number is not None and not taken.get(number, 0) & mask:
            taken[number] = taken.get(number, 0) | mask
            placed[row_id] = number
    for row_id, start, end in ordered:
        if row_id in placed:
            continue
        mask, number = _mask(start, end), 0
        while taken.get(number, 0) & mask:
            number += 1
        taken[number] = taken.get(number, 0) | mask
        placed[row_id] = number
    renumber = {old: new for new, old in enumerate(sorted(taken))}
    return {row_id: renumber[number] for row_id, number in placed.items()}


# -- what needs the facilitator's attention --------------------------------------------


def outside_plan(data: RoadmapData, programme: ProgrammeRow) -> bool:
    """Return whether ``programme``'s years leave the plan period."""
    return programme.start_year < data.plan_start or programme.end_year > data.plan_end


def is_late(programme: ProgrammeRow, predecessor: ProgrammeRow) -> bool:
    """Return whether ``programme`` starts before the last year of ``predecessor``.

    Starting in that year is fine: years are whole, and the predecessor may
    finish early in it.
    """
    return programme.start_year < predecessor.end_year


def late_dependencies(data: RoadmapData) -> list[tuple[ProgrammeRow, ProgrammeRow]]:
    """Return (programme, predecessor) for every dependency the programme starts too early for."""
    found = []
    for after_id, before_id in data.dependencies:
        after, before = data.programmes.get(after_id), data.programmes.get(before_id)
        if after is not None and before is not None and is_late(after, before):
            found.append((after, before))
    return found
