"""The owner cell of a follow-up: free text that completes people's and organisations' names."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.storage import queries_people
from ui.context import EditContext


class OwnerDelegate(QStyledItemDelegate):
    """A line editor whose completer offers every person and organisation (any part matches)."""

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def names(self) -> list[str]:
        """Return the names to offer: organisations (abbreviation first) and people."""
        db = self.ctx.wb.db
        orgs = [o.abbreviation or o.name for o in queries_people.organisations(db)]
        return sorted(set(orgs + [p.name for p in queries_people.people(db)]), key=str.casefold)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self.names(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor
