"""Telling the user one clear sentence, or asking one question, in a message box.

Buttons carry our own translated words (Qt ships no Indonesian for its own).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _ok() -> str:
    return QCoreApplication.translate("Messages", "OK")


def tell(parent: QWidget | None, text: str, *, warning: bool = True) -> None:
    """Show ``text`` and wait until the user closes the box."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      "Rencana", text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(_ok(), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask(parent: QWidget | None, text: str, yes: str, no: str = "") -> bool:
    """Ask a question with two buttons; return True when the user chose ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, "Rencana", text,
                      QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = no or QCoreApplication.translate("Messages", "Cancel")
    box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def notify(parent: QWidget | None, text: str) -> QMessageBox:
    """Show ``text`` in a box that does not block the window; return the box."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Rencana", text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.addButton(_ok(), QMessageBox.ButtonRole.AcceptRole)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
