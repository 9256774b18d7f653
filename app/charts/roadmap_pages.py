"""The roadmap on paper: one landscape page per dimension, names in full, milestones, dependencies.

A page is drawn at the size it prints (the text width of A4 landscape), so its
smallest type (8.5 pt milestone labels) prints at 8.5 pt, larger on F4. A
dimension with more programmes than a page holds continues on the next page.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from app import formatting, i18n
from app.charts.roadmap import INK, STAR, _bars
from app.roadmap import Bar, RoadmapData

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PAGE_W, PAGE_H = 9.7, 5.8  # inches: A4 landscape text area, less the caption below
NAME_IN, RIGHT_IN, TOP_IN, BOTTOM_IN = 3.5, 0.2, 0.8, 0.45
FONT, SMALL = 10.0, 8.5  # points, printed at least this size
LINE_IN = FONT * 1.2 / 72
SMALL_LINE_IN = SMALL * 1.2 / 72
BAR_IN, GAP_IN = 0.24, 0.08
CHAR_EM = 0.56  # average width of a DejaVu Sans character, in font sizes


def _name_lines(bar: Bar) -> list[str]:
    """Return the programme's full name wrapped to the name column (never cut)."""
    room = int((NAME_IN - 0.85) / (CHAR_EM * FONT / 72) * (0.88 if bar.quick_win else 1))
    return textwrap.wrap(bar.name, room, break_long_words=True) or [""]


def _mark_lines(title: str, years: int) -> list[str]:
    width = (PAGE_W - NAME_IN - RIGHT_IN) / max(years, 1) * 0.95
    room = max(int(width / (CHAR_EM * SMALL / 72)), 8)
    return textwrap.wrap(title, room, break_long_words=True)[:3] or [""]


def _row_height(data: RoadmapData, bar: Bar) -> float:
    years = data.plan_end - data.plan_start + 1
    marks = [m for m in data.milestones if m.programme_id == bar.id]
    labels = max((len(_mark_lines(m.title, years)) for m in marks), default=0)
    return max(len(_name_lines(bar)) * LINE_IN, BAR_IN + labels * SMALL_LINE_IN) + GAP_IN


def roadmap_pages(data: RoadmapData) -> list[RoadmapData]:
    """Return the roadmap cut into pages: per dimension, as many programmes as fit a page."""
    room = PAGE_H - TOP_IN - BOTTOM_IN
    pages: list[RoadmapData] = []
    for lane in data.lanes:
        part = data.only(lane.key)
        chunk: list[Bar] = []
        used = 0.0
        for bar in part.bars:
            height = _row_height(data, bar)
            if chunk and used + height > room:
                pages.append(_subset(part, chunk))
                chunk, used = [], 0.0
            chunk.append(bar)
            used += height
        if chunk:
            pages.append(_subset(part, chunk))
    return pages


def _subset(part: RoadmapData, bars: list[Bar]) -> RoadmapData:
    ids = {b.id for b in bars}
    return RoadmapData(part.region, part.plan_start, part.plan_end,
                       {k: p for k, p in part.programmes.items() if k in ids},
                       part.dimensions, part.organisations,
                       tuple(d for d in part.dependencies if d[0] in ids and d[1] in ids),
                       tuple(m for m in part.milestones if m.programme_id in ids))


def page_figure(page: RoadmapData, lang: str, title: str) -> Figure:
    """Return one roadmap page: names in full, bars, milestones named, dependency arrows."""
    from app.charts.figures import new_figure
    from app.charts.roadmap import _Frame

    rows = [(_row_height(page, bar), bar) for bar in page.bars]
    plot = max(sum(h for h, _ in rows), LINE_IN * 2)
    height = TOP_IN + plot + BOTTOM_IN
    fig = new_figure(PAGE_W, height)
    fig.set_layout_engine("none")
    width = PAGE_W - NAME_IN - RIGHT_IN
    ax = fig.add_axes((NAME_IN / PAGE_W, BOTTOM_IN / height, width / PAGE_W, plot / height))
    _axes(ax, page, plot)
    lane = page.lanes[0] if page.lanes else None
    color = (lane.color if lane else "") or "#757575"
    centres: dict[str, float] = {}
    top = 0.0
    for row_height, bar in rows:
        centre = top + max(len(_name_lines(bar)) * LINE_IN, BAR_IN) / 2 + GAP_IN / 2
        centres[bar.id] = centre
        _name(ax, bar, centre, color)
        top += row_height
    frame = _Frame(page, max(len(rows), 1))
    frame.year_in = width / max(page.plan_end - page.plan_start + 1, 1)
    frame.marker = FONT * 1.4
    _bars(ax, frame, [(b, centres[b.id], color) for _h, b in rows], height=BAR_IN)
    _milestones(ax, page, centres)
    _dependencies(ax, page, centres)
    fig.text(0.15 / PAGE_W, 1 - 0.1 / height, title, ha="left", va="top", fontsize=13,
             fontweight="bold", color=INK)
    _legend(fig, lang)
    return fig


