"""The readiness radar chart on the Analysis page: app.charts' figure, shown as a picture."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.context import EditContext

SCREEN_DPI = 90


class RadarChart(QLabel):
    """The radar drawn by app.charts (the same one the documents print), scaled to fit.

    The figure is laid out for paper; rendered to a picture and scaled as a
    whole it stays complete in a narrow panel, where a live canvas would crop
    its labels. matplotlib (about 0.3 s to import) is loaded only when the chart
    is first shown, so it stays off the start-up path (style.md item 14).
    """

    TABLES = frozenset({"readiness", "components", "dimensions", "workbook"})

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.picture: QPixmap | None = None
        self._stale = True
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        ctx.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _on_changed(self, tables: set[str]) -> None:
        if tables & self.TABLES:
            self._stale = True
            if self.isVisible():
                self.redraw()

    def redraw(self) -> None:
        """Draw the radar again from the workbook."""
        from app import charts  # heavy (matplotlib): first show only
        from app.charts import data as chart_data

        figure = charts.readiness_figure(chart_data.readiness_data(self.ctx.wb.db), self.ctx.lang)
        buffer = io.BytesIO()
        charts.render(figure, buffer, "png", dpi=SCREEN_DPI)
        picture = QPixmap()
        picture.loadFromData(buffer.getvalue(), "PNG")
        self.picture = picture
        self._stale = False
        self._fit()

    def _fit(self) -> None:
        if self.picture is not None and not self.picture.isNull():
            self.setPixmap(self.picture.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
