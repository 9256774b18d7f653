"""A strip above the pages: why an edit was refused, or what was deleted with an Undo button."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app import deletions, ops
from ui.context import EditContext

_ERROR = ("#messageBar { background: #fde7e9; border: 1px solid #e8a0a8; "
          "border-radius: 3px; } #messageBar QLabel { color: #6b0f1a; }")
_NOTICE = ("#messageBar { background: #e8f0fe; border: 1px solid #a8c0e8; "
           "border-radius: 3px; } #messageBar QLabel { color: #0d2b5e; }")


class MessageBar(QFrame):
    """Shows each ``ctx.failed`` sentence where the user is looking, and after a deletion what
    went with an Undo button; hides after the next change.

    A strip rather than a message box: in front of a projector a box would cover
    the room's work and steal the keyboard from the scribe.
    """

    closed = Signal()  # the user closed the strip

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("messageBar")
        self.setStyleSheet(_ERROR)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("messageUndo")
        self.undo_button.clicked.connect(self.on_undo)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setObjectName("messageClose")
        close.setToolTip(self.tr("Close"))
        close.clicked.connect(self.on_close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._undo_index = -1  # the stack index the Undo button takes back to
        self.hide()
        ctx.failed.connect(self.on_failed)
        ctx.changed.connect(self.on_changed)
        ctx.performed.connect(self.on_performed)

    def text(self) -> str:
        """Return the sentence shown (empty when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def show_message(self, text: str, undo: bool = False) -> None:
        """Show ``text`` (an error, or a deletion notice with Undo)."""
        self.setStyleSheet(_NOTICE if undo else _ERROR)
        self.label.setText(text)
        self.undo_button.setVisible(undo)
        self.show()

    def on_failed(self, text: str) -> None:
        """Show why an edit was refused."""
        self.show_message(text)

    def on_changed(self, _tables: set[str]) -> None:
        """An edit went through: the earlier refusal or notice no longer applies."""
        self.hide()

    @Slot(object)
    def on_performed(self, change: ops.Change) -> None:
        """After a deletion, say what went and offer it back."""
        sentence = deletions.summary(change, self.ctx.lang)
        if sentence:
            self._undo_index = self.ctx.stack.index() - 1
            self.show_message(sentence, undo=True)

    @Slot()
    def on_undo(self) -> None:
        """Undo the deletion (and anything merged into it) and hide."""
        stack = self.ctx.stack
        if stack.index() - 1 == self._undo_index and stack.canUndo():
            stack.undo()
        self.hide()

    @Slot()
    def on_close(self) -> None:
        self.hide()
        self.closed.emit()