def _axes(ax: Any, page: RoadmapData, plot: float) -> None:
    years = range(page.plan_start, page.plan_end + 1)
    ax.set_xlim(page.plan_start, page.plan_end + 1)
    ax.set_ylim(plot, 0)
    ax.set_xticks([y + 0.5 for y in years], [str(y) for y in years], fontsize=FONT,
                  fontweight="bold")
    ax.xaxis.tick_top()
    ax.tick_params(axis="x", length=0, pad=4)
    ax.set_yticks([])
    ax.vlines(list(range(page.plan_start, page.plan_end + 2)), 0, plot, colors="#BDBDBD",
              linewidth=0.6, zorder=1)
    for side in ax.spines.values():
        side.set_color("#BDBDBD")


def _name(ax: Any, bar: Bar, centre: float, color: str) -> None:
    from matplotlib.transforms import blended_transform_factory  # heavy: see app.charts

    where = blended_transform_factory(ax.transAxes, ax.transData)
    span = (PAGE_W - NAME_IN - RIGHT_IN)
    left = -(NAME_IN - 0.12) / span
    ax.text(left, centre, bar.code, transform=where, ha="left", va="center", fontsize=FONT,
            fontweight="bold", color=color)
    ax.text(left + 0.75 / span, centre, "\n".join(_name_lines(bar)), transform=where,
            ha="left", va="center", fontsize=FONT, color=INK, linespacing=1.05,
            fontweight="bold" if bar.quick_win else "normal")


def _milestones(ax: Any, page: RoadmapData, centres: dict[str, float]) -> None:
    years = page.plan_end - page.plan_start + 1
    marks = [m for m in page.milestones if m.programme_id in centres]
    if not marks:
        return
    ax.scatter([m.year + 0.5 for m in marks], [centres[m.programme_id] for m in marks],
               marker="D", s=(FONT * 0.8) ** 2, c="white", edgecolors=INK, linewidths=0.9,
               zorder=5)
    for mark in marks:
        ax.text(mark.year + 0.5, centres[mark.programme_id] + BAR_IN / 2 + 0.02,
                "\n".join(_mark_lines(mark.title, years)), ha="center", va="top",
                fontsize=SMALL, color="#333333", linespacing=1.0, zorder=6)


def _dependencies(ax: Any, page: RoadmapData, centres: dict[str, float]) -> None:
    bars = {b.id: b for b in page.bars}
    for after, before in page.dependencies:
        if after in bars and before in bars:
            first, then = bars[before], bars[after]
            ax.annotate("", xy=(then.start, centres[after]),
                        xytext=(first.end + 1, centres[before]),
                        arrowprops={"arrowstyle": "-|>", "color": "#444444", "lw": 1.1,
                                    "connectionstyle": "arc3,rad=-0.25",
                                    "shrinkA": 2, "shrinkB": 2}, zorder=6)


def _legend(fig: Figure, lang: str) -> None:
    from matplotlib.lines import Line2D  # heavy: see app.charts
    from matplotlib.patches import Patch

    handles: list[Any] = [
        Patch(facecolor="#9E9E9E", label=i18n.translate("Programme (years it runs)", lang)),
        Line2D([], [], marker="*", linestyle="", markersize=12, markerfacecolor=STAR,
               markeredgecolor=INK, label=i18n.translate("Quick win", lang)),
        Line2D([], [], marker="D", linestyle="", markersize=7, markerfacecolor="white",
               markeredgecolor=INK, label=i18n.translate("Milestone", lang)),
        Line2D([], [], color="#444444", marker=">", label=i18n.translate(
            "Depends on (arrow from the programme needed first)", lang)),
    ]
    fig.legend(handles=handles, loc="lower center", ncols=4, fontsize=9, frameon=False,
               bbox_to_anchor=(0.5, 0.0))


def page_title(page: RoadmapData, lang: str, number: int, count: int) -> str:
    """Return ``Peta Jalan Smart Governance 2019-2024`` (with ``(1/2)`` when continued)."""
    lane = page.lanes[0].name(lang) if page.lanes else ""
    title = i18n.translate("Roadmap of {dimension}, {period}", lang).format(
        dimension=lane, period=formatting.year_range(page.plan_start, page.plan_end))
    return f"{title} ({number}/{count})" if count > 1 else title


i18n.register({
    "Roadmap of {dimension}, {period}": "Peta Jalan {dimension} {period}",
    "Depends on (arrow from the programme needed first)":
        "Ketergantungan (panah dari program yang didahulukan)",
})
