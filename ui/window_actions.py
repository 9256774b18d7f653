"""The main window's menus and actions: File, Edit (undo/redo), View (language), Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.context import EditContext
    from ui.main_window import MainWindow

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language

# Actions that need an open workbook; the rest work from the welcome screen too.
NEEDS_WORKBOOK = ("team_copy", "merge", "conflicts", "export", "close")
WRITES = ("merge", "conflicts")  # actions that change the open workbook (off when read-only)


class WindowActions(QObject):
    """Builds the menu bar of ``window`` and connects each action to a slot of the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.file_menu = window.menuBar().addMenu("")
        self.recent_menu = QMenu(window)
        self.edit_menu = window.menuBar().addMenu("")
        self.view_menu = window.menuBar().addMenu("")
        self.language_menu = QMenu(window)
        self.help_menu = window.menuBar().addMenu("")
        self.actions: dict[str, QAction] = {}
        self.undo: QAction | None = None
        self.redo: QAction | None = None
        self._ctx: EditContext | None = None
        self._build_file_menu()
        self._build_view_menu()
        self.help_menu.addAction(self._action("shortcuts", "on_shortcuts",
                                              QKeySequence.StandardKey.HelpContents))
        if self.actions["shortcuts"].shortcut().isEmpty():
            self.actions["shortcuts"].setShortcut(QKeySequence("F1"))
        self.about = self._action("about", "on_about")
        self.help_menu.addAction(self.about)
        self.recent_menu.aboutToShow.connect(window.on_recent_menu)
        self.bind(None)

    def _action(self, key: str, slot: str, shortcut: QKeySequence.StandardKey | None = None,
                ) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(getattr(self.window, slot))
        self.actions[key] = action
        return action

    def _build_file_menu(self) -> None:
        keys = QKeySequence.StandardKey
        menu = self.file_menu
        menu.addAction(self._action("new", "on_new_workbook", keys.New))
        menu.addAction(self._action("open", "on_open", keys.Open))
        menu.addAction(self._action("demo", "on_open_demo"))
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self._action("team_copy", "on_save_team_copy"))
        menu.addAction(self._action("merge", "on_merge"))
        menu.addAction(self._action("conflicts", "on_conflicts"))
        menu.addAction(self._action("restore", "on_restore"))
        menu.addSeparator()
        menu.addAction(self._action("export", "on_export"))
        menu.addSeparator()
        menu.addAction(self._action("close", "on_close_workbook", keys.Close))
        menu.addAction(self._action("quit", "close", keys.Quit))
        if self.actions["quit"].shortcut().isEmpty():  # Windows defines no standard Quit key
            self.actions["quit"].setShortcut(QKeySequence("Ctrl+Q"))

    def _build_view_menu(self) -> None:
        group = QActionGroup(self)
        for lang, name in LANGUAGE_NAMES.items():
            action = QAction(name, self.window, checkable=True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, lang=lang:
                                     self.window.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.actions[f"lang_{lang}"] = action
        self.view_menu.addMenu(self.language_menu)

    def retranslate(self) -> None:
        """Set every menu and action text in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Recent files"))
        self.language_menu.setTitle(self.tr("Language"))
        texts = {
            "new": self.tr("&New workbook..."), "open": self.tr("&Open..."),
            "demo": self.tr("Open the &demo"),
            "team_copy": self.tr("Save a copy for a &team..."),
            "merge": self.tr("&Merge team files..."),
            "conflicts": self.tr("Resolve merge &conflicts..."),
            "restore": self.tr("&Restore from backup..."), "export": self.tr("&Export..."),
            "close": self.tr("&Close"), "quit": self.tr("&Quit"),
            "about": self.tr("&About Rencana"),
            "shortcuts": self.tr("&Keyboard shortcuts"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.bind(self._ctx)

    def check_language(self, lang: str) -> None:
        """Tick ``lang`` in View > Language."""
        self.actions[f"lang_{lang}"].setChecked(True)

    def bind(self, ctx: EditContext | None) -> None:
        """Point Undo/Redo at ``ctx``'s undo stack and enable what applies (None: no workbook)."""
        self._ctx = ctx
        self._replace_undo_redo(ctx)
        read_only = ctx is not None and ctx.read_only
        for key, action in self.actions.items():
            enabled = True
            if key in NEEDS_WORKBOOK:
                enabled = ctx is not None
            if key in WRITES:
                enabled = enabled and not read_only
            action.setEnabled(enabled)

    def _replace_undo_redo(self, ctx: EditContext | None) -> None:
        for old in (self.undo, self.redo):
            if old is not None:
                self.edit_menu.removeAction(old)
                old.deleteLater()
        if ctx is None:
            self.undo = QAction(self.tr("Undo"), self.window, enabled=False)
            self.redo = QAction(self.tr("Redo"), self.window, enabled=False)
        else:
            self.undo = ctx.stack.createUndoAction(self.window, self.tr("Undo"))
            self.redo = ctx.stack.createRedoAction(self.window, self.tr("Redo"))
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                                QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
