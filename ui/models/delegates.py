"""Cell editors shared by the table views: a choice from a list (kinds, organisations, teams)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[], Sequence[tuple[str, object]]]  # (label, value) pairs


class ChoiceDelegate(QStyledItemDelegate):
    """Edit a cell by picking one of ``choices()`` (label, value) in a combo box.

    The model's EditRole gives the current value; the chosen value is written
    back with ``setData(..., EditRole)``. The combo opens at once, so one
    click (or F2) and a letter pick a choice.
    """

    def __init__(self, choices: Choices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _n, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        """Keep the choice picked from the list."""
        self.commitData.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


Matcher = Callable[[str], object | None]  # typed text -> the exact value, or None
Creator = Callable[[Index, str], None]  # (cell, typed text): offer to create it


class TypedChoiceDelegate(ChoiceDelegate):
    """A choice that can also be typed: suggestions contain the typed words, and what is
    kept is an exact match (``match``) or, for anything else, ``create`` is offered
    after the editor closes. Never the nearest name: "Kecamatan Kartoharjo" typed where
    only "Kecamatan Taman" exists does not become Taman.
    """

    def __init__(self, choices: Choices, match: Matcher, create: Creator,
                 parent: QObject | None = None) -> None:
        super().__init__(choices, parent)
        self._match, self._create = match, create

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = super().createEditor(parent, option, index)
        assert isinstance(combo, QComboBox)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        super().setEditorData(editor, index)
        assert isinstance(editor, QComboBox)
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        typed = editor.currentText().strip()
        if typed in ("", "—"):
            model.setData(index, "", Qt.ItemDataRole.EditRole)
            return
        value = self._match(typed)
        if value is not None:
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        cell = QPersistentModelIndex(index)  # asked once the editor has closed
        QTimer.singleShot(0, self, lambda: self._create(cell, typed))
