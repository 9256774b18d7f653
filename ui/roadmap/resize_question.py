"""The question a resize asks when money or KPI targets would fall outside the new years."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import programmes


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResizeQuestion", text)


def ask_about_years_outside(parent: QWidget, years: list[int]) -> str | None:
    """Ask what to do with the money and targets of ``years``; return KEEP, FOLD, DROP or None
    (cancelled: the bar goes back)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Years outside the programme"),
                      _tr("The programme has money or KPI targets in {years}, outside its "
                          "new years. What should happen to them?").format(
                          years=", ".join(map(str, years))), parent=parent)
    answers = {
        box.addButton(_tr("Move into the nearest year"), QMessageBox.ButtonRole.AcceptRole):
            programmes.FOLD,
        box.addButton(_tr("Remove them"), QMessageBox.ButtonRole.DestructiveRole):
            programmes.DROP,
        box.addButton(_tr("Keep them (flagged)"), QMessageBox.ButtonRole.ActionRole):
            programmes.KEEP,
    }
    cancel = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return answers.get(box.clickedButton())
