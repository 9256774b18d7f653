"""Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and redo the workbook from anywhere in the window.

Qt gives a focused text box these keys for its own undo, which in the capture
bar put back the card just added (and Enter then made a duplicate). Here a text
box keeps them only while it holds unsaved typing; otherwise the keys undo and
redo the workbook, whichever widget has the focus (a search box, the projector).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

WORKBOOK_UNDO = "workbookUndo"  # a property: this box's typing is never the user's work (search)


def which(event: QKeyEvent) -> str:
    """Return "undo", "redo" or "" for the key of ``event``."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    if mods == ctrl and event.key() == Qt.Key.Key_Z:
        return "undo"
    if (mods == ctrl and event.key() == Qt.Key.Key_Y) or (
            mods == ctrl | shift and event.key() == Qt.Key.Key_Z):
        return "redo"
    return ""


def holds_unsaved_text(widget: QObject) -> bool:
    """Return whether ``widget`` is a text box with typing not yet saved to the workbook.

    Bound fields mark their text unmodified once it is saved; the capture line once
    its card is stored; a search box (property ``workbookUndo``) never holds any.
    """
    if not isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) or widget.property(
            WORKBOOK_UNDO) or widget.isReadOnly():
        return False
    if isinstance(widget, QLineEdit):
        return widget.isModified() and widget.isUndoAvailable()
    document = widget.document()
    return document.isModified() and document.isUndoAvailable()


class UndoKeys(QObject):
    """An application event filter that sends the undo keys to the open workbook's stack."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _ours(self, widget: QWidget) -> bool:
        """Return whether ``widget`` is in the main window or one of its own windows."""
        node: QObject | None = widget
        while node is not None:
            if node is self.window:
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = which(event)  # type: ignore[arg-type]
        ctx = self.window.ctx
        if (not action or ctx is None or not isinstance(watched, QWidget)
                or QApplication.activeModalWidget() is not None or not self._ours(watched)
                or holds_unsaved_text(watched)):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut and no text box takes it: the key press comes here
            return True
        if action == "undo":
            ctx.stack.undo()
        else:
            ctx.stack.redo()
        return True
