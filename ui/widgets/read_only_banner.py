"""The strip across the top of a workbook opened read-only, offering to save an editable copy."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ReadOnlyBanner(QFrame):
    """Says the workbook cannot be edited here; ``save_copy_requested`` when the user asks."""

    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid "
                           "#e0c060; } #readOnlyBanner QLabel { color: #4a3b00; }")
        self.label = QLabel(wordWrap=True)
        self.button = QPushButton()
        self.button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.label.setText(self.tr(
            "This workbook is open read-only: changes cannot be saved. "
            "Save a copy to work on it."))
        self.button.setText(self.tr("Save a copy..."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
