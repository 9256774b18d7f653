"""Drawing helpers shared by the roadmap's items: fonts, labels, the quick-win star, tooltips."""

from __future__ import annotations

import html
import math
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen, QPolygonF

from ui.programmes import labels

if TYPE_CHECKING:
    from ui.roadmap.bar import BarLook

TEXT_PX = 12


@cache
def font(bold: bool = False, pixels: int = TEXT_PX) -> QFont:
    """Return the roadmap's font (sized in scene pixels, so it zooms with the bars)."""
    result = QFont()
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


@cache
def metrics(bold: bool = False, pixels: int = TEXT_PX) -> QFontMetricsF:
    """Return the metrics of ``font(bold, pixels)``."""
    return QFontMetricsF(font(bold, pixels))


def label(painter: Any, rect: QRectF, code: str, detail: str, *, dark: bool) -> None:
    """Draw ``code`` in bold then ``detail``, elided to fit ``rect`` (vertically centred)."""
    painter.setPen(QColor("#212121") if dark else QColor("#FFFFFF"))
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    bold = metrics(True)
    code = bold.elidedText(code, Qt.TextElideMode.ElideRight, max(rect.width(), 0.0))
    painter.setFont(font(True))
    painter.drawText(rect, flags, code)
    used = bold.horizontalAdvance(code + "  ") if code else 0.0
    rest = rect.adjusted(used, 0, 0, 0)
    if rest.width() < 24 or not detail:
        return
    painter.setFont(font(False))
    painter.drawText(rest, flags,
                     metrics().elidedText(detail, Qt.TextElideMode.ElideRight, rest.width()))


def star_polygon(center: QPointF, radius: float) -> QPolygonF:
    """Return a five-pointed star around ``center``."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle)))
    return QPolygonF(points)


def star(painter: Any, center: QPointF, radius: float, color: QColor) -> None:
    """Draw the quick-win star."""
    painter.setPen(QPen(color.darker(130), 1.0))
    painter.setBrush(color)
    painter.drawPolygon(star_polygon(center, radius))


def warning_badge(painter: Any, center: QPointF) -> None:
    """Draw the red round "!" that marks a bar needing attention."""
    painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
    painter.setBrush(QColor("#D32F2F"))
    painter.drawEllipse(center, 7.5, 7.5)
    painter.setFont(font(True, 11))
    painter.drawText(QRectF(center.x() - 7, center.y() - 7, 14, 14),
                     Qt.AlignmentFlag.AlignCenter, "!")


def tooltip(look: BarLook) -> str:
    """Return the hover text of a bar: code, name, OPD, years, phase, budget, problems."""
    row, e = look.row, html.escape
    lead = QCoreApplication.translate("RoadmapBar", "Lead OPD: {opd}")
    years = QCoreApplication.translate("RoadmapBar", "Years: {years}")
    phase = QCoreApplication.translate("RoadmapBar", "Phase: {phase}")
    budget = QCoreApplication.translate("RoadmapBar", "Budget: {amount}")
    milestone = QCoreApplication.translate("RoadmapBar", "Milestone {year}: {title}")
    lines = [f"<b>{e(row.code)}</b> {e(row.name)}",
             lead.format(opd=e(look.lead_name or "-")),
             years.format(years=labels.years(row.start_year, row.end_year)),
             phase.format(phase=e(labels.phase(row.phase))),
             budget.format(amount=labels.rupiah(row.budget_total))]
    lines += [milestone.format(year=year, title=e(title)) for year, title in look.milestones]
    lines += [f"<span style='color:#D32F2F'>{e(reason)}</span>" for reason in look.reasons]
    return "<br>".join(lines)
