"""The roadmap scene: builds bars and arrows from a snapshot and then updates only what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from app.roadmap import RoadmapData
from ui.roadmap import flags
from ui.roadmap.arrow import DependencyArrow
from ui.roadmap.bar import BarLook, ProgrammeBar
from ui.roadmap.grid import RoadmapGrid
from ui.roadmap.layout import NO_DIMENSION_COLOR, SCENE_MARGIN, Layout

Edge = tuple[str, str]
PIXMAP_CACHE_KB = 256 * 1024


class RoadmapScene(QGraphicsScene):
    """Holds one bar per shown programme and one arrow per dependency between shown bars.

    ``show_data`` is called with each new snapshot and layout: bars whose
    picture changed repaint, bars whose place changed move, the rest are untouched.
    ``move_requested(programme_id, start, end)`` relays a bar's finished drag;
    ``programme_activated(programme_id)`` a double-click on a bar.
    """

    move_requested = Signal(str, int, int)
    programme_activated = Signal(str)  # a bar was double-clicked

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)  # a scene without a parent is collected (facts.md)
        # Each bar caches its pixels; Qt's default 10 MB pixmap cache holds fewer bars than
        # a fitted roadmap shows, so they would evict each other on every repaint.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.bars: dict[str, ProgrammeBar] = {}
        self.arrows: dict[Edge, DependencyArrow] = {}
        self.grid: RoadmapGrid | None = None
        self.editable = True

    def show_data(self, data: RoadmapData, layout: Layout) -> None:
        """Bring the scene in line with ``data`` laid out as ``layout``."""
        self._show_grid(layout)
        reasons = flags.reasons(data)
        for programme_id in [p for p in self.bars if p not in layout.bar_y]:
            self._remove_bar(programme_id)
        for programme_id, y in layout.bar_y.items():
            look = _look(data, programme_id, reasons)
            bar = self.bars.get(programme_id)
            if bar is None:
                self._add_bar(look, layout, y)
            else:
                bar.show_look(look, layout.axis, y)
        self._show_arrows(data)
        self.setSceneRect(QRectF(0, 0, layout.axis.right + SCENE_MARGIN,
                                 layout.height + SCENE_MARGIN))

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, ProgrammeBar):
                self.programme_activated.emit(item.programme_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid dragging the bars."""
        self.editable = editable
        for bar in self.bars.values():
            bar.editable = editable

    def _show_grid(self, layout: Layout) -> None:
        if self.grid is None:
            self.grid = RoadmapGrid(layout)
            self.addItem(self.grid)
        elif (self.grid.layout.lanes, self.grid.layout.axis) != (layout.lanes, layout.axis):
            self.grid.set_layout(layout)
        else:
            self.grid.layout = layout

    def _add_bar(self, look: BarLook, layout: Layout, y: float) -> None:
        bar = ProgrammeBar(look, layout.axis, y, editable=self.editable,
                           on_release=self.move_requested.emit)
        self.bars[look.row.id] = bar
        self.addItem(bar)

    def _remove_bar(self, programme_id: str) -> None:
        bar = self.bars.pop(programme_id)
        for arrow in list(bar.arrows):
            self._remove_arrow((arrow.target.programme_id, arrow.source.programme_id))
        self.removeItem(bar)

    def _remove_arrow(self, edge: Edge) -> None:
        arrow = self.arrows.pop(edge, None)
        if arrow is not None:
            arrow.detach()
            self.removeItem(arrow)

    def _show_arrows(self, data: RoadmapData) -> None:
        wanted = {(a, b) for a, b in data.dependencies if a in self.bars and b in self.bars}
        late = flags.late_edges(data)
        for edge in [e for e in self.arrows if e not in wanted]:
            self._remove_arrow(edge)
        for edge in wanted:
            arrow = self.arrows.get(edge)
            if arrow is None:
                after, before = edge
                arrow = DependencyArrow(self.bars[before], self.bars[after], edge in late)
                self.arrows[edge] = arrow
                self.addItem(arrow)
            else:
                arrow.set_late(edge in late)


def _look(data: RoadmapData, programme_id: str, reasons: dict[str, list[str]]) -> BarLook:
    """Return what the bar of ``programme_id`` shows."""
    row = data.programmes[programme_id]
    dimension = data.dimensions.get(row.dimension_id)
    lead = data.organisations.get(row.lead_org_id or "")
    milestones = tuple((m.year, m.title) for m in data.milestones_of(programme_id))
    return BarLook(row=row, color=(dimension.color if dimension else "") or NO_DIMENSION_COLOR,
                   milestones=milestones, reasons=tuple(reasons.get(programme_id, ())),
                   lead_name=(lead.name if lead else ""))
