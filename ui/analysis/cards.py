"""The SWOT and the issues-and-gaps tabs: analysis cards in lists, filtered by dimension."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import analysis, model, ops
from app.storage import rows
from ui.analysis.models import CardListModel, component_name, dimension_name
from ui.context import EditContext
from ui.widgets.buttons import button_row


def kind_title(kind: str) -> str:
    """Return the translated title of a list of cards of ``kind``."""
    titles = {
        "strength": QCoreApplication.translate("CardList", "Strengths"),
        "weakness": QCoreApplication.translate("CardList", "Weaknesses"),
        "opportunity": QCoreApplication.translate("CardList", "Opportunities"),
        "threat": QCoreApplication.translate("CardList", "Threats"),
        "issue": QCoreApplication.translate("CardList", "Strategic issues"),
        "gap": QCoreApplication.translate("CardList", "Gaps"),
    }
    return titles[kind]


class CardList(QGroupBox):
    """One list of analysis cards with Add and Delete; new cards take the current filter."""

    def __init__(self, ctx: EditContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(kind_title(kind), parent)
        self.ctx, self.kind = ctx, kind
        self.cards = CardListModel(ctx, kind, self)
        self.view = QTableView(self)
        self.view.setModel(self.cards)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(
            CardListModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        buttons, _ = button_row(self, [(self.tr("Add"), self.add_card),
                                       (self.tr("Delete"), self.delete_card)])
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def add_card(self) -> None:
        """Add a card of this list's kind in the filtered dimension and start editing it."""
        dim, comp, text = self.cards.dimension_id, self.cards.component_id, self.tr("New entry")
        if self.ctx.perform(lambda: analysis.add_card(self.ctx.wb, self.kind, text, dim, comp)[0]):
            last = self.cards.index(self.cards.rowCount() - 1, CardListModel.COL_TEXT)
            self.view.setCurrentIndex(last)
            self.view.edit(last)

    def delete_card(self) -> None:
        """Delete the selected card."""
        index = self.view.currentIndex()
        if index.isValid():
            card = self.cards.row(index.row())
            self.ctx.perform(lambda: ops.delete(self.ctx.wb, model.Card, card.id))


def dimension_combo(ctx: EditContext, parent: QWidget, *, any_label: str) -> QComboBox:
    """Return a combo box of the dimensions, with a first entry for all of them."""
    combo = QComboBox(parent)
    combo.addItem(any_label, None)
    for dim in rows.select(ctx.wb.db, model.Dimension):
        combo.addItem(f"{dim.code} · {dimension_name(dim, ctx.lang)}", dim.id)
    return combo


class CardBoard(QWidget):
    """Lists of cards of several kinds side by side, under one dimension (and component) filter."""

    def __init__(self, ctx: EditContext, kinds: tuple[str, ...], *, with_component: bool,
                 columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dimension = dimension_combo(ctx, self, any_label=self.tr("All dimensions"))
        self.component = QComboBox(self)
        self.component.addItem(self.tr("All components"), None)
        for comp in rows.select(ctx.wb.db, model.Component):
            self.component.addItem(component_name(comp, ctx.lang), comp.id)
        self.component.setVisible(with_component)
        self.lists = {kind: CardList(ctx, kind, self) for kind in kinds}
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Dimension"), self))
        head.addWidget(self.dimension, 1)
        head.addWidget(self.component, 1)
        grid = QGridLayout()
        for number, card_list in enumerate(self.lists.values()):
            grid.addWidget(card_list, number // columns, number % columns)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid, 1)
        self.dimension.currentIndexChanged.connect(self.apply_filter)
        self.component.currentIndexChanged.connect(self.apply_filter)
        self.apply_filter()

    def apply_filter(self, *_args: object) -> None:
        """Show the cards of the chosen dimension and component in every list."""
        for card_list in self.lists.values():
            card_list.cards.set_filter(self.dimension.currentData(), self.component.currentData())


def swot_tab(ctx: EditContext, parent: QWidget) -> CardBoard:
    """Return the SWOT tab: four quadrants per dimension and component."""
    return CardBoard(ctx, analysis.SWOT_KINDS, with_component=True, columns=2, parent=parent)


def issues_tab(ctx: EditContext, parent: QWidget) -> CardBoard:
    """Return the tab of strategic issues and gaps per dimension."""
    return CardBoard(ctx, ("issue", "gap"), with_component=False, columns=2, parent=parent)
