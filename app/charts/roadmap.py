"""Drawing the roadmap on a matplotlib Figure: lanes, rows, bars, labels, quick wins, milestones.

Pure layout arithmetic in inches, so that the chart reads the same on a slide
and on A4 landscape; called by app.charts.roadmap_figure.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from app import i18n, roadmap
from app.roadmap import Bar, Lane, RoadmapData

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

ROW_LIMIT = 43  # up to this many rows (13 pt each) fit A4: one per programme, named
LABEL_LIMIT = 300  # beyond this, packed bars carry no labels (matplotlib text is slow)
WIDTH_IN, LANE_IN, NAME_IN, RIGHT_IN, TOP_IN, BOTTOM_IN = 11.0, 1.45, 3.2, 0.3, 1.0, 0.55
CODE_IN = 0.62  # room for the code before the name
CHAR_EM = 0.56  # average width of a DejaVu Sans character, in font sizes
STAR = "#FFD600"
INK = "#222222"

Layout = list[tuple[Lane, list[list[Bar]]]]


def is_packed(data: RoadmapData) -> bool:
    """Return whether one row per programme (and per empty lane) would not fit the page."""
    lanes = {lane.key for lane in data.lanes} | {b.lane for b in data.bars}
    return len(data.bars) + len(lanes - {b.lane for b in data.bars}) > ROW_LIMIT


def layout(data: RoadmapData) -> Layout:
    """Return the lanes with their rows of bars: one row per programme, or packed when many."""
    packed = is_packed(data)
    known = {lane.key for lane in data.lanes}
    lanes = list(data.lanes) + [Lane(key, "?", "?", "?", "#9E9E9E")
                                for key in dict.fromkeys(b.lane for b in data.bars)
                                if key not in known]
    result: Layout = []
    for lane in lanes:
        bars = [b for b in data.bars if b.lane == lane.key]
        rows = _pack(bars) if packed else [[b] for b in bars]
        result.append((lane, rows or [[]]))
    return result


def _pack(bars: list[Bar]) -> list[list[Bar]]:
    """Return ``bars`` in as few rows as possible without overlap (app.roadmap.pack)."""
    ordered = sorted(bars, key=lambda b: (b.start, b.end, b.code))
    placed = roadmap.pack((b.id, b.start, b.end) for b in ordered)
    rows: list[list[Bar]] = [[] for _ in set(placed.values())]
    for bar in ordered:
        rows[placed[bar.id]].append(bar)
    return rows


class _Frame:
    """The sizes of one roadmap drawing, in inches: columns, rows, years; the font size."""

    def __init__(self, data: RoadmapData, rows: int) -> None:
        self.packed = is_packed(data)
        self.left = LANE_IN + (0 if self.packed else NAME_IN)
        self.width = WIDTH_IN - self.left - RIGHT_IN
        self.years = data.plan_end - data.plan_start + 1
        self.row_in = min(0.3, 5.6 / max(rows, 1))  # the page height is the limit
        self.height = TOP_IN + BOTTOM_IN + rows * self.row_in
        self.year_in = self.width / max(self.years, 1)
        self.font = 9 if self.row_in >= 0.2 else 8
        self.labels = self.row_in >= 0.13 and len(data.bars) <= LABEL_LIMIT  # 8 pt fits
        self.marker = min(self.font * 1.5, self.row_in * 72 * 1.1)  # points

    def years_for(self, inches: float) -> float:
        """Return how many years of the axis ``inches`` span."""
        return inches / self.year_in

    def axes_x(self, inches: float) -> float:
        """Return an offset in inches from the axes' left edge as an axes fraction."""
        return inches / self.width

    def chars(self, inches: float) -> int:
        """Return how many characters of the label font fit in ``inches``."""
        return int(inches / (CHAR_EM * self.font / 72))


