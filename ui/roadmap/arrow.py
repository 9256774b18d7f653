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
        self._head = QPolygonF()
        self._strokes: list[tuple[QRectF, QRectF]] = []  # (halo, line) per segment
        self._strokes_scale = 0.0  # the view scale the strokes were made for
        self._bounds = QRectF()
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
            self._strokes_scale = 0.0  # a late line is thicker
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
        self._head = _head(self._tip, self._dir)
        self._strokes_scale = 0.0
        tip = self._tip
        self._bounds = self._line.boundingRect().united(
            QRectF(tip.x() - HEAD, tip.y() - HEAD, 2 * HEAD, 2 * HEAD)).adjusted(-3, -3, 3, 3)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: Any, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scale = max(painter.worldTransform().m11(), 0.01)
        if scale != self._strokes_scale:  # made once per zoom level, not on every repaint
            self._strokes = _strokes(self._line, 1.0 / scale, self.late)
            self._strokes_scale = scale
        color = _LATE if self.late else _COLOR
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        shown = option.exposedRect
        for halo, line in self._strokes:  # level and upright strokes as filled rectangles:
            if halo.intersects(shown):  # the fast path
                painter.fillRect(halo, _HALO)
                painter.fillRect(line, color)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(self._head)


# An opaque white casing: a translucent one cost a third of a repaint of 1,000 programmes
# (blending a tall, thin rectangle goes scan line by scan line; measured in bench/RESULTS.md).
_HALO = QColor(255, 255, 255)
_COLOR = QColor(COLOR)
_LATE = QColor(FLAG_COLOR)


def _head(tip: QPointF, d: QPointF) -> QPolygonF:
    """Return the arrowhead at ``tip`` pointing along ``d``."""
    back = QPointF(tip.x() - d.x() * HEAD, tip.y() - d.y() * HEAD)
    side = QPointF(-d.y() * HEAD / 2, d.x() * HEAD / 2)
    return QPolygonF([tip, back + side, back - side])


def _strokes(line: QPolygonF, pixel: float, late: bool) -> list[tuple[QRectF, QRectF]]:
    """Return the (halo, line) rectangles of each segment of an elbow line, ``pixel`` being
    one screen pixel in scene units."""
    width = (2.0 if late else 1.5) * pixel
    segments = [QLineF(line.at(n), line.at(n + 1)) for n in range(line.size() - 1)]
    return [(_stroke(s, 3.5 * pixel), _stroke(s, width)) for s in segments]


def _stroke(line: QLineF, width: float) -> QRectF:
    """Return the rectangle that draws a level or upright ``line`` ``width`` thick."""
    half = width / 2
    x1, x2 = sorted((line.x1(), line.x2()))
    y1, y2 = sorted((line.y1(), line.y2()))
    return QRectF(x1 - half, y1 - half, x2 - x1 + width, y2 - y1 + width)


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
