"""A matplotlib chart inside a widget, with matplotlib imported only when it is first shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class LazyFigure(QWidget):
    """Holds a matplotlib ``Figure`` drawn by ``draw(figure)``; nothing heavy loads before the
    widget is shown (start-up must not pay for matplotlib: style.md item 14)."""

    def __init__(self, draw: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draw = draw
        self.canvas: Any = None
        self.figure: Any = None
        self._pending = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(240)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.canvas is None and not self._pending:
            self._pending = True  # after the first paint: the window appears without waiting
            QTimer.singleShot(0, self, self._create)
        super().showEvent(event)

    def _create(self) -> None:
        """Make the figure and its canvas, then draw (unless hidden again meanwhile)."""
        self._pending = False
        if self.canvas is None and self.isVisible():
            self._make_canvas()
            self.redraw()

    def _make_canvas(self) -> None:
        # Imported here: matplotlib costs about 0.3 s, paid only when a chart is first shown.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(5, 3), layout="constrained")
        # matplotlib's backends carry no type hints (matplotlib/matplotlib#26941).
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self._layout.addWidget(self.canvas)

    def redraw(self) -> None:
        """Draw the chart again from current data (a no-op until the widget has been shown)."""
        if self.figure is None:
            return
        self.figure.clear()
        self._draw(self.figure)
        # draw(), not draw_idle(): draw_idle leaves a zero-time timer aimed at the canvas,
        # and a canvas deleted before it fires (a page closed, a test torn down) crashed
        # the process in Qt's event loop (seen once in a full CI run).
        self.canvas.draw()
