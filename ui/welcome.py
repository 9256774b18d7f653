"""The welcome screen shown when no workbook is open: new, open, the demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from ui import settings


class WelcomePage(QWidget):
    """Offers a new workbook, an existing one, the Kota Madiun demo or a recent file.

    It only states what the user wants (the signals); the main window acts on it.
    """

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None, demo_available: bool = True) -> None:
        super().__init__(parent)
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.subtitle = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button = QPushButton()
        self.demo_button.setEnabled(demo_available)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self.on_recent_activated)
        self._layout()
        self.retranslate()
        self.refresh()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(48)
            buttons.addWidget(button)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.subtitle)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText("Rencana")
        self.subtitle.setText(self.tr(
            "Planning workbook for Smart City masterplan workshops (version {version})")
            .format(version=__version__))
        self.new_button.setText(self.tr("New workbook..."))
        self.open_button.setText(self.tr("Open..."))
        self.demo_button.setText(self.tr("Open the demo (Kota Madiun)"))
        self.recent_label.setText(self.tr("Recent workbooks"))

    def refresh(self) -> None:
        """List the recent workbooks that still exist."""
        self.recent.clear()
        for path in settings.recent_files():
            if path.is_file():
                item = QListWidgetItem(f"{path.stem}    ({path.parent})")
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(str(path))
                self.recent.addItem(item)
        if not self.recent.count():
            placeholder = QListWidgetItem(self.tr("No recent workbooks yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    @Slot(QListWidgetItem)
    def on_recent_activated(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if name:
            self.recent_chosen.emit(Path(name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
