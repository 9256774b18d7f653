"""The editor under the register: everything a programme carries, one tab per kind of thing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import EditContext
from ui.programmes.budget_grid import BudgetGrid
from ui.programmes.general import GeneralForm
from ui.programmes.kpis import KpiEditor
from ui.programmes.links import DependencyEditor, PartnerList
from ui.programmes.milestones import MilestoneEditor, OriginList


class ProgrammeEditor(QTabWidget):
    """Programme, budget, KPIs, partners, dependencies, milestones and origin cards."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = GeneralForm(ctx, self)
        self.budget = BudgetGrid(ctx, self)
        self.kpis = KpiEditor(ctx, self)
        self.partners = PartnerList(ctx, self)
        self.dependencies = DependencyEditor(ctx, self)
        self.milestones = MilestoneEditor(ctx, self)
        self.origins = OriginList(ctx, self)
        self.addTab(self.general, self.tr("Programme"))
        self.addTab(self._with_note(self.budget, self.tr(
            "Indicative budget in whole rupiah: type digits (1500000); an empty cell is zero.")),
            self.tr("Budget"))
        self.addTab(self.kpis, self.tr("KPIs and targets"))
        self.addTab(self._with_note(self.partners, self.tr(
            "Tick the organisations that support this programme.")), self.tr("Partners"))
        self.addTab(self._with_note(self.dependencies, self.tr(
            "Programmes that must come first (the roadmap draws them as arrows).")),
            self.tr("Dependencies"))
        self.addTab(self.milestones, self.tr("Milestones"))
        self.addTab(self._with_note(self.origins, self.tr(
            "The workshop cards and clusters this programme came from.")), self.tr("Origin cards"))

    def _with_note(self, widget: QWidget, note: str) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        label = QLabel(note, page)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555")
        column.addWidget(label)
        column.addWidget(widget, 1)
        return page

    def set_programme(self, programme_id: str | None) -> None:
        """Show another programme in every tab (None: nothing to edit)."""
        self.general.set_programme(programme_id)
        self.budget.budget.set_programme(programme_id)
        self.kpis.set_programme(programme_id)
        self.partners.set_programme(programme_id)
        self.dependencies.set_programme(programme_id)
        self.milestones.set_programme(programme_id)
        self.origins.set_programme(programme_id)
        self.setEnabled(programme_id is not None)
