"""A programme on the roadmap: a bar you drag to move and resize by its ends, snapping to years."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.storage.queries_programmes import ProgrammeRow
from ui.roadmap import paint
from ui.roadmap.layout import BAR_H, ROW_PITCH, Axis

EDGE = 9.0  # how close to an end a press resizes rather than moves
INSET = 2.0  # gap between bars that touch
TOP = 2.0  # the bar's top inside its row (milestone diamonds hang below it)
QUICK_WIN_FILL = "#FFC107"
FLAG_COLOR = "#D32F2F"


@dataclass(frozen=True)
class BarLook:
    """Everything a bar's picture depends on; a bar repaints only when this changes."""

    row: ProgrammeRow
    color: str
    milestones: tuple[tuple[int, str], ...] = ()
    reasons: tuple[str, ...] = ()
    lead_name: str = ""


class ProgrammeBar(QGraphicsItem):
    """One programme's bar. A drag previews the new years and, on release, asks to move.

    ``on_release(programme_id, start_year, end_year)`` is called once per drag (at
    release) when the years differ; whoever handles it writes the move and then
    calls ``show_look`` (accepted) or ``snap_back`` (refused). A plain item with a
    callback, not a QObject with a signal: a thousand bars build twice as fast.
    """

    def __init__(self, look: BarLook, axis: Axis, y: float, *, editable: bool,
                 on_release: Callable[[str, int, int], None]) -> None:
        super().__init__()
        self.on_release = on_release
        self.look = look
        self.axis = axis
        self.editable = editable
        self.start, self.end = look.row.start_year, look.row.end_year
        self.arrows: list[Any] = []  # DependencyArrow items that follow this bar
        self._drag: tuple[str, float, int, int] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2)
        self.setPos(axis.x(self.start), y)

    @property
    def programme_id(self) -> str:
        """Return the id of the programme this bar shows."""
        return self.look.row.id

    # -- state --------------------------------------------------------------------------

    def show_look(self, look: BarLook, axis: Axis, y: float) -> None:
        """Show ``look`` at row ``y``; repaint only if the picture changed."""
        years = (look.row.start_year, look.row.end_year)
        changed = look != self.look or axis != self.axis or years != (self.start, self.end)
        if changed:
            self.prepareGeometryChange()
            self.look, self.axis = look, axis
            self.start, self.end = years
            self.setToolTip("")  # made again on the next hover
            self.update()
        place = QPointF(axis.x(self.start), y)
        if changed or place != self.pos():
            self.setPos(place)
            self._moved()

    def snap_back(self) -> None:
        """Return to the stored years after a refused or empty drag."""
        self._set_years(self.look.row.start_year, self.look.row.end_year)

    def _set_years(self, start: int, end: int) -> None:
        if (start, end) == (self.start, self.end):
            return
        if end - start != self.end - self.start:
            self.prepareGeometryChange()
        self.start, self.end = start, end
        self.setPos(self.axis.x(start), self.y())
        self.update()
        self._moved()

    def _moved(self) -> None:
        for arrow in self.arrows:
            arrow.adjust()

    # -- geometry -----------------------------------------------------------------------

    def width(self) -> float:
        """Return the bar's width in scene units (whole years)."""
        return (self.end - self.start + 1) * self.axis.year_w

    def bar_rect(self) -> QRectF:
        """Return the drawn bar in item coordinates."""
        return QRectF(INSET, TOP, self.width() - 2 * INSET, BAR_H)

    def boundingRect(self) -> QRectF:
        return QRectF(-2.0, 0.0, self.width() + 4.0, ROW_PITCH)

    def _zone(self, x: float) -> str:
        if x <= EDGE:
            return "left"
        if x >= self.width() - EDGE:
            return "right"
        return "move"

    # -- painting -----------------------------------------------------------------------

    def paint(self, painter: Any, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.bar_rect()
        row = self.look.row
        fill = QColor(QUICK_WIN_FILL if row.is_quick_win else self.look.color)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(self._outline(fill))
        painter.setBrush(fill)
        radius = BAR_H / 2 if row.is_quick_win else 5.0
        painter.drawRoundedRect(rect, radius, radius)
        if row.is_quick_win:
            paint.star(painter, QPointF(rect.left() + 13, rect.center().y()), 7.0,
                       QColor(self.look.color))
        text_left = rect.left() + (24 if row.is_quick_win else 8)
        right = rect.right() - (20 if self.look.reasons else 6)
        detail = f"{self.start}-{self.end}" if self._drag else row.name
        paint.label(painter, QRectF(text_left, rect.top(), right - text_left, rect.height()),
                    row.code, detail, dark=row.is_quick_win)
        for year, _title in self.look.milestones:
            self._diamond(painter, year)
        if self.look.reasons:
            paint.warning_badge(painter, QPointF(rect.right() - 10, rect.center().y()))

    def _outline(self, fill: QColor) -> QPen:
        if self.look.reasons:
            return QPen(QColor(FLAG_COLOR), 3.0)
        if self.isSelected():
            return QPen(QColor("#212121"), 2.5)
        return QPen(fill.darker(135), 1.2)

    def _diamond(self, painter: Any, year: int) -> None:
        if not self.start <= year <= self.end:
            return
        cx = (year - self.start + 0.5) * self.axis.year_w
        cy = TOP + BAR_H
        r = 4.0
        shape = QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r),
                           QPointF(cx - r, cy)])
        painter.setPen(QPen(QColor("#263238"), 1.2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawPolygon(shape)

    # -- dragging -----------------------------------------------------------------------

    def tooltip_text(self) -> str:
        """Return the hover text: code, name, OPD, years, phase, budget, milestones, problems."""
        return paint.tooltip(self.look)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if not self.toolTip():
            self.setToolTip(self.tooltip_text())  # made on demand: 1,000 bars build faster
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if not self.editable:
            self.setCursor(QCursor(Qt.CursorShape.ArrowCursor))
        elif self._zone(event.pos().x()) == "move":
            self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))
        else:
            self.setCursor(QCursor(Qt.CursorShape.SizeHorCursor))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)  # selection
        event.accept()
        if self.editable and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (self._zone(event.pos().x()), event.scenePos().x(),
                          self.start, self.end)
            self.setZValue(3)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            return
        zone, x0, start, end = self._drag
        delta = round((event.scenePos().x() - x0) / self.axis.year_w)
        if zone == "move":
            self._set_years(start + delta, end + delta)
        elif zone == "left":
            self._set_years(min(start + delta, end), end)
        else:
            self._set_years(start, max(end + delta, start))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.setZValue(2)
        self.update()
        if drag is None:
            return
        if (self.start, self.end) == (drag[2], drag[3]):
            return
        self.on_release(self.programme_id, self.start, self.end)
