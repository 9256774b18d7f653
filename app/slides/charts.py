"""Native, editable charts: the budget as stacked columns, the readiness as a radar.

python-pptx writes the data sheet (so "Edit Data" works in PowerPoint) but
leaves out parts of the chart XML that PowerPoint and LibreOffice then fill in
differently: a bar chart without ``c:varyColors`` is drawn one colour per point
by LibreOffice; ``c:autoTitleDeleted val=0`` makes PowerPoint invent a title
from a single series' name; a legend without ``c:overlay val=0`` may cover the
plot. Those are set here, and every series gets an explicit colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from app.slides.canvas import GREY, INK, Box, clean, rgb


@dataclass(frozen=True)
class Series:
    """One series of a chart: name, colour (RRGGBB) and one value per category."""

    name: str
    colour: str
    values: tuple[float, ...]


def _data(categories: Sequence[str], series: Sequence[Series], number_format: str) -> Any:
    maker: Any = CategoryChartData  # python-pptx carries no types
    data = maker(number_format=number_format)
    data.categories = [clean(c, single_line=True) or "-" for c in categories]
    names: set[str] = set()
    for item in series:
        name = clean(item.name, single_line=True)[:80] or "-"
        while name in names:  # the data sheet needs distinct column headers
            name += " "
        names.add(name)
        data.add_series(name, item.values)
    return data


def stacked_columns(slide: Any, box: Box, categories: Sequence[str], series: Sequence[Series],
                    axis_title: str, number_format: str = "#,##0.0",
                    axis_format: str = "#,##0") -> Any:
    """Add a stacked column chart (one column per category, one band per series)."""
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_STACKED, Inches(box.left), Inches(box.top), Inches(box.width),
        Inches(box.height), _data(categories, series, number_format))
    chart = frame.chart
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = 100
    for found, item in zip(plot.series, series, strict=True):
        found.format.fill.solid()
        found.format.fill.fore_color.rgb = rgb(item.colour)
        found.invert_if_negative = False
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = rgb("D5DBE1")
    value_axis.tick_labels.number_format = axis_format
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.has_title = True
    value_axis.axis_title.text_frame.text = clean(axis_title, single_line=True)
    _axis_title_font(value_axis.axis_title)
    _common(chart, len(series))
    return frame


def radar(slide: Any, box: Box, categories: Sequence[str], series: Sequence[Series],
          maximum: int) -> Any:
    """Add a radar chart with markers, its scale fixed at 0..``maximum``."""
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.RADAR_MARKERS, Inches(box.left), Inches(box.top), Inches(box.width),
        Inches(box.height), _data(categories, series, "0"))
    chart = frame.chart
    for found, item in zip(chart.plots[0].series, series, strict=True):
        colour = rgb(item.colour)
        found.format.line.color.rgb = colour
        found.format.line.width = Pt(2.25)
        found.marker.style = XL_MARKER_STYLE.CIRCLE
        found.marker.size = 7
        found.marker.format.fill.solid()
        found.marker.format.fill.fore_color.rgb = colour
        found.marker.format.line.color.rgb = colour
        found.smooth = False
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale = 0, max(maximum, 1)
    axis.major_unit = 1
    axis.has_major_gridlines = True
    axis.major_gridlines.format.line.color.rgb = rgb("C9D1D9")
    _common(chart, len(series))
    return frame


def _common(chart: Any, count: int) -> None:
    """Legend at the bottom beside the plot, fonts, and the XML python-pptx leaves out."""
    chart.has_title = False
    chart.has_legend = count > 0
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False  # writes c:overlay val=0
        chart.legend.font.size = Pt(11)
        chart.legend.font.color.rgb = rgb(INK)
    chart.font.size = Pt(11)
    chart.font.name = "Arial"
    chart.font.color.rgb = rgb(GREY)
    space = chart._chartSpace
    _set(space.find(qn("c:chart")), "c:autoTitleDeleted", "1", first=True)
    for plot in space.find(qn("c:chart")).find(qn("c:plotArea")):
        if plot.tag in (qn("c:barChart"), qn("c:radarChart")):
            _vary_colors(plot)
    legend = space.find(qn("c:chart")).find(qn("c:legend"))
    if legend is not None:
        _set(legend, "c:overlay", "0")


def _vary_colors(plot: etree._Element) -> None:
    """Give a plot ``c:varyColors val=0`` in its schema place (before the first series)."""
    found = plot.find(qn("c:varyColors"))
    if found is None:
        found = etree.Element(qn("c:varyColors"))
        anchor = plot.find(qn("c:ser"))
        if anchor is not None:
            anchor.addprevious(found)
        else:
            plot.append(found)
    found.set("val", "0")


def _set(parent: etree._Element, tag: str, value: str, first: bool = False) -> None:
    found = parent.find(qn(tag))
    if found is None:
        found = etree.SubElement(parent, qn(tag))
        if first:
            parent.remove(found)
            parent.insert(0, found)
    found.set("val", value)


def _axis_title_font(title: Any) -> None:
    for paragraph in title.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(11)
            run.font.bold = False
            run.font.color.rgb = rgb(GREY)
