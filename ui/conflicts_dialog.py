"""The conflicts a merge left: see both values, keep one (or both texts), each an undoable edit.

Every field two laptops changed to different values is listed (names, codes,
years, amounts, KPI targets as well as long texts): the merge kept the later
value, and the other one can be put back here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.merge import resolve as merge_resolve
from app.merge.report import ConflictNote, conflict_sentence
from ui.context import EditContext


class ConflictsDialog(QDialog):
    """Lists the open conflicts; the buttons resolve the selected one."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.list = QListWidget(self)
        self.current = self._text_box()
        self.other = self._text_box()
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These values were changed on two laptops, or a "
                                        "record deleted on one was changed on another.")))
        layout.addWidget(self.list)
        texts = QGridLayout()
        self.current_label = QLabel(self.tr("Now in the workbook"))
        self.other_label = QLabel(self.tr("From the other laptop"))
        texts.addWidget(self.current_label, 0, 0)
        texts.addWidget(self.other_label, 0, 1)
        texts.addWidget(self.current, 1, 0)
        texts.addWidget(self.other, 1, 1)
        layout.addLayout(texts)
        layout.addLayout(self._button_row())
        self.list.currentRowChanged.connect(self.on_selection_changed)
        ctx.changed.connect(self.on_workbook_changed)
        self.refresh()
        self.resize(760, 520)

    def _text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setReadOnly(True)
        return box

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        labels = {
            merge_resolve.KEEP_CURRENT: self.tr("Keep the value now in the workbook"),
            merge_resolve.KEEP_OTHER: self.tr("Put the other value back"),
            merge_resolve.KEEP_BOTH: self.tr("Keep both"),
            merge_resolve.KEEP_DELETED: self.tr("Keep it deleted"),
            merge_resolve.RESTORE: self.tr("Restore it"),
        }
        for choice, label in labels.items():
            button = QPushButton(label, self)
            button.clicked.connect(lambda _c=False, ch=choice: self.resolve(ch))
            self.buttons[choice] = button
            row.addWidget(button)
        row.addStretch()
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        return row

    def refresh(self) -> None:
        """Show the open conflicts again (after a resolution, an undo or a merge)."""
        row = max(self.list.currentRow(), 0)
        self.conflicts = merge_resolve.open_conflicts(self.ctx.wb)
        self.list.clear()
        for c in self.conflicts:
            note = ConflictNote(c.table, c.row_id, c.field, c.label, c.current, c.other)
            item = QListWidgetItem(conflict_sentence(note, self.ctx.lang))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        if self.conflicts:
            self.list.setCurrentRow(min(row, len(self.conflicts) - 1))
        self.on_selection_changed(self.list.currentRow())

    @Slot(int)
    def on_selection_changed(self, row: int) -> None:
        chosen = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        deletion = bool(chosen and chosen.is_deletion)
        self.current.setPlainText(chosen.current if chosen and not deletion else "")
        self.other.setPlainText(chosen.other if chosen and not deletion else "")
        for widget in (self.current, self.other, self.current_label, self.other_label):
            widget.setVisible(not deletion)
        editable = chosen is not None and not self.ctx.read_only
        for choice, button in self.buttons.items():
            fits = (choice in (merge_resolve.KEEP_DELETED, merge_resolve.RESTORE)) == deletion
            if choice == merge_resolve.KEEP_BOTH:
                fits = fits and chosen is not None and chosen.can_keep_both
            button.setVisible(fits)
            button.setEnabled(editable and fits)

    @Slot(object)
    def on_workbook_changed(self, _tables: object) -> None:
        self.refresh()

    def resolve(self, choice: str) -> None:
        """Resolve the selected conflict as ``choice``, as one undoable edit."""
        row = self.list.currentRow()
        if 0 <= row < len(self.conflicts):
            conflict_id = self.conflicts[row].id
            self.ctx.perform(lambda: merge_resolve.resolve(self.ctx.wb, conflict_id, choice))
