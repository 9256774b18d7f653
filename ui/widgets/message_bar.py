"""A strip above the pages that shows why an edit was refused, until the next edit."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from ui.context import EditContext


class MessageBar(QFrame):
    """Shows each ``ctx.failed`` sentence where the user is looking; hides after the next change.

    A strip rather than a message box: in front of a projector a box would cover
    the room's work and steal the keyboard from the scribe.
    """

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet("#messageBar { background: #fde7e9; border: 1px solid #e8a0a8; "
                           "border-radius: 3px; } #messageBar QLabel { color: #6b0f1a; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()
        ctx.failed.connect(self.on_failed)
        ctx.changed.connect(self.on_changed)

    def text(self) -> str:
        """Return the sentence shown (empty when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def show_message(self, text: str) -> None:
        """Show ``text``."""
        self.label.setText(text)
        self.show()

    def on_failed(self, text: str) -> None:
        """Show why an edit was refused."""
        self.show_message(text)

    def on_changed(self, _tables: set[str]) -> None:
        """An edit went through: the earlier refusal no longer applies."""
        self.hide()
