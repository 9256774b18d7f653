"""The readiness radar chart on the Analysis page: app.charts' figure, shown as a picture."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.context import EditContext

SCREEN_DPI = 90


class _Rendered(QObject):
    done = Signal(int, object)  # generation, PNG bytes


class _RenderJob(QRunnable):
    """Draws the radar to PNG bytes off the GUI thread: importing matplotlib and drawing
    took 1.5 s, and the window froze when the Analysis page was first shown."""

    def __init__(self, generation: int, data: Any, lang: str) -> None:
        super().__init__()
        self.generation, self.data, self.lang = generation, data, lang
        self.signals = _Rendered()

    def run(self) -> None:
        from app import charts  # heavy (matplotlib), in this worker thread

        buffer = io.BytesIO()
        charts.render(charts.readiness_figure(self.data, self.lang), buffer, "png",
                      dpi=SCREEN_DPI)
        self.signals.done.emit(self.generation, buffer.getvalue())


_running: set[_RenderJob] = set()  # jobs stay referenced until their thread returns


class RadarChart(QLabel):
    """The radar drawn by app.charts (the same one the documents print), scaled to fit.

    The figure is laid out for paper; rendered to a picture and scaled as a
    whole it stays complete in a narrow panel, where a live canvas would crop
    its labels. matplotlib (about 0.3 s to import) is loaded only when the chart
    is first shown, so it stays off the start-up path (style.md item 14), and in a
    worker thread, so showing the page does not freeze the window. ``drawn`` is
    emitted when the new picture is shown.
    """

    drawn = Signal()
    TABLES = frozenset({"readiness", "components", "dimensions", "workbook"})

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.image: QPixmap | None = None
        self._stale = True
        self._generation = 0
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
        """Draw the radar again from the workbook (in a worker thread; ``drawn`` follows)."""
        from app.charts import data as chart_data  # light: no matplotlib

        self._generation += 1
        self._stale = False
        if self.image is None:
            self.setText(self.tr("Drawing the chart..."))
        job = _RenderJob(self._generation, chart_data.readiness_data(self.ctx.wb.db),
                         self.ctx.lang)
        job.signals.done.connect(self._on_rendered, Qt.ConnectionType.QueuedConnection)
        _running.add(job)
        job.signals.done.connect(lambda *_: _running.discard(job),
                                 Qt.ConnectionType.QueuedConnection)  # on the GUI thread
        job.setAutoDelete(False)
        QThreadPool.globalInstance().start(job)

    @Slot(int, object)
    def _on_rendered(self, generation: int, png: bytes) -> None:
        if generation != self._generation:
            return  # an older drawing finished after a newer one was asked for
        picture = QPixmap()
        picture.loadFromData(png, "PNG")
        self.image = picture
        self._fit()
        self.drawn.emit()

    def _fit(self) -> None:
        if self.image is not None and not self.image.isNull():
            self.setPixmap(self.image.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
