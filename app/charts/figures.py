"""Charts without Qt: roadmap, budget and readiness radar as matplotlib Figures (Agg canvas).

Every figure is sized in inches to print legibly on A4 landscape (fonts of 8 pt
and up) and coloured with the framework's dimension colours. The figures are
drawn from snapshots (app.charts.data), so a worker thread can render them; the
window embeds the same Figure in a Qt canvas, the documents insert ``render``'s
bytes. matplotlib is imported inside the functions: it costs about 0.3 s and
start-up must not pay for it.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app import atomic, budget, formatting, i18n, roadmap
from app.charts import data as chart_data
from app.charts.data import ReadinessData
from app.charts.roadmap import draw_roadmap, is_packed
from app.errors import ValidationError
from app.roadmap import RoadmapData

if TYPE_CHECKING:
    from matplotlib.figure import Figure

KINDS = ("roadmap", "budget", "readiness")
FORMATS = {".png": "png", ".svg": "svg"}
DPI = 200
A4_LANDSCAPE = (11.0, 7.2)  # inches: A4 landscape (11.7 x 8.3) less the page margins
COMPONENT_COLORS = ("#00897B", "#5E35B1", "#D81B60", "#6D4C41", "#546E7A", "#F9A825")


def t(text: str, lang: str) -> str:
    """Return a chart label in ``lang``."""
    return i18n.translate(text, lang)


def new_figure(width: float, height: float) -> Figure:
    """Return an empty Figure on the Agg canvas (no pyplot, no GUI backend)."""
    # Heavy import (about 0.3 s): only when a chart is actually drawn.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def _period(start: int | None, end: int | None) -> str:
    return formatting.year_range(start, end)


# -- roadmap ------------------------------------------------------------------------------


def roadmap_figure(data: RoadmapData, lang: str = "id") -> Figure:
    """Return the roadmap: years across, one lane per dimension, programmes as bars.

    Quick wins carry a star and a dark edge, milestones are diamonds. Up to 40
    programmes get one row each with code and name; more are packed into
    shared rows labelled by code only (split a very large roadmap per lane with
    ``data.only(lane_key)``).
    """
    fig = new_figure(*A4_LANDSCAPE)
    title = t("Smart City roadmap, {region} {period}", lang).format(
        region=data.region, period=_period(data.plan_start, data.plan_end)).strip()
    draw_roadmap(fig, data, lang, title)
    return fig


def roadmap_parts(data: RoadmapData) -> list[RoadmapData]:
    """Return the roadmap whole if it fits one labelled page, else one part per dimension."""
    if not is_packed(data):
        return [data]
    return [data.only(lane.key) for lane in data.lanes if any(b.lane == lane.key
                                                              for b in data.bars)]


# -- budget -------------------------------------------------------------------------------


def _axis_number(value: float) -> str:
    """Return an axis tick the Indonesian way: ``1.500`` or ``2,5``."""
    if float(value).is_integer():
        return formatting.number(int(value))
    return f"{value:.2f}".rstrip("0").replace(".", ",")


def budget_figure(data: budget.BudgetSnapshot, lang: str = "id", unit: str = "juta") -> Figure:
    """Return stacked bars of the indicative budget per year, one colour per dimension."""
    fig = new_figure(*A4_LANDSCAPE)
    draw_budget(fig, data, lang, unit)
    return fig


def draw_budget(fig: Figure, data: budget.BudgetSnapshot, lang: str = "id",
                unit: str = "juta") -> None:
    """Draw the budget chart on an empty ``fig`` (the Budget page passes its Qt figure)."""
    fig.set_layout_engine("none")  # the axes are placed by hand, in figure fractions
    ax = fig.add_axes((0.09, 0.1, 0.62, 0.78))
    _stacked_bars(ax, data.by_dimension, lang, unit)
    _budget_axes(ax, data.by_dimension, lang, unit)
    fig.text(0.71, 0.02, t("Total: {amount}", lang).format(amount=formatting.rupiah(data.total)),
             ha="right", fontsize=9)
    fig.suptitle(t("Indicative budget per dimension, {region} {period}", lang).format(
        region=data.region, period=_period(data.plan_start, data.plan_end)).strip(),
        fontsize=14, x=0.09, ha="left")
    if not data.total:
        ax.text(0.5, 0.5, t("No budget entered yet.", lang), transform=ax.transAxes,
                ha="center", va="center", fontsize=12, color="#777777")
        ax.set_yticks([])


def _stacked_bars(ax: Any, roll: budget.Rollup, lang: str, unit: str) -> None:
    """Stack one bar segment per dimension on each year; write the year's total on top."""
    xs = list(range(len(roll.years)))
    bottom = [0.0] * len(xs)
    for line in roll.lines:
        values = [budget.scaled(a, unit) for a in line.amounts]
        ax.bar(xs, values, 0.62, bottom=bottom, color=line.color or None,
               label=f"{line.code}  {line.name(lang)}", edgecolor="white", linewidth=0.6)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    for x, total, top in zip(xs, roll.year_totals(), bottom, strict=True):
        if total:
            ax.annotate(budget.format_amount(total, unit), (x, top), xytext=(0, 4),
                        textcoords="offset points", ha="center", va="bottom", fontsize=9)
    ax.set_xticks(xs, [str(y) for y in roll.years], fontsize=10)


