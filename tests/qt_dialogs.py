"""Answering the modal dialogs that code under test opens (they block until answered)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the next modal dialog the code under test opens."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        act(dialog)
    QTimer.singleShot(0, attempt)


def click(text: str) -> Callable[[QWidget], None]:
    """Return an action that clicks the button labelled ``text`` in a dialog."""
    def act(dialog: QWidget) -> None:
        [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
        button.click()
    return act
