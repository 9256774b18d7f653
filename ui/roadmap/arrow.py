"""A dependency on the roadmap: an arrow from the predecessor's end to the programme's start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ui.roadmap.bar import FLAG_COLOR, ProgrammeBar

HEAD = 8.0
COLOR = "#546E7A"


class DependencyArrow(QGraphicsItem):
    """Follows its two bars; red and dashed when the programme starts too early."""

    def __init__(self, predecessor: ProgrammeBar, programme: ProgrammeBar, late: bool) -> None:
        super().__init__()
        self.source, self.target, self.late = predecessor, programme, late
        self._line = QPolygonF()
        self._tip = QPointF()
        self._dir = QPointF(1, 0)  # the way the arrowhead points
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
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
            self._line, self._tip, self._dir = _sideways(before, after)
        else:
            self._line, self._tip, self._dir = _vertical(before, after)

    def boundingRect(self) -> QRectF:
        tip = self._tip
        return self._line.boundingRect().united(
            QRectF(tip.x() - HEAD, tip.y() - HEAD, 2 * HEAD, 2 * HEAD)).adjusted(-3, -3, 3, 3)

    def paint(self, painter: Any, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        color = QColor(FLAG_COLOR if self.late else COLOR)
        lines = _clipped(self._line, option.exposedRect.adjusted(-6, -6, 6, 6))
        pixel = 1.0 / max(painter.worldTransform().m11(), 0.01)  # one screen pixel
        halo = QColor(255, 255, 255, 170)
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        for line in lines:  # level and upright strokes as filled rectangles: the fast path
            painter.fillRect(_stroke(line, 3.5 * pixel), halo)
            painter.fillRect(_stroke(line, (2.0 if self.late else 1.5) * pixel), color)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        tip, d = self._tip, self._dir
        back = QPointF(tip.x() - d.x() * HEAD, tip.y() - d.y() * HEAD)
        side = QPointF(-d.y() * HEAD / 2, d.x() * HEAD / 2)
        painter.drawPolygon(QPolygonF([tip, back + side, back - side]))


def _stroke(line: QLineF, width: float) -> QRectF:
    """Return the rectangle that draws a level or upright ``line`` ``width`` thick."""
    half = width / 2
    x1, x2 = sorted((line.x1(), line.x2()))
    y1, y2 = sorted((line.y1(), line.y2()))
    return QRectF(x1 - half, y1 - half, x2 - x1 + width, y2 - y1 + width)


def _clipped(line: QPolygonF, rect: QRectF) -> list[QLineF]:
    """Return the parts of an elbow line (level and upright segments) that lie in ``rect``.

    Stroking a long antialiased line costs as much off screen as on it, and a
    dependency between distant lanes can be thousands of units long.
    """
    parts = []
    for n in range(line.size() - 1):
        a, b = line.at(n), line.at(n + 1)
        x1, x2 = sorted((a.x(), b.x()))
        y1, y2 = sorted((a.y(), b.y()))
        x1, x2 = max(x1, rect.left()), min(x2, rect.right())
        y1, y2 = max(y1, rect.top()), min(y2, rect.bottom())
        if x1 <= x2 and y1 <= y2:
            parts.append(QLineF(x1, y1, x2, y2) if a.x() == b.x() or a.y() == b.y()
                         else QLineF(a, b))
    return parts


def _sideways(before: QRectF, after: QRectF) -> tuple[QPolygonF, QPointF, QPointF]:
    """Return an elbow from the predecessor's end to the programme's start (it comes later)."""
    start = QPointF(before.right(), before.center().y())
    tip = QPointF(after.left(), after.center().y())
    middle = start.x() + min(max((tip.x() - start.x()) / 2, 0.0), 24.0)
    points = [start, QPointF(middle, start.y()), QPointF(middle, tip.y()),
              QPointF(tip.x() - HEAD, tip.y())]
    return QPolygonF(points), tip, QPointF(1, 0)


def _vertical(before: QRectF, after: QRectF) -> tuple[QPolygonF, QPointF, QPointF]:
    """Return a drop from the predecessor into the programme's start (they overlap in time)."""
    x_end = after.left() + 4  # in the bars' left padding, clear of their labels
    x_start = min(max(x_end, before.left() + 4), before.right() - 4)
    down = after.center().y() > before.center().y()
    sign = 1.0 if down else -1.0
    start = QPointF(x_start, before.bottom() if down else before.top())
    tip = QPointF(x_end, after.top() if down else after.bottom())
    turn = start.y() + sign * 4
    points = [start, QPointF(x_start, turn), QPointF(x_end, turn),
              QPointF(x_end, tip.y() - sign * HEAD)]
    return QPolygonF(points), tip, QPointF(0, sign)
