"""A dependency on the roadmap: an arrow from the predecessor's end to the programme's start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ui.roadmap.bar import FLAG_COLOR, ProgrammeBar

HEAD = 8.0
COLOR = "#546E7A"


class DependencyArrow(QGraphicsItem):
    """Follows its two bars; red and dashed when the programme starts too early."""

    def __init__(self, predecessor: ProgrammeBar, programme: ProgrammeBar, late: bool) -> None:
        super().__init__()
        self.source, self.target, self.late = predecessor, programme, late
        self._path = QPainterPath()
        self._tip = QPointF()
        self._dir = QPointF(1, 0)  # the way the arrowhead points
        self.setZValue(2.5)  # above the bars (a dragged bar goes higher still)
        predecessor.arrows.append(self)
        programme.arrows.append(self)
        self.adjust()

    def detach(self) -> None:
        """Stop following the bars (before the arrow leaves the scene)."""
        for bar in (self.source, self.target):
            if self in bar.arrows:
                bar.arrows.remove(self)

    def set_late(self, late: bool) -> None:
        """Show whether the dependency is broken."""
        if late != self.late:
            self.late = late
            self.update()

    def adjust(self) -> None:
        """Follow the bars after one of them moved or was hidden."""
        self.setVisible(self.source.isVisible() and self.target.isVisible())
        before = self.source.mapRectToScene(self.source.bar_rect())
        after = self.target.mapRectToScene(self.target.bar_rect())
        self.prepareGeometryChange()
        if after.left() >= before.right() - 1:
            self._path, self._tip, self._dir = _sideways(before, after)
        else:
            self._path, self._tip, self._dir = _vertical(before, after)

    def boundingRect(self) -> QRectF:
        tip = self._tip
        return self._path.boundingRect().united(
            QRectF(tip.x() - HEAD, tip.y() - HEAD, 2 * HEAD, 2 * HEAD)).adjusted(-3, -3, 3, 3)

    def paint(self, painter: Any, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        color = QColor(FLAG_COLOR if self.late else COLOR)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255, 200), 4.0))  # a halo where it crosses bars
        painter.drawPath(self._path)
        pen = QPen(color, 1.8)
        if self.late:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        tip, d = self._tip, self._dir
        back = QPointF(tip.x() - d.x() * HEAD, tip.y() - d.y() * HEAD)
        side = QPointF(-d.y() * HEAD / 2, d.x() * HEAD / 2)
        painter.drawPolygon(QPolygonF([tip, back + side, back - side]))


def _sideways(before: QRectF, after: QRectF) -> tuple[QPainterPath, QPointF, QPointF]:
    """Return an S-curve from the predecessor's end to the programme's start (it comes later)."""
    start = QPointF(before.right(), before.center().y())
    tip = QPointF(after.left(), after.center().y())
    reach = max(30.0, (tip.x() - start.x()) / 2)
    path = QPainterPath(start)
    path.cubicTo(QPointF(start.x() + reach, start.y()), QPointF(tip.x() - reach, tip.y()),
                 QPointF(tip.x() - HEAD, tip.y()))
    return path, tip, QPointF(1, 0)


def _vertical(before: QRectF, after: QRectF) -> tuple[QPainterPath, QPointF, QPointF]:
    """Return a drop from the predecessor into the programme's start (they overlap in time)."""
    x_end = after.left() + 4  # in the bars' left padding, clear of their labels
    x_start = min(max(x_end, before.left() + 4), before.right() - 4)
    down = after.center().y() > before.center().y()
    start = QPointF(x_start, before.bottom() if down else before.top())
    tip = QPointF(x_end, after.top() if down else after.bottom())
    sign = 1.0 if down else -1.0
    reach = max(12.0, abs(tip.y() - start.y()) / 2)
    path = QPainterPath(start)
    path.cubicTo(QPointF(start.x(), start.y() + sign * reach),
                 QPointF(tip.x(), tip.y() - sign * reach),
                 QPointF(tip.x(), tip.y() - sign * HEAD))
    return path, tip, QPointF(0, sign)
