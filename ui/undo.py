"""Undo commands over app.ops: each wraps one Change that is already written to the workbook."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app import failures, ops
from app.errors import RencanaError
from app.storage.workbook import WorkbookFile
from app.undo_labels import label_text

MERGE_ID = 0x52454E  # every ChangeCommand shares it; merge_key decides what merges


class ChangeCommand(QUndoCommand):
    """One user action on the undo stack.

    The write happens before the push (so a failed write never enters the
    stack); the first ``redo`` that QUndoStack.push calls is therefore skipped.
    Commands with the same non-empty ``merge_key`` pushed one after another
    (a burst of typing in one field, one drag) merge into a single step.
    """

    def __init__(self, wb: WorkbookFile, change: ops.Change,
                 on_done: Callable[[ops.Change], None], on_failed: Callable[[str], None],
                 merge_key: str = "", lang: str = "id") -> None:
        # Labels made in app/ are English templates registered with app.i18n; tr'd ones pass.
        super().__init__(label_text(change.label, lang))
        self.wb = wb
        self.change = change
        self.merge_key = merge_key
        self._notify = on_done
        self._fail = on_failed
        self.lang = lang
        self._written = True

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        folded = ops._first_before_last_after([*self.change.rows, *other.change.rows])
        self.change = ops.Change(self.change.label, folded)
        return True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._run(lambda: ops.apply(self.wb, self.change))

    def undo(self) -> None:
        self._run(lambda: ops.revert(self.wb, self.change))

    def _run(self, write: Callable[[], ops.Change]) -> None:
        """Write, then notify; a refused write (disk full, read-only) is reported, not raised.

        Qt cannot carry a Python exception out of undo()/redo(): the command is
        made obsolete so the stack drops it, and the notifier reports the failure.
        """
        try:
            self._notify(write())
        except (RencanaError, sqlite3.Error, OSError) as exc:
            self.setObsolete(True)
            self._fail(failures.not_saved(exc).message(self.lang))
