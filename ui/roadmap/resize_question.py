"""The question a resize asks when money or KPI targets would fall outside the new years."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app import programmes


class ResizeQuestion(QMessageBox):
    """Move into the nearest year, remove, keep (flagged), or cancel the resize."""

    def __init__(self, parent: QWidget, years: list[int]) -> None:
        super().__init__(QMessageBox.Icon.Question, "", "", parent=parent)
        self.setWindowTitle(self.tr("Years outside the programme"))
        self.setText(self.tr("The programme has money or KPI targets in {years}, outside its "
                             "new years. What should happen to them?").format(
                                 years=", ".join(map(str, years))))
        role = QMessageBox.ButtonRole
        self.answers: dict[QAbstractButton, str] = {
            self.addButton(self.tr("Move into the nearest year"), role.AcceptRole):
                programmes.FOLD,
            self.addButton(self.tr("Remove them"), role.DestructiveRole): programmes.DROP,
            self.addButton(self.tr("Keep them (flagged)"), role.ActionRole): programmes.KEEP,
        }
        self.setDefaultButton(self.addButton(self.tr("Cancel"), role.RejectRole))


def ask_about_years_outside(parent: QWidget, years: list[int]) -> str | None:
    """Ask what to do with the money and targets of ``years``; return KEEP, FOLD, DROP or None
    (cancelled: the bar goes back)."""
    box = ResizeQuestion(parent, years)
    box.exec()
    return box.answers.get(box.clickedButton())
