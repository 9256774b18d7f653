"""What every page shares: the open workbook, its undo stack, and the change notifier."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app import failures, ops
from app.errors import RencanaError
from app.storage.workbook import WorkbookFile
from ui.undo import ChangeCommand


class EditContext(QObject):
    """The open workbook with one undo stack; every edit in the window goes through ``perform``.

    ``changed`` is emitted with the set of table names after every write,
    whether it came from an edit, an undo or a redo; pages refresh from it.
    ``failed`` is emitted with one translated sentence when an edit is refused.
    """

    changed = Signal(object)  # set[str] of table names
    failed = Signal(str)
    performed = Signal(object)  # the ops.Change of a new user action (not an undo or redo)

    def __init__(self, wb: WorkbookFile, lang: str = "id", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.lang = lang
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)

    @property
    def read_only(self) -> bool:
        """Return whether the workbook may not be edited."""
        return self.wb.read_only

    def perform(self, operation: Callable[[], ops.Change],
                merge_key: str = "") -> ops.Change | None:
        """Run ``operation`` (an app.ops call returning a Change) as one undoable step.

        Returns the Change, or None when the workbook refused it (``failed`` is
        emitted with the reason and nothing enters the undo stack).
        """
        try:
            change = operation()
        except (RencanaError, sqlite3.Error, OSError) as exc:  # disk full: the same sentence
            self.failed.emit(failures.not_saved(exc).message(self.lang))  # as an undo gives
            return None
        if change:
            self.stack.push(ChangeCommand(self.wb, change, self._announce, self.failed.emit,
                                          merge_key, self.lang))
            self._announce(change)
            self.performed.emit(change)
        return change

    def _announce(self, change: ops.Change) -> None:
        self.changed.emit(change.tables())

    def refresh_all(self) -> None:
        """Tell every page that anything may have changed (after a merge or restore)."""
        from app import model

        self.changed.emit({cls.TABLE for cls in model.RECORDS})
