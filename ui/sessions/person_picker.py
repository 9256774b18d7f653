"""A dialog to pick people from the workbook (for signatories), filtered as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage import queries_people
from ui.context import EditContext
from ui.models.filter import fold


class PersonPicker(QDialog):
    """Lists every person as "Name, position (organisation)"; several can be chosen.

    By keyboard: type part of a name, Up/Down move the highlight among the
    matches, Enter adds the highlighted person (or the people selected).
    """

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick people"))
        self.filter_edit = QLineEdit(clearButtonEnabled=True,
                                     placeholderText=self.tr("Type part of a name…"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for person in queries_people.people(ctx.wb.db):
            text = ", ".join(part for part in (person.name, person.position) if part)
            if person.abbreviation or person.organisation:
                text += f" ({person.abbreviation or person.organisation})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.filter_edit.textChanged.connect(self.on_filter_typed)
        self.filter_edit.installEventFilter(self)
        self.list.itemDoubleClicked.connect(self.accept)
        buttons = QDialogButtonBox()
        add = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        add.setDefault(True)  # Enter in the name box adds the highlighted person
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def on_filter_typed(self, text: str) -> None:
        """Hide the people whose line lacks any of the typed words."""
        words = fold(text).split()
        first = None
        for number in range(self.list.count()):
            item = self.list.item(number)
            hidden = not all(word in fold(item.text()) for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first is not None:
            self.list.setCurrentItem(first)  # selects it alone
        if first is None:
            self.list.clearSelection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the name box move the highlight through the matches."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.list.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, key,
                                                  Qt.KeyboardModifier.NoModifier))
                return True
        return super().eventFilter(watched, event)

    def chosen(self) -> list[str]:
        """Return the ids of the selected (visible) people, in list order; else the highlighted."""
        found = [self.list.item(n).data(Qt.ItemDataRole.UserRole)
                 for n in range(self.list.count())
                 if self.list.item(n).isSelected() and not self.list.item(n).isHidden()]
        current = self.list.currentItem()
        if not found and current is not None and not current.isHidden():
            found = [current.data(Qt.ItemDataRole.UserRole)]
        return found
