"""The Analysis page: readiness grid with radar chart, SWOT per dimension, issues and gaps."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.analysis.cards import issues_tab, swot_tab
from ui.analysis.readiness import ReadinessTab
from ui.context import EditContext


class AnalysisPage(QWidget):
    """Three tabs: readiness, SWOT, strategic issues and gaps."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.readiness = ReadinessTab(ctx, self.tabs)
        self.swot = swot_tab(ctx, self.tabs)
        self.issues = issues_tab(ctx, self.tabs)
        self.tabs.addTab(self.readiness, self.tr("Readiness"))
        self.tabs.addTab(self.swot, self.tr("SWOT"))
        self.tabs.addTab(self.issues, self.tr("Issues and gaps"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

