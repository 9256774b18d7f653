"""A named cluster on the board: a labelled rounded rectangle that grows around its cards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem

from app import model
from app.board_layout import CLUSTER_HEADER, CLUSTER_MIN_H, CLUSTER_MIN_W, CLUSTER_PAD
from ui.board.card_item import SKETCH_BELOW
from ui.board.style import BoardStyle

if TYPE_CHECKING:
    from ui.board.scene import BoardScene


def cluster_rect(origin: QPointF, member_rects: list[QRectF]) -> QRectF:
    """Return a cluster's frame (relative to ``origin``) holding the cards' scene rectangles."""
    rect = QRectF(0, 0, CLUSTER_MIN_W, CLUSTER_MIN_H)
    for member in member_rects:
        local = member.translated(-origin)
        rect = rect.united(local.adjusted(-CLUSTER_PAD, -CLUSTER_HEADER, CLUSTER_PAD,
                                          CLUSTER_PAD))
    return rect


class ClusterItem(QGraphicsItem):
    """A cluster: drawn under the cards, moved with them, renamed by double-clicking its name."""

    def __init__(self, cluster: model.Cluster, style: BoardStyle, editable: bool) -> None:
        super().__init__()
        self.cluster = cluster
        self._style = style
        self._rect = QRectF(0, 0, CLUSTER_MIN_W, CLUSTER_MIN_H)
        self.setZValue(-1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_editable(editable)
        self.set_cluster(cluster, style)

    @property
    def cluster_id(self) -> str:
        """Return the id of the cluster this item shows."""
        return self.cluster.id

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid moving the cluster."""
        flags = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                 | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        if editable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)

    def set_cluster(self, cluster: model.Cluster, style: BoardStyle) -> None:
        """Show ``cluster`` (name, place) in ``style``."""
        self.cluster = cluster
        self._style = style
        self.setPos(cluster.x, cluster.y)
        self.update()

    def fit(self, member_rects: list[QRectF]) -> None:
        """Grow (or shrink) to hold the given scene rectangles of its cards below the header."""
        rect = cluster_rect(self.pos(), member_rects)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def scene_area(self) -> QRectF:
        """Return the area (scene coordinates) where a dropped card joins this cluster."""
        return self._rect.translated(self.pos())

    def header_rect(self) -> QRectF:
        """Return the name strip (item coordinates)."""
        return QRectF(self._rect.left(), self._rect.top(), self._rect.width(), CLUSTER_HEADER)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: object = None) -> None:
        style = self._style
        selected = self.isSelected()
        pen = QPen(style.outline if selected else style.cluster_border, 3.0 if selected else 2.0)
        if option.levelOfDetailFromTransform(painter.worldTransform()) >= SKETCH_BELOW:
            # Dashed antialiased frames are costly to draw: only when close enough to see.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen.setStyle(Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(style.cluster_fill)
        painter.drawRoundedRect(self._rect, 14, 14)
        painter.setPen(style.cluster_text)
        painter.setFont(style.cluster_font)
        header = self.header_rect().adjusted(14, 0, -14, 0)
        name = QFontMetricsF(style.cluster_font).elidedText(
            self.cluster.name, Qt.TextElideMode.ElideRight, header.width())
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

    def _board(self) -> BoardScene | None:
        from ui.board.scene import BoardScene

        scene = self.scene()
        return scene if isinstance(scene, BoardScene) else None

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        board = self._board()
        moved = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
        if change == moved and board is not None and board.dragging:
            board.carry_members(self)
        return super().itemChange(change, value)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        board = self._board()
        if board and self.header_rect().contains(event.pos()):
            board.rename_requested.emit(self.cluster_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def top_left(self) -> QPointF:
        """Return the scene position where the cluster's frame starts."""
        return self.pos() + self._rect.topLeft()
