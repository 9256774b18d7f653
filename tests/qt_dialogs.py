"""Answering the modal dialogs that code under test opens (they block until answered)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget


def when_modal(act: Callable[[QWidget], None], tries: int = 1500) -> None:
    """Run ``act`` on the next modal dialog the code under test opens.

    Gives up after ``tries`` looks (20 ms apart), so a dialog that never came
    cannot be answered by a later test's code.
    """
    left = [tries]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            left[0] -= 1
            if left[0] > 0:
                QTimer.singleShot(20, attempt)
            return
        act(dialog)
    QTimer.singleShot(0, attempt)


def read_then_click(text: str, said: list[str]) -> Callable[[QWidget], None]:
    """Return an action that notes the dialog's message in ``said``, then clicks ``text``."""
    def act(dialog: QWidget) -> None:
        said.append(dialog.text() if isinstance(dialog, QMessageBox) else "")
        click(text)(dialog)
    return act


def click(text: str) -> Callable[[QWidget], None]:
    """Return an action that clicks the button labelled ``text`` in a dialog."""
    def act(dialog: QWidget) -> None:
        [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
        button.click()
    return act
