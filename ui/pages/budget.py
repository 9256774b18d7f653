"""The Budget page: roll-ups by year x dimension, funding source and lead OPD, with a chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import budget, formatting
from ui.budget.models import RollupModel
from ui.context import EditContext
from ui.widgets.figure_canvas import LazyFigure
from ui.widgets.named import named

# The tables whose change alters a roll-up.
TABLES = frozenset({"budgets", "programmes", "dimensions", "funding_sources", "organisations",
                    "workbook"})


class BudgetPage(QWidget):
    """Read-only roll-ups of the indicative budget; the money is entered on each programme."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self.unit = "juta"
        self.snapshot = budget.snapshot(ctx.wb.db)
        self.models = {group: RollupModel(ctx.lang, self) for group in budget.GROUPS}
        self.views = {group: self._table(group, m) for group, m in self.models.items()}
        self.total = named(QLabel(), "budgetTotal")
        self.unit_box = self._unit_box()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.views["dimension"], self.tr("By year and dimension"))
        self.tabs.addTab(self.views["source"], self.tr("By funding source"))
        self.tabs.addTab(self.views["lead"], self.tr("By lead OPD"))
        self.chart = LazyFigure(self.draw_chart)
        self._layout()
        ctx.changed.connect(self.on_workbook_changed)
        self.refresh()


    def _unit_box(self) -> QComboBox:
        box = named(QComboBox(), "budgetUnit")
        for unit, label in (("rupiah", self.tr("Rupiah")), ("juta", self.tr("Million (juta)")),
                            ("miliar", self.tr("Billion (miliar)"))):
            box.addItem(label, unit)
        box.setCurrentIndex(budget.UNITS.index(self.unit))
        box.currentIndexChanged.connect(self.on_unit_chosen)
        return box

    def _table(self, group: str, rollup_model: RollupModel) -> QTableView:
        view = named(QTableView(), f"budgetBy{group.title()}")
        view.setModel(rollup_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _layout(self) -> None:
        heading = QLabel(self.tr("Indicative budget"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.total)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Amounts in")))
        top.addWidget(self.unit_box)
        note = QLabel(self.tr("Budgets are entered per programme, year and funding source on "
                              "the Programmes page."), wordWrap=True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(self.chart)
        split.setChildrenCollapsible(False)
        split.setSizes([280, 440])
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(note)
        column.addWidget(split, 1)

    # -- refreshing ---------------------------------------------------------------------

    @Slot(object)
    def on_workbook_changed(self, tables: set[str]) -> None:
        """Read the roll-ups again when money, programmes or their labels changed.

        A hidden page only notes it: typing budgets on the Programmes page must not
        redraw this chart on every cell; the page catches up when shown.
        """
        if tables & TABLES:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @Slot(int)
    def on_unit_chosen(self, number: int) -> None:
        """Show every amount and the chart in the unit chosen in the switch."""
        self.unit = str(self.unit_box.itemData(number))
        self._show()

    def refresh(self) -> None:
        """Read the snapshot of the budget from the workbook and show it."""
        self._stale = False
        self.snapshot = budget.snapshot(self.ctx.wb.db)
        self._show()

    def _show(self) -> None:
        rollups = {"dimension": self.snapshot.by_dimension, "source": self.snapshot.by_source,
                   "lead": self.snapshot.by_lead}
        for group, rollup_model in self.models.items():
            rollup_model.set_rollup(rollups[group], self.unit)
        label = budget.unit_label(self.unit, self.ctx.lang)
        self.total.setText(self.tr("Total {amount}  ·  table amounts in {unit}").format(
            amount=formatting.rupiah(self.snapshot.total), unit=label))
        self.chart.redraw()

    def draw_chart(self, figure: Any) -> None:
        """Draw the stacked bars per year and dimension on the page's figure."""
        from app import charts  # drawing helpers; matplotlib itself loads inside them

        charts.draw_budget(figure, self.snapshot, self.ctx.lang, self.unit)
