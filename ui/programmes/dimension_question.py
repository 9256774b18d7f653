"""The question asked when a programme moves to another dimension: take a code of it?"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class DimensionQuestion(QMessageBox):
    """Offers the next code of the new dimension, or keeping the old code."""

    def __init__(self, parent: QWidget, old_code: str, new_code: str) -> None:
        super().__init__(QMessageBox.Icon.Question, "", "", parent=parent)
        self.setWindowTitle(self.tr("New code?"))
        self.setText(self.tr("Codes printed in the documents must match their chapter. Give "
                             "{old} the code {new} of its new dimension?").format(
                                 old=old_code, new=new_code))
        self.yes = self.addButton(self.tr("Use {new}").format(new=new_code),
                                  QMessageBox.ButtonRole.YesRole)
        self.addButton(self.tr("Keep {old}").format(old=old_code), QMessageBox.ButtonRole.NoRole)
        self.setDefaultButton(self.yes)


def ask_new_code(parent: QWidget, old_code: str, new_code: str) -> bool:
    """Ask whether the programme ``old_code`` becomes ``new_code``; return True for yes."""
    box = DimensionQuestion(parent, old_code, new_code)
    box.exec()
    return box.clickedButton() is box.yes
