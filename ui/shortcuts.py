"""Every keyboard shortcut of the window, for Help > Keyboard shortcuts and the status line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# (page or area, keys, what they do); the page names are the navigation's.
SHORTCUTS: tuple[tuple[str, object, object], ...] = (  # QT_TRANSLATE_NOOP gives str
    ("", "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last change (from anywhere)")),
    ("", "Ctrl+Y / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    ("", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New workbook")),
    ("", "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Open a workbook")),
    ("", "Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the workbook")),
    ("", "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    ("", "F1", QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts")),
    ("sessions", "Insert", QT_TRANSLATE_NOOP("Shortcuts", "Add a row (session, agenda item...)")),
    ("sessions", "Delete", QT_TRANSLATE_NOOP("Shortcuts", "Delete the current row")),
    ("sessions", "Ctrl+Up / Ctrl+Down", QT_TRANSLATE_NOOP("Shortcuts", "Move the row up or down")),
    ("sessions", QT_TRANSLATE_NOOP("Shortcuts", "type, Enter"),
     QT_TRANSLATE_NOOP("Shortcuts", "Attendance: find a person and tick them present")),
    ("sessions", "Space", QT_TRANSLATE_NOOP("Shortcuts", "Attendance: tick and go to the next")),
    ("board", "Enter", QT_TRANSLATE_NOOP("Shortcuts", "Capture bar: add the typed card")),
    ("board", "Ctrl+1..8", QT_TRANSLATE_NOOP("Shortcuts", "Capture bar: kind of card")),
    ("board", "Alt+1..6 / Alt+0", QT_TRANSLATE_NOOP("Shortcuts", "Capture bar: dimension / none")),
    ("board", "Ctrl+T / Ctrl+S",
     QT_TRANSLATE_NOOP("Shortcuts", "Capture bar: next team / session")),
    ("board", "+ / -",
     QT_TRANSLATE_NOOP("Shortcuts", "Add or remove a dot vote on the selected cards")),
    ("board", "V", QT_TRANSLATE_NOOP("Shortcuts", "Type the number of votes")),
    ("board", "F2", QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected card")),
    ("board", "Del", QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected cards")),
    ("board", "Ctrl+G", QT_TRANSLATE_NOOP("Shortcuts", "New cluster")),
    ("board", "Ctrl+= / Ctrl+- / Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Zoom in, out, fit")),
    ("board", "Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts", "Tidy up the board")),
    ("board", "F5", QT_TRANSLATE_NOOP("Shortcuts", "Projector mode on or off")),
    ("projector", "Space", QT_TRANSLATE_NOOP("Shortcuts", "Start or pause the timer")),
    ("projector", "+ / - / 0 (F)", QT_TRANSLATE_NOOP("Shortcuts", "Zoom in, out, fit all cards")),
    ("projector", "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Leave projector mode")),
    ("roadmap", "Left / Right", QT_TRANSLATE_NOOP("Shortcuts", "Move the selected bar a year")),
    ("roadmap", "Shift+Left / Shift+Right",
     QT_TRANSLATE_NOOP("Shortcuts", "Move the end of the selected bar")),
    ("roadmap", QT_TRANSLATE_NOOP("Shortcuts", "double-click"),
     QT_TRANSLATE_NOOP("Shortcuts", "Open the programme")),
)
AREAS = {
    "": QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
    "projector": QT_TRANSLATE_NOOP("Shortcuts", "Projector mode"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def area_name(area: str) -> str:
    """Return the translated name of ``area`` (a page's navigation label)."""
    if area in AREAS:
        return _tr(str(AREAS[area]))
    from ui.pages import page_title  # the navigation's own labels

    return page_title(area)


def page_hint(page: str) -> str:
    """Return the status-line summary of ``page``'s shortcuts ("" when it has none)."""
    found = [f"{_tr(str(keys))}: {_tr(str(text))}" for area, keys, text in SHORTCUTS
             if area == page and not str(text).startswith("Capture bar")]  # that bar says its own
    return "  ·  ".join(found[:6])


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every shortcut, by page, in a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"),
                                              self.tr("What it does")])
        for row, (area, keys, text) in enumerate(SHORTCUTS):
            for column, value in enumerate((area_name(area), _tr(str(keys)), _tr(str(text)))):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 620)
