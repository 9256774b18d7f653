"""The roles cell of a person: a list of checkboxes (Dewan Smart City, Tim Pelaksana, ...)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app import model
from ui.models import labels

Index = QModelIndex | QPersistentModelIndex


class RolesDelegate(QStyledItemDelegate):
    """Edits comma-separated role codes with one checkbox per role of app.model.ROLES."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QListWidget(parent)
        for code in model.ROLES:
            item = QListWidgetItem(labels.role(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            editor.addItem(item)
        editor.setCurrentRow(0)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        assert isinstance(editor, QListWidget)
        rect = option.rect
        height = editor.sizeHintForRow(0) * editor.count() + 2 * editor.frameWidth()
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 200), height)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QListWidget)
        codes = set(str(index.data(Qt.ItemDataRole.EditRole) or "").split(","))
        for number in range(editor.count()):
            item = editor.item(number)
            ticked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def setModelData(self, editor: QWidget, model_: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QListWidget)
        model_.setData(index, codes_of(editor), Qt.ItemDataRole.EditRole)


def codes_of(editor: QListWidget) -> str:
    """Return the ticked roles of ``editor`` as comma-separated codes, in vocabulary order."""
    return ",".join(
        editor.item(n).data(Qt.ItemDataRole.UserRole) for n in range(editor.count())
        if editor.item(n).checkState() == Qt.CheckState.Checked)
