"""A table of one model with its Add / Delete / Move buttons and an optional filter box."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import EditContext
from ui.models.base import Edit, TableModel
from ui.models.filter import WordFilter

Adder = Callable[[], tuple[Edit, str] | None]  # returns the edit and the new row's id
Deleter = Callable[[Any], Edit]
Mover = Callable[[int, int], Edit]  # (source row, delta)


class TablePanel(QWidget):
    """Shows ``model`` in a table; adds, deletes and moves rows through ``ctx.perform``.

    With ``filter_columns`` a filter box above the table keeps the rows whose
    columns hold every typed word, and the table sorts by a clicked header.
    The current row is kept (by id) when the model resets. Keys: Insert adds
    with the first adder, Delete deletes, Ctrl+Up / Ctrl+Down move.
    """

    current_changed = Signal(object)  # the current row (a dataclass) or None

    def __init__(self, ctx: EditContext, model: TableModel, *,
                 adds: Sequence[tuple[str, Adder]] = (), delete: Deleter | None = None,
                 move: Mover | None = None, filter_columns: Sequence[int] = (),
                 edit_column: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.model = ctx, model
        self._delete, self._move, self._edit_column = delete, move, edit_column
        self._adds = list(adds)
        self._keep: str | None = None
        self.proxy: WordFilter | None = WordFilter(filter_columns, self) if filter_columns else None
        self.filter_edit = QLineEdit(clearButtonEnabled=True)
        self.filter_edit.setProperty("workbookUndo", True)  # Ctrl+Z undoes the workbook here
        self.count_label = QLabel()
        self.view = QTableView()
        self.buttons = QHBoxLayout()
        self._setup_view()
        self._setup_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)

    # -- construction -------------------------------------------------------------------

    def _setup_view(self) -> None:
        view = self.view
        if self.proxy is not None:
            self.proxy.setSourceModel(self.model)
            view.setModel(self.proxy)
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.setSortingEnabled(True)
        else:
            view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)

    def _setup_buttons(self) -> None:
        if self.proxy is not None:
            self.filter_edit.setPlaceholderText(self.tr("Filter: type part of a name…"))
            self.filter_edit.textChanged.connect(self.proxy.set_text)
            self.buttons.addWidget(self.filter_edit, 1)
            self.buttons.addWidget(self.count_label)
            for signal in (self.proxy.modelReset, self.proxy.rowsInserted,
                           self.proxy.rowsRemoved, self.proxy.layoutChanged):
                signal.connect(self.update_count)
        else:
            self.filter_edit.hide()
            self.buttons.addStretch(1)
        for number, (text, adder) in enumerate(self._adds):
            self._button(text, lambda _=False, a=adder: self.add(a),
                         QKeySequence(Qt.Key.Key_Insert) if number == 0 else None)
        if self._delete is not None:
            self._button(self.tr("Delete"), self.delete_current,
                         QKeySequence(QKeySequence.StandardKey.Delete))
        if self._move is not None:
            self._button(self.tr("Move up"), lambda: self.move_current(-1),
                         QKeySequence("Ctrl+Up"))
            self._button(self.tr("Move down"), lambda: self.move_current(1),
                         QKeySequence("Ctrl+Down"))

    def _button(self, text: str, slot: Callable[..., object], key: QKeySequence | None) -> None:
        button = QPushButton(text)
        button.setEnabled(not self.ctx.read_only)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if key is not None and not self.ctx.read_only:
            action = QAction(text, self.view, shortcut=key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            button.setToolTip(key.toString(QKeySequence.SequenceFormat.NativeText))

    def update_count(self) -> None:
        """Show how many rows there are (and how many match the filter)."""
        total, shown = self.model.rowCount(), self.view_model().rowCount()
        text = (self.tr("{total} rows").format(total=total) if shown == total else
                self.tr("{shown} of {total}").format(shown=shown, total=total))
        self.count_label.setText(text)

    def add_widget(self, widget: QWidget) -> None:
        """Put another button (or widget) in the row above the table."""
        self.buttons.addWidget(widget)

    # -- rows -----------------------------------------------------------------------------

    def source_row(self, index: QModelIndex) -> int:
        """Return the model row of a view index (-1 if invalid)."""
        if not index.isValid():
            return -1
        return self.proxy.mapToSource(index).row() if self.proxy is not None else index.row()

    def current_row(self) -> Any:
        """Return the current row (a dataclass), or None."""
        number = self.source_row(self.view.currentIndex())
        return self.model.row(number) if number >= 0 else None

    def select(self, key: str, *, edit: bool = False) -> bool:
        """Make the row with ``key`` current (and open its editor); return whether it exists."""
        number = self.model.row_of(key)
        if number < 0:
            return False
        index: QModelIndex = self.model.index(number, self._edit_column)
        if self.proxy is not None:
            index = self.proxy.mapFromSource(index)
            if not index.isValid():  # filtered out: show everything again
                self.filter_edit.clear()
                index = self.proxy.mapFromSource(self.model.index(number, self._edit_column))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if edit:
            self._edit_first_editable(index)
        return True

    def _edit_first_editable(self, index: QModelIndex) -> None:
        """Open the editor of the first editable cell of ``index``'s row, from its column on
        (``edit`` on a cell that cannot be edited only makes Qt warn "editing failed")."""
        model = self.view_model()
        for column in range(index.column(), model.columnCount()):
            cell = model.index(index.row(), column)
            if model.flags(cell) & Qt.ItemFlag.ItemIsEditable:
                self.view.setFocus()
                self.view.setCurrentIndex(cell)
                self.view.edit(cell)
                return

    def view_model(self) -> QAbstractItemModel:
        """Return the model the view shows (the filter proxy, or the model itself)."""
        return self.proxy if self.proxy is not None else self.model

    # -- actions ----------------------------------------------------------------------------

    def add(self, adder: Adder) -> str | None:
        """Add a row with ``adder``, make it current and start editing it; return its id."""
        made = adder()
        if made is None:
            return None
        edit, key = made
        if self.ctx.perform(edit) is None:
            return None
        self.select(key, edit=True)
        return key

    def delete_current(self) -> None:
        """Delete the current row (one undo step)."""
        row, index = self.current_row(), self.view.currentIndex()
        if row is None or self._delete is None:
            return
        if self.ctx.perform(self._delete(row)) is not None:
            model = self.view_model()
            number = min(index.row(), model.rowCount() - 1)
            if number >= 0:
                self.view.setCurrentIndex(model.index(number, max(index.column(), 0)))

    def move_current(self, delta: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        row = self.current_row()
        if row is None or self._move is None:
            return
        key = self.model.key(row)
        if self.ctx.perform(self._move(self.model.row_of(key), delta)):
            self.select(key)

    # -- keeping the current row across resets ---------------------------------------------

    def _remember_current(self) -> None:
        row = self.current_row()
        self._keep = self.model.key(row) if row is not None else None

    def _restore_current(self) -> None:
        if self._keep is not None and self.select(self._keep):
            return
        self.current_changed.emit(None)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.current_row())