def draw_roadmap(fig: Figure, data: RoadmapData, lang: str, title: str) -> None:
    """Draw the roadmap of ``data`` on ``fig`` (resized to fit its rows) with ``title``."""
    lanes = layout(data)
    rows = sum(len(r) for _lane, r in lanes)
    frame = _Frame(data, rows)
    fig.set_size_inches(WIDTH_IN, frame.height)
    ax = fig.add_axes((frame.left / WIDTH_IN, BOTTOM_IN / frame.height,
                       frame.width / WIDTH_IN,
                       (frame.height - TOP_IN - BOTTOM_IN) / frame.height))
    _axes(ax, data, rows)
    y = 0
    rows_of: dict[str, int] = {}
    for lane, lane_rows in lanes:
        _lane_band(ax, frame, lane, y, len(lane_rows), lang)
        for row in lane_rows:
            for bar in row:
                rows_of[bar.id] = y
            _bars(ax, frame, row, y, lane.color or "#757575")
            if frame.packed and frame.labels:
                for bar in row:
                    _code_in_bar(ax, frame, bar, y)
            elif row and frame.labels:
                _name_column(ax, frame, row[0], y, lane.color or INK)
            y += 1
    _milestones(ax, data, rows_of, frame.marker * 0.55)
    _title(fig, data, lang, title, frame)
    if not data.bars:
        ax.text(0.5, 0.5, i18n.translate("No programmes yet.", lang), transform=ax.transAxes,
                ha="center", va="center", fontsize=12, color="#777777")


def _axes(ax: Axes, data: RoadmapData, rows: int) -> None:
    years = range(data.plan_start, data.plan_end + 1)
    ax.set_xlim(data.plan_start, data.plan_end + 1)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_xticks([y + 0.5 for y in years], [str(y) for y in years], fontsize=10,
                  fontweight="bold")
    ax.xaxis.tick_top()
    ax.tick_params(axis="x", length=0, pad=6)
    ax.set_yticks([])
    ax.vlines(list(range(data.plan_start, data.plan_end + 2)), -0.5, rows - 0.5,
              colors="#BDBDBD", linewidth=0.6, zorder=1)
    for side in ax.spines.values():
        side.set_color("#BDBDBD")


def _lane_band(ax: Axes, frame: _Frame, lane: Lane, top: int, count: int, lang: str) -> None:
    """Tint the lane (across the name column too), rule it off and name it on the left."""
    from matplotlib.transforms import blended_transform_factory  # heavy: see app.charts

    start = -frame.axes_x(frame.left - LANE_IN)
    ax.axhspan(top - 0.5, top + count - 0.5, xmin=start, color=lane.color or "#9E9E9E",
               alpha=0.08, linewidth=0, zorder=0, clip_on=False)
    ax.axhline(top + count - 0.5, xmin=start, color="#9E9E9E", linewidth=0.8, zorder=1,
               clip_on=False)
    where = blended_transform_factory(ax.transAxes, ax.transData)
    ax.text(start - frame.axes_x(0.1), top + (count - 1) / 2, textwrap.fill(lane.name(lang), 15),
            transform=where, ha="right", va="center", fontsize=10, fontweight="bold",
            color=lane.color or INK, linespacing=1.1)


def _bars(ax: Axes, frame: _Frame, row: list[Bar], y: int, color: str) -> None:
    """Draw a row's bars; quick wins get a dark edge and a star at their start."""
    if not row:
        return
    quick = [b.quick_win for b in row]
    ax.barh([y] * len(row), [b.end - b.start + 1 for b in row], left=[b.start for b in row],
            height=0.72, color=color, edgecolor=[INK if q else "white" for q in quick],
            linewidth=[1.6 if q else 0.5 for q in quick], zorder=2)
    stars = [b.start + frame.years_for(0.12) for b in row if b.quick_win]
    if stars:
        ax.scatter(stars, [y] * len(stars), marker="*", s=frame.marker ** 2, c=STAR,
                   edgecolors=INK, linewidths=0.5, zorder=4)


