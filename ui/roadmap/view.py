"""The roadmap's view: Ctrl+wheel zoom, fit, hand-drag panning, and a year header that stays put."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from ui.roadmap.grid import RoadmapGrid

MIN_ZOOM, MAX_ZOOM = 0.15, 4.0
STEP = 1.15


class RoadmapView(QGraphicsView):
    """Shows the roadmap scene; ``auto_fit`` stays true until the user zooms by hand."""

    zoom_changed = Signal(float)
    viewport_resized = Signal()
    nudged = Signal(int, int)  # years added to the start and to the end of the selected bar

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.auto_fit = True
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def zoom(self) -> float:
        """Return the current scale (1.0 = one scene unit per pixel)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Scale the view to ``factor`` (bounded)."""
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        current = self.zoom()
        if abs(factor - current) > 1e-6:
            self.scale(factor / current, factor / current)
            self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        """Zoom in one step (and stop following the window's width)."""
        self.auto_fit = False
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.auto_fit = False
        self.set_zoom(self.zoom() / STEP)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.auto_fit = False
            self.set_zoom(self.zoom() * STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right move the selected bar a year; with Shift they move only its end."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is None or not self.scene() or not self.scene().selectedItems():
            super().keyPressEvent(event)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.nudged.emit(0, step)
        else:
            self.nudged.emit(step, step)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.viewport_resized.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:
            self.viewport().update()  # the pinned year header must be repainted, not scrolled

    def drawForeground(self, painter: QPainter, rect: QRectF | Any) -> None:
        """Repeat the row of years at the top of the window once it has scrolled away."""
        top = self.mapToScene(0, 0).y()
        grid = _grid(self.scene())
        if grid is None or top <= 0:
            return
        painter.save()
        painter.translate(0, top)
        grid.paint_header(painter)
        painter.restore()


def _grid(scene: QGraphicsScene | None) -> RoadmapGrid | None:
    return getattr(scene, "grid", None)