def _budget_axes(ax: Any, roll: budget.Rollup, lang: str, unit: str) -> None:
    """Label the amounts the Indonesian way, in the unit; legend of the dimensions."""
    from matplotlib.ticker import FuncFormatter  # heavy: see new_figure

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _axis_number(v)))
    ax.tick_params(axis="y", labelsize=9)
    ax.set_ylabel(t("Indicative budget ({unit})", lang).format(
        unit=budget.unit_label(unit, lang)), fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=9,
                  frameon=False, title=t("Dimension", lang), title_fontsize=10)


# -- readiness ----------------------------------------------------------------------------


def readiness_figure(data: ReadinessData, lang: str = "id") -> Figure:
    """Return the readiness radar: one polygon per component over the dimensions."""
    import math

    fig = new_figure(9.0, 7.2)
    ax: Any = fig.add_axes((0.2, 0.17, 0.6, 0.66), projection="polar")  # a PolarAxes
    count = max(len(data.lanes), 1)
    angles = [2 * math.pi * i / count for i in range(count)]
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    for series, color in zip(data.series, _cycle(COMPONENT_COLORS), strict=False):
        values = [float(r) for r in series.ratings] or [0.0]
        ax.plot([*angles, angles[0]], [*values, values[0]], color=color, linewidth=2,
                marker="o", markersize=4, label=series.name(lang))
        ax.fill([*angles, angles[0]], [*values, values[0]], color=color, alpha=0.12)
    ax.set_xticks(angles, [textwrap.fill(lane.name(lang), 14) for lane in data.lanes]
                  or [""], fontsize=10)
    for label, lane, angle in zip(ax.get_xticklabels(), data.lanes, angles, strict=False):
        label.set_color(lane.color or "#222222")
        label.set_fontweight("bold")
        side = math.sin(angle)  # clockwise from the top: right half > 0, left half < 0
        label.set_horizontalalignment("left" if side > 0.1 else "right" if side < -0.1
                                      else "center")
    ax.tick_params(axis="x", pad=12)
    ax.set_ylim(0, data.rating_max)
    ax.set_yticks(range(1, data.rating_max + 1))
    ax.tick_params(axis="y", labelsize=8, labelcolor="#555555")
    handles, labels = ax.get_legend_handles_labels()  # components without a name have none
    if handles:
        fig.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.01),
                   ncols=len(handles), fontsize=10, frameon=False)
    fig.suptitle(t("Regional readiness per dimension, {region} (scale 1-{top})", lang).format(
        region=data.region, top=data.rating_max), fontsize=14)
    return fig


def _cycle(colors: tuple[str, ...]) -> Any:
    import itertools

    return itertools.cycle(colors)


# -- output -------------------------------------------------------------------------------


def render(fig: Figure, out: str | Path | IO[bytes], fmt: str = "png", dpi: int = DPI) -> None:
    """Write ``fig`` as ``fmt`` (png or svg) to a path or a binary file (a BytesIO for Word)."""
    # zlib level 3, not Pillow's 6: the demo's roadmap PNG is written in 0.7 s instead of
    # 1.1 s for 6 % more bytes (measured for issue 7; the export draws two charts).
    extra: dict[str, Any] = {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}
    fig.savefig(out, format=fmt, dpi=dpi, metadata=_metadata(fmt), **extra)


def _metadata(fmt: str) -> dict[str, Any]:
    # Fixed metadata keeps the bytes the same for the same chart (no creation date in SVG).
    return {"Date": None} if fmt == "svg" else {"Software": "Rencana"}


def figure_for(db: Any, kind: str, lang: str = "id", unit: str = "juta") -> Figure:
    """Return the chart ``kind`` (roadmap | budget | readiness) of the workbook ``db``."""
    if kind == "roadmap":
        return roadmap_figure(roadmap.load(db), lang)
    if kind == "budget":
        return budget_figure(chart_data.budget_data(db), lang, unit)
    if kind == "readiness":
        return readiness_figure(chart_data.readiness_data(db), lang)
    raise ValidationError("Unknown chart {kind}: choose roadmap, budget or readiness.", kind=kind)


def write_chart(path: Path, kind: str, out: Path, lang: str | None = None) -> Path:
    """Draw chart ``kind`` of the workbook at ``path`` into ``out`` (.png at 200 dpi, or .svg).

    The file is written atomically (a temporary file in the target folder, then
    renamed), so ``out`` holds the old chart or the complete new one. Raises
    RencanaError with one sentence for an unknown extension or an unwritable target.
    """
    from app.storage import safe

    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise ValidationError("Charts are written as .png or .svg, not {name}.", name=out.name)
    fig = figure_for(safe.load_copy(path), kind, lang or i18n.cli_language())
    atomic.write_file(out, lambda handle: render(fig, handle, fmt))
    return out


i18n.register({
    "Smart City roadmap, {region} {period}": "Peta Jalan Smart City {region} {period}",
    "Indicative budget ({unit})": "Indikasi anggaran ({unit})",
    "Dimension": "Dimensi",
    "Total: {amount}": "Jumlah: {amount}",
    "Indicative budget per dimension, {region} {period}":
        "Indikasi anggaran per dimensi, {region} {period}",
    "No budget entered yet.": "Belum ada anggaran.",
    "Regional readiness per dimension, {region} (scale 1-{top})":
        "Kesiapan daerah per dimensi, {region} (skala 1-{top})",
    "Unknown chart {kind}: choose roadmap, budget or readiness.":
        "Grafik {kind} tidak dikenal: pilih roadmap, budget atau readiness.",
    "Charts are written as .png or .svg, not {name}.":
        "Grafik ditulis sebagai .png atau .svg, bukan {name}.",
})
