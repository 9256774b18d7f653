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


class WrittenCommand(QUndoCommand):
    """A user action already written to the workbook, on the undo stack.

    The write happens before the push (so a failed write never enters the
    stack); the first ``redo`` that QUndoStack.push calls is therefore skipped.
    Subclasses say how to write the action again (``write_again``) and take it
    back (``write_back``); a refused write (disk full, read-only) is reported
    through ``on_failed``, never raised.
    """

    def __init__(self, text: str, on_failed: Callable[[str], None], lang: str = "id") -> None:
        super().__init__(text)
        self._fail = on_failed
        self.lang = lang
        self._written = True

    def write_again(self) -> None:
        """Redo the action in the workbook (and tell the views)."""
        raise NotImplementedError

    def write_back(self) -> None:
        """Undo the action in the workbook (and tell the views)."""
        raise NotImplementedError

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._run(self.write_again)

    def undo(self) -> None:
        self._run(self.write_back)

    def _run(self, write: Callable[[], None]) -> None:
        """Write; a refused write is reported, not raised.

        Qt cannot carry a Python exception out of undo()/redo(): the command is
        made obsolete so the stack drops it, and ``on_failed`` reports the failure.
        """
        try:
            write()
        except (RencanaError, sqlite3.Error, OSError) as exc:  # disk full: one sentence
            self.setObsolete(True)
            self._fail(failures.not_saved(exc).message(self.lang))


class ChangeCommand(WrittenCommand):
    """One app.ops Change on the undo stack.

    Commands with the same non-empty ``merge_key`` pushed one after another
    (a burst of typing in one field, one drag) merge into a single step.
    """

    def __init__(self, wb: WorkbookFile, change: ops.Change,
                 on_done: Callable[[ops.Change], None], on_failed: Callable[[str], None],
                 merge_key: str = "", lang: str = "id") -> None:
        # Labels made in app/ are English templates registered with app.i18n; tr'd ones pass.
        super().__init__(label_text(change.label, lang), on_failed, lang)
        self.wb = wb
        self.change = change
        self.merge_key = merge_key
        self._notify = on_done

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        folded = ops._first_before_last_after([*self.change.rows, *other.change.rows])
        self.change = ops.Change(self.change.label, folded)
        return True

    def write_again(self) -> None:
        self._notify(ops.apply(self.wb, self.change))

    def write_back(self) -> None:
        self._notify(ops.revert(self.wb, self.change))
