"""The Programmes page: the register (sortable, filterable, edited in place) and its editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import model, ops, programmes
from app.programme_filter import Criteria
from app.storage import rows
from ui.context import EditContext
from ui.programmes.editor import ProgrammeEditor
from ui.programmes.filter_bar import FilterBar
from ui.programmes.proxy import ProgrammeFilter
from ui.programmes.table_model import ProgrammeModel
from ui.programmes.table_view import ProgrammeTable


class ProgrammesPage(QWidget):
    """Filters over the register, add and delete, and the editor of the current programme."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.register = ProgrammeModel(ctx, self)
        self.proxy = ProgrammeFilter(self.register, self)
        self.filters = FilterBar(ctx, self)
        self.table = ProgrammeTable(self.proxy, self)
        self.editor = ProgrammeEditor(ctx, self)
        self.add_button = QPushButton(self.tr("Add programme"), self)
        self.delete_button = QPushButton(self.tr("Delete programme"), self)
        self.count = QLabel(self)
        self._build()
        self._connect()
        self.editor.set_programme(None)
        self._update_count()
        if self.proxy.rowCount():
            self.table.selectRow(0)  # open on the first programme rather than an empty editor


    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.filters)
        column.addLayout(buttons)
        column.addWidget(splitter, 1)
        read_only = self.ctx.read_only
        self.add_button.setEnabled(not read_only)
        self.delete_button.setEnabled(False)

    def _connect(self) -> None:
        self.filters.criteria_changed.connect(self.on_criteria_changed)
        self.table.current_changed.connect(self.on_current_changed)
        self.add_button.clicked.connect(self.add_programme)
        self.delete_button.clicked.connect(self.delete_programme)
        self.ctx.changed.connect(self.on_workbook_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    @Slot(object)
    def on_criteria_changed(self, criteria: Criteria) -> None:
        """Apply the filters."""
        self.proxy.set_criteria(criteria)
        self._update_count()

    @Slot(object)
    def on_current_changed(self, programme_id: str | None) -> None:
        """Show the current programme in the editor."""
        self.editor.set_programme(programme_id)
        self.delete_button.setEnabled(programme_id is not None and not self.ctx.read_only)

    @Slot(object)
    def on_workbook_changed(self, tables: set[str]) -> None:
        """Refill the filter choices when the framework or organisations changed."""
        if tables & {"dimensions", "elements", "organisations", "workbook"}:
            self.filters.reload()

    def _update_count(self, *_args: object) -> None:
        self.count.setText(self.tr("{shown} of {total} programmes").format(
            shown=self.proxy.rowCount(), total=self.register.rowCount()))

    def _new_dimension(self) -> str | None:
        """Return the dimension of a new programme: the filtered one, the current one, the first."""
        chosen = self.filters.dimension.currentData()
        current = rows.get(self.ctx.wb.db, model.Programme, self.table.current_id())
        dims = rows.select(self.ctx.wb.db, model.Dimension)
        return chosen or (current.dimension_id if current else None) or (
            dims[0].id if dims else None)

    @Slot()
    def add_programme(self) -> None:
        """Add a programme (next code of its dimension, the whole plan period) and select it."""
        books = rows.select(self.ctx.wb.db, model.Workbook)
        book = books[0] if books else model.Workbook()
        record = model.Programme(dimension_id=self._new_dimension(),
                                 name=self.tr("New programme"), start_year=book.plan_start,
                                 end_year=book.plan_end)
        wb, made = self.ctx.wb, {}

        def add() -> ops.Change:
            change, made["id"] = programmes.add_programme(wb, record)
            return change

        if self.ctx.perform(add):
            self.filters.search.clear()
            self.table.select_programme(made["id"])
            self.editor.setCurrentIndex(0)
            self.editor.general.texts["name"].setFocus()
            self.editor.general.texts["name"].selectAll()

    @Slot()
    def delete_programme(self) -> None:
        """Delete the current programme with its budget, KPIs and links (undo brings it back)."""
        programme_id, wb = self.table.current_id(), self.ctx.wb
        if programme_id:
            self.ctx.perform(lambda: programmes.delete_programme(wb, programme_id))

    def show_programme(self, programme_id: str) -> None:
        """Make ``programme_id`` the current programme (clearing filters that hide it)."""
        if self.register.row_of(programme_id) < 0:
            return
        self.table.select_programme(programme_id)
        if self.table.current_id() != programme_id:
            self.filters.clear()
            self.table.select_programme(programme_id)
