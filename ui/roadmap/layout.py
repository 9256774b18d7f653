"""Where things go on the roadmap: the year axis, the lanes, and the row of every bar.

Pure arithmetic on the snapshot (no items are touched), so a refresh can
compute the new layout and then move only the bars whose place changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app import model
from app.programme_filter import Criteria
from app.roadmap import RoadmapData, pack
from app.storage.queries_programmes import ProgrammeRow
from ui.programmes import labels

LABEL_W = 190.0  # the lane titles on the left
HEADER_H = 36.0  # the row of years on top
YEAR_W = 150.0  # one year of the plan (the page widens it to fill the window)
BAR_H = 20.0
ROW_PITCH = 24.0
LANE_PAD = 6.0
SCENE_MARGIN = 8.0
MAX_EXTRA_YEARS = 10  # years shown beyond the plan for programmes that lie outside it

LANE_MODES = ("dimension", "opd", "phase")
PHASE_COLORS = {"quick_win": "#F9A825", "short": "#00897B", "medium": "#1E88E5",
                "long": "#5E35B1"}
OPD_COLOR = "#455A64"
NO_DIMENSION_COLOR = "#757575"


@dataclass(frozen=True)
class Axis:
    """The years across: which are shown, which are the plan, and how wide one year is."""

    first: int
    last: int
    plan_start: int
    plan_end: int
    year_w: float = YEAR_W

    def x(self, year: int) -> float:
        """Return the scene x where ``year`` begins."""
        return LABEL_W + (year - self.first) * self.year_w

    def span(self, start: int, end: int) -> tuple[float, float]:
        """Return (x, width) of a bar running from ``start`` to ``end`` inclusive."""
        return self.x(start), (end - start + 1) * self.year_w

    def years(self) -> range:
        """Return the years shown."""
        return range(self.first, self.last + 1)

    def in_plan(self, year: int) -> bool:
        """Return whether ``year`` lies in the plan period."""
        return self.plan_start <= year <= self.plan_end

    @property
    def right(self) -> float:
        """Return the scene x where the last year shown ends."""
        return self.x(self.last + 1)


@dataclass
class Lane:
    """One horizontal band: a dimension, an OPD or a phase, with its programmes packed in rows."""

    key: str
    title: str
    color: str
    top: float = 0.0
    rows: int = 1
    count: int = 0

    @property
    def height(self) -> float:
        """Return the lane's height in scene units."""
        return self.rows * ROW_PITCH + 2 * LANE_PAD


@dataclass
class Layout:
    """The axis, the lanes in order, and the top y of every shown programme's bar."""

    axis: Axis
    lanes: list[Lane] = field(default_factory=list)
    bar_y: dict[str, float] = field(default_factory=dict)
    lane_of: dict[str, str] = field(default_factory=dict)
    row_of: dict[str, int] = field(default_factory=dict)

    @property
    def height(self) -> float:
        """Return the height of the whole roadmap."""
        return HEADER_H + sum(lane.height for lane in self.lanes)


def make_axis(data: RoadmapData, shown: Iterable[ProgrammeRow], year_w: float = YEAR_W) -> Axis:
    """Return the axis: the plan period, widened to programmes outside it (within bounds)."""
    first, last = data.plan_start, data.plan_end
    for row in shown:
        first, last = min(first, row.start_year), max(last, row.end_year)
    first = max(first, data.plan_start - MAX_EXTRA_YEARS)
    last = min(last, data.plan_end + MAX_EXTRA_YEARS)
    return Axis(first, last, data.plan_start, data.plan_end, year_w)


def _dimension_lanes(data: RoadmapData, flt: Criteria, lang: str) -> list[Lane]:
    dims = sorted(data.dimensions.values(), key=lambda d: (d.position, d.code))
    return [Lane(d.id, labels.dimension_name(d, lang), d.color or NO_DIMENSION_COLOR)
            for d in dims if flt.dimension_id in (None, d.id)]


def _opd_lanes(data: RoadmapData, shown: list[ProgrammeRow]) -> list[Lane]:
    used = {row.lead_org_id for row in shown}
    orgs = [o for o in data.organisations.values() if o.id in used]
    orgs.sort(key=lambda o: labels.organisation_name(o).casefold())
    return [Lane(o.id, labels.organisation_name(o), OPD_COLOR) for o in orgs]


def _phase_lanes(flt: Criteria) -> list[Lane]:
    return [Lane(code, labels.phase(code), PHASE_COLORS[code])
            for code in model.PHASES if flt.phase in (None, code)]


def _lane_key(row: ProgrammeRow, mode: str) -> str:
    if mode == "opd":
        return row.lead_org_id or ""
    if mode == "phase":
        return row.phase
    return row.dimension_id


def compute(data: RoadmapData, mode: str, flt: Criteria, lang: str,
            year_w: float = YEAR_W,
            untitled: Callable[[str], str] = lambda mode: "",
            previous: Layout | None = None) -> Layout:
    """Return the layout of the programmes ``flt`` accepts, in lanes per ``mode``.

    ``untitled(mode)`` names the lane of programmes without a dimension or lead OPD.
    With the ``previous`` layout (same mode and filter), bars keep their rows
    where they still fit.
    """
    shown = [row for row in data.programmes.values() if flt.accepts(row)]
    layout = Layout(make_axis(data, shown, year_w))
    if mode == "opd":
        lanes = _opd_lanes(data, shown)
    elif mode == "phase":
        lanes = _phase_lanes(flt)
    else:
        lanes = _dimension_lanes(data, flt, lang)
    by_key = {lane.key: lane for lane in lanes}
    members: dict[str, list[ProgrammeRow]] = {lane.key: [] for lane in lanes}
    for row in shown:
        key = _lane_key(row, mode)
        if key not in by_key:
            color = OPD_COLOR if mode == "opd" else NO_DIMENSION_COLOR
            by_key[key] = Lane(key, untitled(mode), color)
            lanes.append(by_key[key])
            members[key] = []
        members[key].append(row)
    top = HEADER_H
    for lane in lanes:
        group = members[lane.key]
        keep = {r.id: previous.row_of[r.id] for r in group
                if previous and previous.lane_of.get(r.id) == lane.key}
        placed = pack([(r.id, r.start_year, r.end_year) for r in group], keep)
        lane.top, lane.count = top, len(group)
        lane.rows = max([*placed.values(), 0]) + 1
        for row in group:
            layout.bar_y[row.id] = top + LANE_PAD + placed[row.id] * ROW_PITCH
            layout.lane_of[row.id] = lane.key
            layout.row_of[row.id] = placed[row.id]
        top += lane.height
    layout.lanes = lanes
    return layout
