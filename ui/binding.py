"""Binding a text widget to one field of one record: typing saves, one undo step per burst."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app import model, ops
from app.storage import rows
from app.text import clean_text
from ui.context import EditContext

Writer = Callable[[str, str], ops.Change]
"""Stores (row id, text) when the bound row may not exist yet (a readiness cell)."""
IDLE_MS = 700  # save after this long without typing (and on leaving the field)


class TextBinding(QObject):
    """Keep a QLineEdit or QPlainTextEdit and ``cls.field`` of row ``row_id`` in step.

    With ``write``, saving calls ``write(row_id, text)`` instead of updating the
    row, so a row keyed by a natural id can be created by the first keystroke.
    Typing is saved after a short pause and when the field loses focus; the
    saves of one burst share a merge key, so undo takes back the whole burst.
    The widget reloads when the table changes (an undo, a merge), unless the user
    is in the middle of typing into it.
    """

    def __init__(self, ctx: EditContext, widget: QLineEdit | QPlainTextEdit,
                 cls: type[model.Record], field: str, row_id: str | None = None,
                 write: Writer | None = None) -> None:
        super().__init__(widget)
        self.ctx, self.widget, self.cls, self.field = ctx, widget, cls, field
        self.row_id = row_id
        self._write = write
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._timer.timeout.connect(self.save)
        signal = widget.textEdited if isinstance(widget, QLineEdit) else widget.textChanged
        signal.connect(self._on_typed)
        widget.installEventFilter(self)
        ctx.changed.connect(self._on_changed)
        widget.setReadOnly(ctx.read_only)
        self.load()

    def bind(self, row_id: str | None) -> None:
        """Show the field of another row (saving pending typing first)."""
        self.save()
        self.row_id = row_id
        self.load()

    def text(self) -> str:
        """Return the widget's current text."""
        w = self.widget
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def load(self) -> None:
        """Show the stored value (empty and disabled when no row is bound)."""
        record = rows.get(self.ctx.wb.db, self.cls, self.row_id) if self.row_id else None
        value = str(getattr(record, self.field) or "") if record else ""
        self.widget.setEnabled(record is not None or bool(self.row_id and self._write))
        if value != self.text() and not self._same_as_typed(value):
            self.widget.blockSignals(True)
            if isinstance(self.widget, QLineEdit):
                self.widget.setText(value)
            else:
                self.widget.setPlainText(value)
            self.widget.blockSignals(False)
        self._dirty = False

    def _same_as_typed(self, value: str) -> bool:
        """Return whether ``value`` is what the user is typing, once cleaned.

        Saving strips a trailing space; putting that back into a field the user
        is still typing in would eat the space before their next word.
        """
        rule = self.cls.rules()[self.field]
        return self.widget.hasFocus() and clean_text(
            self.text(), single_line=rule.single_line) == value

    def save(self) -> None:
        """Write the typed text, if any, as part of this burst's undo step."""
        self._timer.stop()
        if not self._dirty or not self.row_id:
            return
        self._dirty = False
        key = f"{self.cls.TABLE}:{self.row_id}:{self.field}"
        row_id, value, write = self.row_id, self.text(), self._write
        if write is None:
            result = self.ctx.perform(
                lambda: ops.update(self.ctx.wb, self.cls, row_id, **{self.field: value}),
                merge_key=key)
        else:
            result = self.ctx.perform(lambda: write(row_id, value), merge_key=key)
        if result is None:
            self.load()
        elif isinstance(self.widget, QLineEdit):
            self.widget.setModified(False)  # saved: Ctrl+Z now undoes the workbook (ui.undo_keys)
        else:
            self.widget.document().setModified(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.save()
        return False

    def _on_typed(self, *_args: object) -> None:
        if self.widget.signalsBlocked():
            return
        self._dirty = True
        self._timer.start()

    def _on_changed(self, tables: set[str]) -> None:
        if self.cls.TABLE in tables and not self._dirty:
            self.load()
