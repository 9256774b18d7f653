"""The Roadmap page: programmes as bars on the years of the plan, in lanes, dragged to move."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import programmes, roadmap
from app.programme_filter import Criteria
from ui.context import EditContext
from ui.roadmap import layout as roadmap_layout
from ui.roadmap.controls import RoadmapControls
from ui.roadmap.resize_question import ask_about_years_outside
from ui.roadmap.scene import RoadmapScene
from ui.roadmap.view import RoadmapView

AUTO_ZOOM = (0.6, 1.3)  # the fitted scale stays legible: below it the page scrolls
MIN_YEAR_W = 80.0


class RoadmapPage(QWidget):
    """Years across, one lane per dimension (or OPD, or phase); each drag is one undo step.

    ``programme_activated(programme_id)`` is emitted when a bar is double-clicked
    (the window can open that programme on the Programmes page).
    """

    programme_activated = Signal(str)

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = roadmap.load(ctx.wb.db)
        self.year_w = roadmap_layout.YEAR_W
        self.layout_now: roadmap_layout.Layout | None = None
        self._fitting = False
        self._stale = False
        self._settings: tuple[str, Criteria] | None = None
        self.controls = RoadmapControls(self)
        self.scene = RoadmapScene(self)
        self.scene.set_editable(not ctx.read_only)
        self.view = RoadmapView(self.scene, self)
        self._build()
        self._connect()
        self.controls.set_choices(self.data, ctx.lang)
        self.relayout()


    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.addWidget(self.controls)
        column.addWidget(self.view, 1)
        column.addWidget(self.controls.legend)

    def _connect(self) -> None:
        self.controls.settings_changed.connect(self.relayout)
        self.controls.zoom_in.clicked.connect(self.view.zoom_in)
        self.controls.zoom_out.clicked.connect(self.view.zoom_out)
        self.controls.fit.clicked.connect(self.fit)
        self.controls.actual_size.clicked.connect(self.actual_size)
        self.view.viewport_resized.connect(self._fit)
        self.view.nudged.connect(self.on_nudged)
        self.scene.move_requested.connect(self.on_move_requested)
        self.scene.programme_activated.connect(self.programme_activated)
        self.ctx.changed.connect(self.on_workbook_changed)

    def _untitled(self, mode: str) -> str:
        if mode == "opd":
            return self.tr("No lead OPD")
        return self.tr("No dimension")

    @Slot()
    def relayout(self) -> None:
        """Lay the current snapshot out with the chosen lanes and filters."""
        settings = (self.controls.mode(), self.controls.filter())
        previous = self.layout_now if settings == self._settings else None
        self._settings = settings
        self.layout_now = roadmap_layout.compute(
            self.data, *settings, self.ctx.lang, self.year_w, untitled=self._untitled,
            previous=previous)
        self.scene.show_data(self.data, self.layout_now)
        self._fit()

    @Slot()
    def fit(self) -> None:
        """Fit the roadmap to the window (and keep it fitted when the window resizes)."""
        self.view.auto_fit = True
        self._fit()

    @Slot()
    def actual_size(self) -> None:
        """Show the roadmap at its natural size."""
        self.view.auto_fit = False
        self.view.set_zoom(1.0)

    def _fit(self) -> None:
        """Scale so that all lanes show (within AUTO_ZOOM) and widen the years to fill the width."""
        size = self.view.viewport().size()
        if (not self.view.auto_fit or self._fitting or self.layout_now is None
                or size.width() < 100 or size.height() < 100):
            return
        margin = roadmap_layout.SCENE_MARGIN
        scale = (size.height() - 4) / (self.layout_now.height + margin)  # no scroll bar
        scale = min(max(scale, AUTO_ZOOM[0]), AUTO_ZOOM[1])
        years = len(self.layout_now.axis.years())
        year_w = ((size.width() - 4) / scale - roadmap_layout.LABEL_W - margin) / years
        self._fitting = True
        try:
            self.view.set_zoom(scale)
            if abs(max(year_w, MIN_YEAR_W) - self.year_w) >= 1:
                self.year_w = max(year_w, MIN_YEAR_W)
                self.relayout()
        finally:
            self._fitting = False

    @Slot(object)
    def on_workbook_changed(self, tables: set[str]) -> None:
        """Read the workbook again when something the roadmap shows was written."""
        if not tables & roadmap.TABLES:
            return
        if not self.isVisible():
            self._stale = True  # read again when shown: edits elsewhere stay quick
            return
        self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._reload()
        super().showEvent(event)

    def _reload(self) -> None:
        self._stale = False
        self.data = roadmap.load(self.ctx.wb.db)
        self.controls.set_choices(self.data, self.ctx.lang)
        self.relayout()

    @Slot(str, int, int)
    def on_move_requested(self, programme_id: str, start: int, end: int) -> None:
        """Store a dragged bar's new years as one undo step; a refusal puts the bar back.

        A move takes the programme's money and KPI targets along; a resize that
        leaves some outside asks what to do with them first.
        """
        wb = self.ctx.wb
        outside: str | None = programmes.KEEP
        row = self.data.programmes.get(programme_id)
        if row is not None and end - start != row.end_year - row.start_year:
            left = programmes.years_left_outside(wb, programme_id, start, end)
            outside = ask_about_years_outside(self, left) if left else programmes.KEEP
        change = None
        if outside is not None:
            change = self.ctx.perform(
                lambda: programmes.move_programme(wb, programme_id, start, end, outside))
        bar = self.scene.bars.get(programme_id)
        if not change and bar is not None:
            bar.snap_back()  # the window says why (ctx.failed), or the user cancelled

    @Slot(int, int)
    def on_nudged(self, to_start: int, to_end: int) -> None:
        """Move (or, with Shift, resize) the selected bar by a year from the keyboard."""
        if self.ctx.read_only:
            return
        for item in self.scene.selectedItems():
            bar = self.scene.bars.get(getattr(item, "programme_id", ""))
            if bar is not None:
                row = bar.look.row
                self.on_move_requested(row.id, row.start_year + to_start, row.end_year + to_end)
