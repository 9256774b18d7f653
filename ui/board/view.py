"""The window onto the board: zoom with Ctrl+wheel, pan by dragging empty space or middle button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

MIN_SCALE = 0.05
MAX_SCALE = 4.0
STEP = 1.25

# Keys on a selected card -> the command the page carries out.
KEY_COMMANDS = {
    Qt.Key.Key_Delete: "delete", Qt.Key.Key_Backspace: "delete", Qt.Key.Key_F2: "edit",
    Qt.Key.Key_V: "tally", Qt.Key.Key_Plus: "vote", Qt.Key.Key_Equal: "vote",
    Qt.Key.Key_Minus: "unvote",
}


class BoardView(QGraphicsView):
    """Shows a BoardScene; left-drag on empty space pans, Shift+drag selects with a rubber band."""

    command = Signal(str)  # a KEY_COMMANDS value for the selected cards

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self.key_commands = True  # False: keys on cards go to the parent (projector)
        self.auto_fit = True  # keep fitting the board to the view until the user zooms

    # -- zoom -------------------------------------------------------------------------------

    def zoom(self) -> float:
        """Return the current scale (1.0 = actual size)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Scale the view by ``factor``, within sensible limits."""
        target = min(MAX_SCALE, max(MIN_SCALE, self.zoom() * factor))
        if target != self.zoom():
            self.scale(target / self.zoom(), target / self.zoom())

    def zoom_in(self) -> None:
        """Enlarge by one step."""
        self.auto_fit = False
        self.zoom_by(STEP)

    def zoom_out(self) -> None:
        """Shrink by one step."""
        self.auto_fit = False
        self.zoom_by(1 / STEP)

    def fit_all(self) -> None:
        """Fit the board to the view, and keep it fitted as the view resizes."""
        self.auto_fit = True
        self.fit()

    def fit(self, area: QRectF | None = None) -> None:
        """Show ``area`` (the shown cards and clusters if None) as large as it fits."""
        area = area if area is not None else self._content()
        if area.isEmpty():
            return
        self.fitInView(area.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:
            self.zoom_by(1.5 / self.zoom())

    def _content(self) -> QRectF:
        area = QRectF()
        for item in self.scene().items():
            if item.isVisible() and item.opacity() == 1.0:
                area = area.united(item.sceneBoundingRect())
        return area

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.auto_fit = False
            self.zoom_by(STEP ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)

    # -- pan and select -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if shift
                         else QGraphicsView.DragMode.ScrollHandDrag)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        name = KEY_COMMANDS.get(Qt.Key(event.key()))
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if name and self.key_commands and not control:
            self.command.emit(name)
            event.accept()
            return
        super().keyPressEvent(event)
