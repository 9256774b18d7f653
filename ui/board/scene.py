"""The board's canvas: card and cluster items kept in step with the workbook, and drag-and-drop.

The scene holds one item per card and cluster, keyed by id; ``apply_cards`` and
``apply_clusters`` update only the items a change touched. A drag ends in one
``moved`` signal carrying every card and cluster it moved, so the page can write
the whole drag as one undo step.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPixmapCache, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from app import model
from app.board_layout import (
    CAPTURE_COLUMNS,
    CARD_H,
    CARD_W,
    CLUSTER_MIN_H,
    CLUSTER_MIN_W,
    GAP,
    STEP_X,
    STEP_Y,
)
from app.storage.queries_board import BoardCard
from ui.board.card_item import CardItem
from ui.board.cluster_item import ClusterItem, cluster_rect
from ui.board.style import BoardStyle, desk_style

FADED = 0.15
PIXMAP_CACHE_KB = 256 * 1024


@dataclass
class Moved:
    """What one drag moved: cards {id: (x, y, cluster id)} and clusters {id: (x, y)}."""

    cards: dict[str, tuple[float, float, str | None]] = field(default_factory=dict)
    clusters: dict[str, tuple[float, float]] = field(default_factory=dict)


def cells_of(x: float, y: float) -> list[tuple[int, int]]:
    """Return the capture-grid cells a card at (x, y) covers, even in part."""
    cols = range(math.floor(x / STEP_X), math.floor((x + CARD_W) / STEP_X) + 1)
    rows = range(math.floor(y / STEP_Y), math.floor((y + CARD_H) / STEP_Y) + 1)
    return list(itertools.product(cols, rows))


def card_rect(pos: QPointF) -> QRectF:
    """Return the scene rectangle of a card whose top-left is ``pos``."""
    return QRectF(pos.x(), pos.y(), CARD_W, CARD_H)


class BoardScene(QGraphicsScene):
    """Cards and clusters of one workbook; the page feeds it changes and reacts to its signals."""

    vote_clicked = Signal(str)  # card id
    tally_requested = Signal(str)  # card id
    edit_requested = Signal(str)  # card id
    rename_requested = Signal(str)  # cluster id
    menu_requested = Signal(str, str, object)  # "card" | "cluster", id, QPoint on screen
    moved = Signal(object)  # Moved

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.cards: dict[str, CardItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.look = desk_style()
        self.editable = True
        self.dragging = False
        self._visible: Callable[[BoardCard], bool] | None = None
        self._fade = False
        self._z = itertools.count(1)
        self._press: dict[QGraphicsItem, QPointF] = {}
        self._cells: Counter[tuple[int, int]] = Counter()  # capture-grid cells cards cover
        self._members: dict[str, set[str]] = {}  # cluster id -> ids of its cards
        self._carry: dict[ClusterItem, QPointF] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # Every card caches its pixels in the global QPixmapCache (10 MB by default): a
        # whole board of 2,000 notes needs more, or the notes evict each other and
        # every repaint draws them all again.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.setBackgroundBrush(QBrush(self.look.background))

    # -- keeping in step with the workbook ----------------------------------------------

    def apply_cards(self, upserts: Iterable[BoardCard], removed: Iterable[str] = ()) -> None:
        """Add or update the items of ``upserts``, remove those of ``removed``, refit clusters."""
        touched: set[str | None] = set()
        for card_id in removed:
            item = self.cards.pop(card_id, None)
            if item is not None:
                touched.add(self._index(item, -1))
                self.removeItem(item)
        for data in upserts:
            item = self.cards.get(data.card.id)
            if item is None:
                item = CardItem(data, self.look, self.editable)
                item.setZValue(data.card.position * 1e-6)
                self.addItem(item)
                self.cards[data.card.id] = item
            else:
                touched.add(self._index(item, -1))
                item.set_data(data, self.look)
            touched.add(self._index(item, +1))
            self._show(item)
        self.refit_clusters(touched)
        self._show_clusters(touched)

    def _index(self, item: CardItem, by: int) -> str | None:
        """Count (``by`` +1) or uncount (-1) a card's grid cells and cluster; return the cluster."""
        card = item.entry.card
        for cell in cells_of(card.x, card.y):
            self._cells[cell] += by
            if not self._cells[cell]:
                del self._cells[cell]
        if card.cluster_id:
            members = self._members.setdefault(card.cluster_id, set())
            (members.add if by > 0 else members.discard)(card.id)
        return card.cluster_id

    def apply_clusters(self, upserts: Iterable[model.Cluster],
                       removed: Iterable[str] = ()) -> None:
        """Add or update cluster items, remove those of ``removed``, refit them to their cards."""
        for cluster_id in removed:
            item = self.clusters.pop(cluster_id, None)
            if item is not None:
                self.removeItem(item)
        touched: set[str | None] = set()
        for cluster in upserts:
            item = self.clusters.get(cluster.id)
            if item is None:
                item = ClusterItem(cluster, self.look, self.editable)
                self.addItem(item)
                self.clusters[cluster.id] = item
            else:
                item.set_cluster(cluster, self.look)
            touched.add(cluster.id)
        self.refit_clusters(touched)
        self._show_clusters(touched)

    def members(self, cluster_id: str) -> list[CardItem]:
        """Return the items of the cards in a cluster."""
        return [self.cards[c] for c in self._members.get(cluster_id, ()) if c in self.cards]

    def refit_clusters(self, cluster_ids: Iterable[str | None] | None = None) -> None:
        """Make the frames of ``cluster_ids`` (all if None) hold their cards."""
        chosen = self.clusters.keys() if cluster_ids is None else set(cluster_ids)
        for cid in chosen:
            item = self.clusters.get(cid) if cid else None
            if item is not None:
                item.fit([card_rect(c.pos()) for c in self.members(item.cluster_id)])

    def revert_positions(self) -> None:
        """Put every item back where the workbook says it is (after a refused move)."""
        for card in self.cards.values():
            card.setPos(card.entry.card.x, card.entry.card.y)
        for cluster in self.clusters.values():
            cluster.setPos(cluster.cluster.x, cluster.cluster.y)
        self.refit_clusters()

    # -- look, editing and filters ----------------------------------------------------------

    def set_style(self, style: BoardStyle) -> None:
        """Draw every item in ``style`` (desk or projector)."""
        self.look = style
        self.setBackgroundBrush(QBrush(style.background))
        for card in self.cards.values():
            card.set_data(card.entry, style)
        for cluster in self.clusters.values():
            cluster.set_cluster(cluster.cluster, style)

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid moving items."""
        self.editable = editable
        for card in self.cards.values():
            card.set_editable(editable)
        for cluster in self.clusters.values():
            cluster.set_editable(editable)

    def set_filter(self, visible: Callable[[BoardCard], bool] | None, fade: bool) -> None:
        """Hide (or fade, if ``fade``) the cards for which ``visible`` is false; None shows all."""
        self._visible, self._fade = visible, fade
        for item in self.cards.values():
            self._show(item)
        self._show_clusters(self.clusters)

    def _show_clusters(self, cluster_ids: Iterable[str | None]) -> None:
        """Hide (or fade) a cluster whose cards the filter rules out, all of them."""
        for cid in cluster_ids:
            item = self.clusters.get(cid) if cid else None
            if item is None:
                continue
            members = self.members(item.cluster_id)
            matches = (self._visible is None or not members
                       or any(c.opacity() == 1.0 and c.isVisible() for c in members))
            item.setVisible(matches or self._fade)
            item.setOpacity(1.0 if matches else FADED)

    def _show(self, item: CardItem) -> None:
        matches = self._visible is None or self._visible(item.entry)
        item.setVisible(matches or self._fade)
        item.setOpacity(1.0 if matches else FADED)
        if not matches and item.isSelected():
            item.setSelected(False)

    def shown_cards(self) -> list[CardItem]:
        """Return the cards the filter lets through."""
        return [c for c in self.cards.values() if c.isVisible() and c.opacity() == 1.0]

    def next_z(self) -> float:
        """Return a z value above every card (a picked-up card comes to the top)."""
        return float(next(self._z))

    def selected_card_ids(self) -> list[str]:
        """Return the ids of the selected cards, in capture order."""
        chosen = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        return [i.card_id for i in sorted(chosen, key=lambda i: i.entry.card.position)]

    # -- free places ------------------------------------------------------------------------

    def free_slot(self) -> QPointF:
        """Return the first free place in the capture grid (left to right, top to bottom)."""
        areas = [c.scene_area() for c in self.clusters.values()]
        for index in itertools.count():
            col, row = index % CAPTURE_COLUMNS, index // CAPTURE_COLUMNS
            if (col, row) in self._cells:
                continue
            slot = QRectF(col * STEP_X, row * STEP_Y, CARD_W, CARD_H)
            if not any(a.intersects(slot) for a in areas):
                return slot.topLeft()
        raise AssertionError("unreachable")

    def free_cluster_slot(self) -> QPointF:
        """Return a free place for a new cluster, to the right of the capture grid."""
        left = CAPTURE_COLUMNS * STEP_X + 3 * GAP
        taken = [card_rect(c.pos()) for c in self.cards.values()]
        taken += [c.scene_area() for c in self.clusters.values()]
        for index in itertools.count():
            col, row = index % 3, index // 3
            slot = QRectF(left + col * (CLUSTER_MIN_W + 2 * GAP), row * (CLUSTER_MIN_H + 2 * GAP),
                          CLUSTER_MIN_W, CLUSTER_MIN_H)
            if not any(t.intersects(slot) for t in taken):
                return slot.topLeft()
        raise AssertionError("unreachable")

    # -- dragging ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press.clear()
        self._carry.clear()
        if event.button() != Qt.MouseButton.LeftButton or self.mouseGrabberItem() is None:
            return
        for item in self.selectedItems():
            self._press[item] = item.pos()
            if isinstance(item, ClusterItem):
                self._carry[item] = item.pos()
                for card in self.members(item.cluster_id):
                    self._press.setdefault(card, card.pos())
        self.dragging = bool(self._press) and self.editable

    def carry_members(self, cluster: ClusterItem) -> None:
        """Move the unselected cards of a dragged cluster along with it."""
        last = self._carry.get(cluster)
        if last is None:
            return
        delta = cluster.pos() - last
        self._carry[cluster] = cluster.pos()
        for card in self.members(cluster.cluster_id):
            if not card.isSelected():
                card.moveBy(delta.x(), delta.y())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if not self.dragging:
            return
        self.dragging = False
        moved = [item for item, pos in self._press.items() if item.pos() != pos]
        if moved:
            self.moved.emit(self._describe(moved))

    def _describe(self, moved: list[QGraphicsItem]) -> Moved:
        carried = {c for cl in self._carry for c in self.members(cl.cluster_id)
                   if not c.isSelected()}
        moving = {i.card_id for i in moved if isinstance(i, CardItem)}
        result = Moved()
        for item in moved:
            p = item.pos()
            if isinstance(item, ClusterItem):
                result.clusters[item.cluster_id] = (p.x(), p.y())
            elif isinstance(item, CardItem):
                home = (item.entry.card.cluster_id if item in carried
                        else self.cluster_at(item.center(), moving))
                result.cards[item.card_id] = (p.x(), p.y(), home)
        return result

    def cluster_at(self, point: QPointF, moving: AbstractSet[str] = frozenset()) -> str | None:
        """Return the cluster whose frame (without the ``moving`` cards) holds ``point``."""
        for cid, item in reversed(self.clusters.items()):
            rects = [card_rect(c.pos()) for c in self.members(cid) if c.card_id not in moving]
            if cluster_rect(item.pos(), rects).translated(item.pos()).contains(point):
                return cid
        return None

    # -- menus ------------------------------------------------------------------------------

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        for item in self.items(event.scenePos(), Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, CardItem) and item.isVisible():
                self._menu_for(item, "card", item.card_id, event)
                return
            if isinstance(item, ClusterItem):
                self._menu_for(item, "cluster", item.cluster_id, event)
                return

    def _menu_for(self, item: QGraphicsItem, kind: str, row_id: str,
                  event: QGraphicsSceneContextMenuEvent) -> None:
        if not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        event.accept()
        self.menu_requested.emit(kind, row_id, event.screenPos())