def _fit(text: str, room: int) -> str:
    """Return ``text`` cut to ``room`` characters, with an ellipsis when cut."""
    return text if len(text) <= room else text[:max(room - 1, 0)].rstrip() + "…"


def _name_column(ax: Axes, frame: _Frame, bar: Bar, y: int, color: str) -> None:
    """Write the programme's code (in the lane colour) and name in the column left of the bars."""
    from matplotlib.transforms import blended_transform_factory  # heavy: see app.charts

    where = blended_transform_factory(ax.transAxes, ax.transData)
    left = -frame.axes_x(NAME_IN - 0.08)
    weight = "bold" if bar.quick_win else "normal"
    ax.text(left, y, bar.code, transform=where, ha="left", va="center", fontsize=frame.font,
            fontweight="bold", color=color)
    room = frame.chars(NAME_IN - CODE_IN - 0.12)
    name = _fit(bar.name, int(room * 0.87) if bar.quick_win else room)  # bold is wider
    ax.text(left + frame.axes_x(CODE_IN), y, name, transform=where, ha="left", va="center",
            fontsize=frame.font, fontweight=weight, color=INK)


def _code_in_bar(ax: Axes, frame: _Frame, bar: Bar, y: int) -> None:
    """Write the code inside a packed bar when it fits."""
    pad = frame.years_for(0.26 if bar.quick_win else 0.06)
    room = (bar.end - bar.start + 1 - pad) * frame.year_in
    if len(bar.code) <= frame.chars(room) - 1:
        ax.text(bar.start + pad, y, bar.code, ha="left", va="center", fontsize=frame.font,
                color="white", fontweight="bold", zorder=3, clip_on=True)


def _milestones(ax: Axes, data: RoadmapData, rows_of: dict[str, int], size: float) -> None:
    marks = [(m.year + 0.5, rows_of[m.programme_id]) for m in data.milestones
             if m.programme_id in rows_of]
    if marks:
        ax.scatter([x for x, _ in marks], [y for _, y in marks], marker="D", s=size ** 2, c="white",
                   edgecolors=INK, linewidths=0.9, zorder=5)


def _title(fig: Figure, data: RoadmapData, lang: str, title: str, frame: _Frame) -> None:
    from matplotlib.lines import Line2D  # heavy: see app.charts
    from matplotlib.patches import Patch

    height = frame.height
    fig.text(0.15 / WIDTH_IN, 1 - 0.12 / height, title, ha="left", va="top", fontsize=14,
             fontweight="bold", color=INK)
    quick = sum(b.quick_win for b in data.bars)
    summary = i18n.translate("{count} programmes, {quick} quick wins", lang).format(
        count=len(data.bars), quick=quick)
    if not frame.labels:
        summary += "; " + i18n.translate("too many for labels: draw one dimension at a time", lang)
    fig.text(0.15 / WIDTH_IN, 1 - 0.42 / height, summary, ha="left", va="top", fontsize=9,
             color="#555555")
    handles: list[Any] = [
        Patch(facecolor="#9E9E9E", label=i18n.translate("Programme (years it runs)", lang)),
        Line2D([], [], marker="*", linestyle="", markersize=12, markerfacecolor=STAR,
               markeredgecolor=INK, label=i18n.translate("Quick win", lang)),
        Line2D([], [], marker="D", linestyle="", markersize=6, markerfacecolor="white",
               markeredgecolor=INK, label=i18n.translate("Milestone", lang)),
    ]
    fig.legend(handles=handles, loc="lower center", ncols=3, fontsize=9, frameon=False,
               bbox_to_anchor=(0.5, 0.0))


i18n.register({
    "No programmes yet.": "Belum ada program.",
    "{count} programmes, {quick} quick wins": "{count} program, {quick} quick win",
    "Programme (years it runs)": "Program (tahun pelaksanaan)",
    "Quick win": "Quick win",
    "Milestone": "Tonggak capaian",
    "too many for labels: draw one dimension at a time":
        "terlalu banyak untuk diberi label: gambar satu dimensi per gambar",
})
