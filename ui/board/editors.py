"""A small editor laid over the board: a card's text, a paper-dot tally, a cluster's name."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIntValidator, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

MAX_VOTES = 100_000


class InlineEditor(QLineEdit):
    """One line typed in place: Enter (or clicking elsewhere) keeps it, Esc throws it away."""

    committed = Signal(str)

    def __init__(self, parent: QWidget, text: str, area: QRect, *, number: bool = False) -> None:
        super().__init__(text, parent)
        self._done = False
        if number:
            self.setValidator(QIntValidator(0, MAX_VOTES, self))
            self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setGeometry(area)
        self.setStyleSheet("QLineEdit { border: 2px solid #1E88E5; background: white;"
                           " color: black; padding: 2px; }")
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._finish(None)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(self.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish(self.text())

    def _finish(self, text: str | None) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        if text is not None and self.hasAcceptableInput():
            self.committed.emit(text)
        self.deleteLater()
