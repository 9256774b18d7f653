"""The main window: the welcome screen or an open workbook's pages, the menus, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from app import __version__, paths
from ui import opening, settings, translation
from ui.style import style_sheet
from ui.undo_keys import UndoKeys
from ui.welcome import WelcomePage
from ui.window_actions import WindowActions

if TYPE_CHECKING:  # loaded once a workbook opens: the welcome screen starts without SQLite
    from app.storage.workbook import WorkbookFile
    from ui.context import EditContext
    from ui.workspace import Workspace

STATUS_MS = 10_000


class FirstPaint(QObject):
    """Calls ``then`` once, in the event loop turn after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self.then()
        self.deleteLater()


class MainWindow(QMainWindow):
    """Rencana's one window. ``open_path`` opens a workbook; ``close_workbook`` returns to the
    welcome screen; ``set_language`` switches the interface live."""

    workbook_changed = Signal()  # a workbook was opened or closed

    def __init__(self, lang: str = settings.DEFAULT_LANGUAGE) -> None:
        super().__init__()
        self.lang = lang
        self.ctx: EditContext | None = None
        self.workspace: Workspace | None = None
        self._retranslate_pending = False
        self.central = QStackedWidget()
        self.setStyleSheet(style_sheet())  # the one style sheet (ui/style.py)
        self.welcome = WelcomePage(self, demo_available=opening.demo_available())
        self.welcome.new_requested.connect(self.on_new_workbook)
        self.welcome.open_requested.connect(self.on_open)
        self.welcome.demo_requested.connect(self.on_open_demo)
        self.welcome.recent_chosen.connect(self.open_path)
        self.central.addWidget(self.welcome)
        self.setCentralWidget(self.central)
        self.menus = WindowActions(self)
        self.undo_keys = UndoKeys(self)
        self.menus.check_language(lang)
        self.keys_hint = QLabel()  # the page's own shortcuts
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.keys_hint, 1)
        self.restored = settings.restore_window(self)  # False on first start
        if not self.restored:
            self.resize(1280, 800)
        self.retranslate()

    # -- opening and closing -------------------------------------------------------

    @Slot(object)
    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open the workbook at ``path`` in place of the current one; False if it failed."""
        path = Path(path)
        if self.ctx is not None and path.resolve() == self.ctx.wb.path.resolve():
            return True
        wb = opening.open_workbook(self, path, self.lang, read_only)
        if wb is None:
            return False
        self.show_workbook(wb)
        return True

    def show_workbook(self, wb: WorkbookFile) -> None:
        """Make ``wb`` the open workbook and show its Overview."""
        self.close_workbook(forget=False)
        from ui.context import EditContext

        self.ctx = EditContext(wb, self.lang, self)
        self.ctx.failed.connect(self.on_edit_failed)
        self.ctx.changed.connect(self.on_workbook_changed)
        self.menus.bind(self.ctx)
        self._build_workspace("overview")
        self._start_backups_after_paint(self.ctx)
        settings.add_recent(wb.path)
        settings.set_last_file(wb.path)
        self.retranslate()
        self.workbook_changed.emit()

    def _start_backups_after_paint(self, ctx: EditContext) -> None:
        """Let the automatic backups follow the open workbook, once the workbook is on screen:
        the first backup (46 ms for the demo, 0.4 s for a big book) no longer delays it."""
        workspace = self.workspace
        if workspace is None or not self.isVisible():
            self._start_backups(ctx)  # nothing will be painted (a hidden window)
            return
        FirstPaint(workspace.nav.viewport(), lambda: self._start_backups(ctx))

    def _start_backups(self, ctx: EditContext) -> None:
        if self.ctx is not ctx:
            return  # closed (or replaced) before it was painted
        from ui import backups  # local: only needed once a workbook is open

        if ctx.findChild(backups.AutoBackupHook) is None:
            backups.watch(ctx)

    def _build_workspace(self, page: str) -> None:
        self._drop_workspace()
        assert self.ctx is not None
        from ui.workspace import Workspace

        self.workspace = Workspace(self.ctx, self.central)
        self.workspace.save_copy_requested.connect(self.on_save_team_copy)
        self.workspace.message_bar.closed.connect(self.statusBar().clearMessage)
        self.workspace.page_shown.connect(self.on_page_shown)
        self.central.addWidget(self.workspace)
        self.central.setCurrentWidget(self.workspace)
        if not self.workspace.show_page(page) and self.workspace.names:
            self.workspace.show_page(self.workspace.names[0])

    def close_workbook(self, forget: bool = True) -> None:
        """Close the open workbook (its lock is released) and show the welcome screen."""
        if self.ctx is None:
            return
        self._drop_workspace()
        ctx, self.ctx = self.ctx, None
        ctx.stack.clear()
        self.menus.bind(None)
        ctx.wb.close()
        ctx.deleteLater()
        if forget:
            settings.set_last_file(None)
        self.central.setCurrentWidget(self.welcome)
        self.retranslate()
        self.workbook_changed.emit()

    def _drop_workspace(self) -> None:
        """Delete the pages now, after they saved any typing in progress (on losing focus),
        so that nothing of theirs runs once the workbook is closed or they are rebuilt."""
        if self.workspace is None:
            return
        focus = QApplication.focusWidget()
        if focus is not None and self.workspace.isAncestorOf(focus):
            focus.clearFocus()  # a text field saves what was typed when it loses focus
        self.central.removeWidget(self.workspace)
        self.workspace.hide()
        self.workspace.deleteLater()
        self.workspace = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def show_page(self, name: str) -> bool:
        """Bring page ``name`` to the front; False when no workbook is open or it does not exist."""
        return self.workspace is not None and self.workspace.show_page(name)

    # -- language -------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the interface to ``lang`` now and at the next start."""
        settings.set_language(lang)
        self.lang = lang
        if self.ctx is not None:
            self.ctx.lang = lang
        self.menus.check_language(lang)
        translation.install(lang)  # every widget gets LanguageChange; see changeEvent

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_pending:
            self._retranslate_pending = True  # installing a translator sends several events
            QTimer.singleShot(0, self, self._on_language_changed)
        super().changeEvent(event)

    @Slot()
    def _on_language_changed(self) -> None:
        """Retranslate the menus and rebuild the pages (they take their texts when built)."""
        self._retranslate_pending = False
        if self.workspace is not None:
            self._build_workspace(self.workspace.current_name() or "overview")
        self.retranslate()

    def retranslate(self) -> None:
        """Set the menus and the title in the current language."""
        self.menus.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle("Rencana")
            return
        from app.storage import queries_overview

        book = queries_overview.workbook(self.ctx.wb.db)
        region = book.region if book else ""
        name = self.ctx.wb.path.name
        title = f"{region} - {name} - Rencana" if region else f"{name} - Rencana"
        if self.ctx.read_only:
            title = self.tr("{title} (read-only)").format(title=title)
        self.setWindowTitle(title)

    # -- reactions --------------------------------------------------------------------

    @Slot(object)
    def on_workbook_changed(self, tables: set[str]) -> None:
        if "workbook" in tables:
            self._update_title()

    @Slot(str)
    def on_edit_failed(self, message: str) -> None:
        """Note why an edit was refused in the status bar (the workspace's strip shows it too)."""
        self.statusBar().showMessage(message, STATUS_MS)

    @Slot()
    def on_new_workbook(self) -> None:
        from ui.new_workbook import NewWorkbookDialog  # local: only needed when asked for

        dialog = NewWorkbookDialog(self.lang, self, self.ctx.wb.path if self.ctx else None)
        if dialog.exec() and dialog.workbook is not None:
            self.show_workbook(dialog.workbook)

    @Slot()
    def on_open(self) -> None:
        start = str(self.ctx.wb.path.parent) if self.ctx else str(paths.data_dir())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a workbook"), start,
            self.tr("Rencana workbooks (*.rencana);;All files (*)"))
        if chosen:
            self.open_path(Path(chosen))

    @Slot()
    def on_open_demo(self) -> None:
        path = opening.ensure_demo(self, self.lang)
        if path is not None:
            self.open_path(path)

    @Slot()
    def on_recent_menu(self) -> None:
        """Fill File > Recent files just before it opens."""
        menu = self.menus.recent_menu
        menu.clear()
        for path in settings.recent_files():
            if path.is_file():
                action = menu.addAction(f"{path.name}  ({path.parent})")
                action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if menu.isEmpty():
            menu.addAction(QAction(self.tr("No recent workbooks"), menu, enabled=False))

    @Slot()
    def on_save_team_copy(self) -> None:
        if self.ctx is not None:
            from ui import backups  # local: dialogs load when first used

            backups.save_team_copy(self, self.ctx)

    @Slot()
    def on_merge(self) -> None:
        if self.ctx is not None:
            from ui import merge_dialog  # local: dialogs load when first used

            merge_dialog.merge_team_files(self, self.ctx)

    @Slot()
    def on_conflicts(self) -> None:
        if self.ctx is not None:
            from ui import merge_dialog  # local: dialogs load when first used

            merge_dialog.show_conflicts(self, self.ctx)

    @Slot()
    def on_restore(self) -> None:
        from ui import backups  # local: dialogs load when first used

        restored = backups.restore_from_backup(self)
        if isinstance(restored, (str, Path)):
            self.open_path(Path(restored))

    @Slot()
    def on_export(self) -> None:
        self.show_page("export")

    @Slot()
    def on_close_workbook(self) -> None:
        self.close_workbook()

    @Slot(str)
    def on_page_shown(self, name: str) -> None:
        """Show the shortcuts of the page in front on the status line."""
        from ui.shortcuts import page_hint

        self.keys_hint.setText(page_hint(name))

    @Slot()
    def on_shortcuts(self) -> None:
        """Show every keyboard shortcut (a window beside the work, not a blocking box)."""
        from ui.shortcuts import ShortcutsDialog  # local: only needed when asked for

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.shortcuts_dialog = dialog

    @Slot()
    def on_about(self) -> None:
        text = self.tr("<b>Rencana {version}</b><br>An offline planning workbook for "
                       "Smart City masterplan workshops.<br>Data folder: {folder}").format(
            version=__version__, folder=paths.data_dir())
        QMessageBox.about(self, self.tr("About Rencana"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_window(self)
        path = self.ctx.wb.path if self.ctx else None
        self.close_workbook(forget=path is None)
        settings.set_last_file(path)
        super().closeEvent(event)

