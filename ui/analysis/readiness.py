"""The readiness tab: the component x dimension grid, a cell's narrative and evidence, the radar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import analysis, model, ops
from ui.analysis.models import EvidenceModel, ReadinessModel, component_name, dimension_name
from ui.analysis.radar import RadarChart
from ui.binding import TextBinding
from ui.context import EditContext
from ui.widgets.buttons import button_row


class RatingDelegate(QStyledItemDelegate):
    """Edits a rating with a spin box from 0 (not rated) to the workbook's scale."""

    def __init__(self, grid: ReadinessModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.grid = grid

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, self.grid.scale())
        editor.setSpecialValueText("–")
        return editor


class ReadinessTab(QWidget):
    """Rate each component in each dimension, write why, and list the evidence."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.grid = ReadinessModel(ctx, self)
        self.grid.refresh()
        self.view = QTableView(self)
        self.view.setModel(self.grid)
        self.view.setItemDelegate(RatingDelegate(self.grid, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentChanged.connect(self._on_cell_chosen)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.radar = RadarChart(ctx, self)
        left = QVBoxLayout()
        left.addWidget(self.view)
        left.addWidget(self._detail_box(), 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.radar, 1)
        self.view.setCurrentIndex(self.grid.index(0, 0))

    def _detail_box(self) -> QGroupBox:
        box = QGroupBox(self)
        self.cell_label = QLabel(box)
        self.cell_label.setStyleSheet("font-weight: bold")
        self.narrative = QPlainTextEdit(box)
        self.narrative.setPlaceholderText(self.tr("Why this rating: what the city has and lacks"))
        self.binding = TextBinding(self.ctx, self.narrative, model.Readiness, "narrative",
                                   write=self._write_narrative)
        self.evidence = EvidenceModel(self.ctx, box)
        self.evidence_view = QTableView(box)
        self.evidence_view.setModel(self.evidence)
        self.evidence_view.horizontalHeader().setSectionResizeMode(
            EvidenceModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.evidence_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        buttons, _ = button_row(box, [(self.tr("Add evidence"), self.add_evidence),
                                      (self.tr("Delete evidence"), self.delete_evidence)])
        layout = QVBoxLayout(box)
        layout.addWidget(self.cell_label)
        layout.addWidget(QLabel(self.tr("Narrative"), box))
        layout.addWidget(self.narrative, 1)
        layout.addWidget(QLabel(self.tr("Evidence (data dukung)"), box))
        layout.addWidget(self.evidence_view, 1)
        layout.addLayout(buttons)
        return box

    def current_cell(self) -> tuple[str, str] | None:
        """Return (component id, dimension id) of the chosen cell, or None."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.grid.row(index.row())
        return row.component.id, self.grid.dimensions[index.column()].id

    def _on_cell_chosen(self, *_args: object) -> None:
        cell = self.current_cell()
        self.evidence.set_cell(*(cell or (None, None)))
        self.binding.bind(analysis.readiness_id(*cell) if cell else None)
        if cell:
            index = self.view.currentIndex()
            comp = self.grid.row(index.row()).component
            dim = self.grid.dimensions[index.column()]
            self.cell_label.setText(f"{component_name(comp, self.ctx.lang)} · "
                                    f"{dimension_name(dim, self.ctx.lang)}")

    def _write_narrative(self, row_id: str, text: str) -> ops.Change:
        cell = self.current_cell()
        assert cell is not None and analysis.readiness_id(*cell) == row_id
        return analysis.set_readiness(self.ctx.wb, *cell, narrative=text)

    def add_evidence(self) -> None:
        """Add an evidence item to the chosen cell and start editing it."""
        cell = self.current_cell()
        text = self.tr("New evidence")
        if cell and self.ctx.perform(lambda: analysis.add_evidence(self.ctx.wb, *cell, text)[0]):
            last = self.evidence.index(self.evidence.rowCount() - 1, EvidenceModel.COL_TEXT)
            self.evidence_view.setCurrentIndex(last)
            self.evidence_view.edit(last)

    def delete_evidence(self) -> None:
        """Delete the selected evidence item."""
        index = self.evidence_view.currentIndex()
        if index.isValid():
            item = self.evidence.row(index.row())
            self.ctx.perform(lambda: ops.delete(self.ctx.wb, model.Evidence, item.id))


