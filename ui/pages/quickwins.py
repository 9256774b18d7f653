"""The Quick-win tracker: each quick win's progress bar, its dated updates, and adding one."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import model, ops, programmes
from ui.budget.quickwin_models import ProgressDelegate, QuickWinModel, UpdateModel
from ui.context import EditContext
from ui.widgets.named import named


class QuickWinsPage(QWidget):
    """The quick wins with a progress bar each (left); the chosen one's history (right)."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.quickwins = QuickWinModel(ctx, self)
        self.updates = UpdateModel(ctx, self)
        self.list_view = self._list_view()
        self.history_view = self._history_view()
        self.history_box = QGroupBox(self.tr("History"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.percent_edit = QSpinBox(minimum=0, maximum=100, suffix=" %")
        self.note_edit = QLineEdit(placeholderText=self.tr("What was done (short)"))
        self.note_edit.setMaxLength(model.QuickWinUpdate.rules()["note"].max_len)
        self.add_button = QPushButton(self.tr("Add update"))
        self.delete_button = QPushButton(self.tr("Delete update"))
        self.empty = QLabel(self.tr("No quick wins yet: set a programme's phase to quick win "
                                    "on the Programmes page."), wordWrap=True)
        self._layout()
        self.add_button.clicked.connect(self.add_update)
        self.note_edit.returnPressed.connect(self.add_update)
        self.delete_button.clicked.connect(self.delete_update)
        self.list_view.selectionModel().selectionChanged.connect(self.on_quickwin_chosen)
        self._kept: str | None = None
        self.quickwins.modelAboutToBeReset.connect(self.on_quickwins_about_to_reset)
        self.quickwins.modelReset.connect(self.on_quickwins_reset)
        self.quickwins.refresh()
        self.on_quickwins_reset()  # also when the list is empty (no reset then)


    def _list_view(self) -> QTableView:
        view = named(QTableView(), "quickwinList")
        view.setModel(self.quickwins)
        view.setItemDelegateForColumn(QuickWinModel.COL_PROGRESS, ProgressDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QuickWinModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QuickWinModel.COL_PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(QuickWinModel.COL_PROGRESS, 160)
        return view

    def _history_view(self) -> QTableView:
        view = named(QTableView(), "quickwinHistory")
        view.setModel(self.updates)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(
            UpdateModel.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Progress"), self.percent_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        box = QVBoxLayout(self.history_box)
        box.addWidget(self.history_view, 1)
        box.addLayout(form)
        box.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list_view)
        split.addWidget(self.history_box)
        split.setSizes([700, 500])
        column = QVBoxLayout(self)
        column.addWidget(self.empty)
        column.addWidget(split, 1)

    # -- the chosen quick win -----------------------------------------------------------

    def chosen_id(self) -> str | None:
        """Return the id of the quick win selected on the left, or None."""
        rows = self.list_view.selectionModel().selectedRows()
        return str(self.quickwins.row(rows[0].row()).id) if rows else None

    def choose(self, programme_id: str) -> None:
        """Select the quick win ``programme_id`` in the list."""
        number = self.quickwins.row_of(programme_id)
        if number >= 0:
            self.list_view.selectRow(number)

    @Slot()
    def on_quickwins_about_to_reset(self) -> None:
        """Remember the chosen quick win: a reset clears the selection."""
        self._kept = self.chosen_id()

    @Slot()
    def on_quickwins_reset(self) -> None:
        """Choose the same quick win again after the list was read (else the first one)."""
        self.empty.setVisible(self.quickwins.rowCount() == 0)
        number = self.quickwins.row_of(self._kept) if self._kept else -1
        if number < 0 and self.quickwins.rowCount():
            number = 0
        if number >= 0:
            self.list_view.selectRow(number)
        self.on_quickwin_chosen()

    @Slot(QItemSelection, QItemSelection)
    def on_quickwin_chosen(self, *_args: object) -> None:
        """Show the history of the chosen quick win and start the form from its progress."""
        chosen = self.chosen_id()
        self.updates.set_programme(chosen)
        number = self.quickwins.row_of(chosen) if chosen else -1
        if number >= 0:
            row = self.quickwins.row(number)
            self.history_box.setTitle(self.tr("History of {code} {name}").format(
                code=row.code, name=row.name))
            self.percent_edit.setValue(row.percent)
        else:
            self.history_box.setTitle(self.tr("History"))
        editable = chosen is not None and not self.ctx.read_only
        for widget in (self.date_edit, self.percent_edit, self.note_edit, self.add_button,
                       self.delete_button):
            widget.setEnabled(editable)

    # -- actions ------------------------------------------------------------------------

    @Slot()
    def add_update(self) -> None:
        """Record the form's date, percent and note on the chosen quick win (one undo step)."""
        chosen = self.chosen_id()
        if chosen is None or self.ctx.read_only:
            return
        wb, day = self.ctx.wb, self.date_edit.date().toString("yyyy-MM-dd")
        percent, note = self.percent_edit.value(), self.note_edit.text()
        done = self.ctx.perform(
            lambda: programmes.add_quickwin_update(wb, chosen, day, percent, note)[0])
        if done is not None:
            self.note_edit.clear()

    @Slot()
    def delete_update(self) -> None:
        """Delete the update selected in the history (one undo step)."""
        rows = self.history_view.selectionModel().selectedRows()
        if not rows or self.ctx.read_only:
            return
        update_id, wb = self.updates.row(rows[0].row()).id, self.ctx.wb
        label = self.tr("Delete quick-win progress")
        self.ctx.perform(lambda: ops.delete(wb, model.QuickWinUpdate, update_id, label))
