"""The readiness radar chart on the Analysis page, drawn by app.charts inside the window."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import EditContext


class RadarChart(QWidget):
    """A matplotlib canvas showing app.charts' readiness radar; redrawn when ratings change.

    matplotlib (about 0.3 s to import) is loaded only when the chart is first
    shown, so it stays off the start-up path (style.md item 14).
    """

    TABLES = frozenset({"readiness", "components", "dimensions", "workbook"})

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.canvas: QWidget | None = None
        self._stale = True
        self.setLayout(QVBoxLayout())
        self.setMinimumWidth(320)
        ctx.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def _on_changed(self, tables: set[str]) -> None:
        if tables & self.TABLES:
            self._stale = True
            if self.isVisible():
                self.redraw()

    def redraw(self) -> None:
        """Draw the radar again from the workbook."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # heavy: first show only

        from app import chart_data, charts

        data = chart_data.readiness_data(self.ctx.wb.db)
        figure = charts.readiness_figure(data, self.ctx.lang)
        canvas = FigureCanvasQTAgg(figure)
        if self.canvas is not None:
            self.layout().replaceWidget(self.canvas, canvas)
            self.canvas.deleteLater()
        else:
            self.layout().addWidget(canvas)
        self.canvas = canvas
        self._stale = False
