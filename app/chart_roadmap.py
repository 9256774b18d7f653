"""Drawing the roadmap on a matplotlib Figure: lanes, rows, bars, labels, quick wins, milestones.

Pure layout arithmetic in inches, so that the chart reads the same on a slide
and on A4 landscape; called by app.charts.roadmap_figure.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from app import i18n
from app.chart_data import Bar, Lane, RoadmapData

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

ROW_LIMIT = 40  # up to this many programmes: one row each, labelled with code and name
LABEL_LIMIT = 300  # beyond this, packed bars carry no labels (matplotlib text is slow)
WIDTH_IN, LEFT_IN, RIGHT_IN, TOP_IN, BOTTOM_IN = 11.0, 1.6, 0.3, 1.0, 0.55
CHAR_EM = 0.58  # average width of a DejaVu Sans character, in font sizes
STAR = "#FFD600"
INK = "#222222"

Layout = list[tuple[Lane, list[list[Bar]]]]


def layout(data: RoadmapData) -> Layout:
    """Return the lanes with their rows of bars: one row per programme, or packed when many."""
    packed = len(data.bars) > ROW_LIMIT
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
    """Return ``bars`` in as few rows as possible without overlap (greedy by start year)."""
    rows: list[list[Bar]] = []
    for bar in sorted(bars, key=lambda b: (b.start, b.end, b.code)):
        row = next((r for r in rows if r[-1].end < bar.start), None)
        if row is None:
            rows.append([bar])
        else:
            row.append(bar)
    return rows


class _Frame:
    """The sizes of one roadmap drawing: inches per year and per row, font size."""

    def __init__(self, data: RoadmapData, rows: int) -> None:
        self.years = data.plan_end - data.plan_start + 1
        self.row_in = max(0.1, min(0.34, 5.6 / max(rows, 1)))
        self.height = TOP_IN + BOTTOM_IN + rows * self.row_in
        self.year_in = (WIDTH_IN - LEFT_IN - RIGHT_IN) / max(self.years, 1)
        self.font = 9 if self.row_in >= 0.22 else 8

    def years_for(self, inches: float) -> float:
        return inches / self.year_in

    def chars_in(self, years: float) -> int:
        return int(years * self.year_in / (CHAR_EM * self.font / 72))


def draw_roadmap(fig: Figure, data: RoadmapData, lang: str, title: str) -> None:
    """Draw the roadmap of ``data`` on ``fig`` (resized to fit its rows) with ``title``."""
    lanes = layout(data)
    rows = sum(len(r) for _lane, r in lanes)
    frame = _Frame(data, rows)
    fig.set_size_inches(WIDTH_IN, frame.height)
    ax = fig.add_axes((LEFT_IN / WIDTH_IN, BOTTOM_IN / frame.height,
                       (WIDTH_IN - LEFT_IN - RIGHT_IN) / WIDTH_IN,
                       (frame.height - TOP_IN - BOTTOM_IN) / frame.height))
    _axes(ax, data, rows)
    y = 0
    rows_of: dict[str, int] = {}
    for lane, lane_rows in lanes:
        _lane_band(ax, lane, y, len(lane_rows), lang)
        for row in lane_rows:
            for bar in row:
                rows_of[bar.id] = y
            _bars(ax, frame, data, row, y, lane.color or "#757575", labels=len(data.bars))
            y += 1
    _milestones(ax, data, rows_of)
    _title(fig, data, lang, title, frame.height)
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


def _lane_band(ax: Axes, lane: Lane, top: int, count: int, lang: str) -> None:
    from matplotlib.transforms import blended_transform_factory  # heavy: see app.charts

    ax.axhspan(top - 0.5, top + count - 0.5, color=lane.color or "#9E9E9E", alpha=0.08,
               linewidth=0, zorder=0)
    ax.axhline(top + count - 0.5, color="#9E9E9E", linewidth=0.8, zorder=1)
    where = blended_transform_factory(ax.transAxes, ax.transData)
    ax.text(-0.012, top + (count - 1) / 2, textwrap.fill(lane.name(lang), 16), transform=where,
            ha="right", va="center", fontsize=10, fontweight="bold",
            color=lane.color or INK, linespacing=1.1)


def _bars(ax: Axes, frame: _Frame, data: RoadmapData, row: list[Bar], y: int, color: str,
          *, labels: int) -> None:
    if not row:
        return
    quick = [b.quick_win for b in row]
    ax.barh([y] * len(row), [b.end - b.start + 1 for b in row], left=[b.start for b in row],
            height=0.74, color=color, edgecolor=[INK if q else "white" for q in quick],
            linewidth=[1.8 if q else 0.5 for q in quick], zorder=2)
    star = frame.years_for(0.11)
    stars = [b.start + star for b in row if b.quick_win]
    if stars:
        ax.scatter(stars, [y] * len(stars), marker="*", s=(frame.font * 1.5) ** 2, c=STAR,
                   edgecolors=INK, linewidths=0.5, zorder=4)
    if labels <= LABEL_LIMIT:
        for bar in row:
            _label(ax, frame, data, bar, y, packed=labels > ROW_LIMIT)


def _fit(text: str, code: str, room: int) -> str:
    """Return ``text`` cut to ``room`` characters with an ellipsis (at least the code)."""
    if len(text) <= room:
        return text
    if room >= len(code) + 4:
        return text[:room - 1].rstrip() + "…"
    return code if len(code) <= room else ""


def _label(ax: Axes, frame: _Frame, data: RoadmapData, bar: Bar, y: int, *, packed: bool) -> None:
    """Write the bar's code (and name) inside it, or right of it when there is more room."""
    text = bar.code if packed else f"{bar.code}  {bar.name}".strip()
    pad = frame.years_for(0.26 if bar.quick_win else 0.06)
    inside = frame.chars_in(bar.end - bar.start + 1 - pad) - 1
    outside = frame.chars_in(data.plan_end + 1 - (bar.end + 1)) - 1
    if len(text) <= inside or packed or inside >= outside:
        shown, x, color = _fit(text, bar.code, inside), bar.start + pad, "white"
    else:
        shown, x, color = _fit(text, bar.code, outside), bar.end + 1 + frame.years_for(0.06), INK
    if shown:
        ax.text(x, y, shown, ha="left", va="center", fontsize=frame.font, color=color,
                fontweight="bold" if color == "white" else "normal", zorder=3, clip_on=True)


def _milestones(ax: Axes, data: RoadmapData, rows_of: dict[str, int]) -> None:
    marks = [(m.year + 0.5, rows_of[m.programme_id] + 0.37) for m in data.milestones
             if m.programme_id in rows_of]
    if marks:
        ax.scatter([x for x, _ in marks], [y for _, y in marks], marker="D", s=28, c="white",
                   edgecolors=INK, linewidths=0.9, zorder=5)


def _title(fig: Figure, data: RoadmapData, lang: str, title: str, height: float) -> None:
    from matplotlib.lines import Line2D  # heavy: see app.charts
    from matplotlib.patches import Patch

    fig.text(0.15 / WIDTH_IN, 1 - 0.12 / height, title, ha="left", va="top", fontsize=14,
             fontweight="bold", color=INK)
    quick = sum(b.quick_win for b in data.bars)
    summary = i18n.translate("{count} programmes, {quick} quick wins", lang).format(
        count=len(data.bars), quick=quick)
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
})
