"""The roadmap's backdrop: the row of years on top, year columns, and one coloured band per lane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ui.roadmap import paint
from ui.roadmap.layout import HEADER_H, LABEL_W, Axis, Lane, Layout

HEADER_FILL = "#37474F"
GRID_LINE = "#CFD8DC"
OUTSIDE_FILL = "#ECEFF1"


class RoadmapGrid(QGraphicsItem):
    """Paints what lies behind the bars; only the exposed part is painted."""

    def __init__(self, layout: Layout) -> None:
        super().__init__()
        self.layout = layout
        self.setZValue(0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_layout(self, layout: Layout) -> None:
        """Show another set of lanes or years."""
        self.prepareGeometryChange()
        self.layout = layout
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.layout.axis.right, self.layout.height)

    def paint(self, painter: Any, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        axis = self.layout.axis
        for lane in self.layout.lanes:
            if lane.top <= exposed.bottom() and lane.top + lane.height >= exposed.top():
                self._lane(painter, lane, axis)
        self._columns(painter, axis)
        self._header(painter, axis)

    def paint_header(self, painter: Any) -> None:
        """Paint the row of years (the view pins it to the top when scrolled)."""
        self._header(painter, self.layout.axis)

    def _lane(self, painter: Any, lane: Lane, axis: Axis) -> None:
        color = QColor(lane.color)
        tint = QColor(color)
        tint.setAlpha(22)
        band = QRectF(0, lane.top, axis.right, lane.height)
        painter.fillRect(band, tint)
        title = QRectF(0, lane.top + 1, LABEL_W - 10, lane.height - 2)
        painter.fillRect(title, color)
        pill = self._count(painter, title, lane.count, color)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(paint.font(True, 14))
        text = QRectF(title.left() + 10, title.top() + 2, pill.left() - title.left() - 14,
                      title.height() - 4)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text, flags | Qt.TextFlag.TextWordWrap, lane.title)
        painter.setPen(QPen(QColor(GRID_LINE), 1.0))
        painter.drawLine(QLineF(0, lane.top + lane.height, axis.right, lane.top + lane.height))

    def _count(self, painter: Any, title: QRectF, count: int, color: QColor) -> QRectF:
        """Draw the number of programmes in the lane as a pill at the band's right; return it."""
        text = str(count)
        width = paint.metrics(True, 11).horizontalAdvance(text) + 12
        pill = QRectF(title.right() - width - 6, title.center().y() - 8, width, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(pill, 8, 8)
        painter.setPen(color.darker(120))
        painter.setFont(paint.font(True, 11))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        return pill

    def _columns(self, painter: Any, axis: Axis) -> None:
        bottom = self.layout.height
        for year in axis.years():
            if not axis.in_plan(year):
                rect = QRectF(axis.x(year), HEADER_H, axis.year_w, bottom - HEADER_H)
                painter.fillRect(rect, QBrush(QColor("#B0BEC5"), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(QColor(GRID_LINE), 1.0))
        for year in [*axis.years(), axis.last + 1]:
            painter.drawLine(QLineF(axis.x(year), HEADER_H, axis.x(year), bottom))

    def _header(self, painter: Any, axis: Axis) -> None:
        painter.fillRect(QRectF(0, 0, axis.right, HEADER_H), QColor(HEADER_FILL))
        painter.setFont(paint.font(True, 15))
        for year in axis.years():
            painter.setPen(QColor("#FFFFFF" if axis.in_plan(year) else "#90A4AE"))
            painter.drawText(QRectF(axis.x(year), 0, axis.year_w, HEADER_H),
                             Qt.AlignmentFlag.AlignCenter, str(year))
        painter.setPen(QColor("#B0BEC5"))
        painter.setFont(paint.font(False, 12))
        plan = QCoreApplication.translate("RoadmapGrid", "Plan {start}-{end}").format(
            start=axis.plan_start, end=axis.plan_end)
        painter.drawText(QRectF(12, 0, LABEL_W - 20, HEADER_H),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, plan)
