"""Copies for team laptops, automatic backups while editing, and restoring a backup.

The window calls: ``save_team_copy(window, ctx)`` (File > Save a copy for a
team...), ``restore_from_backup(window)`` (File > Restore from backup...),
``offer_restore(parent, path)`` for a damaged workbook, and ``watch(ctx)`` (or
``install_autobackup(window, ctx)``) once a workbook is open. The policy lives
in app.backups.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import backups, copies, paths
from app.errors import RencanaError
from ui import messages
from ui.context import EditContext

TICK_MS = 60_000  # the timer only asks; app.backups decides whether a backup is due


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def _lang(widget: QWidget | None) -> str:
    return str(getattr(widget, "lang", "") or "id")


# -- a copy for a team laptop -------------------------------------------------------


def save_team_copy(window: QWidget, ctx: EditContext, out: Path | None = None) -> Path | None:
    """Ask where (unless ``out`` is given), write a verified copy, say so; return its path."""
    if out is None:
        suggestion = ctx.wb.path.with_name(paths.safe_file_name(
            f"{ctx.wb.path.stem} - {_tr('team')}", ".rencana"))
        chosen, _filter = QFileDialog.getSaveFileName(
            window, _tr("Save a copy for a team"), str(suggestion),
            _tr("Rencana workbooks (*.rencana)"))
        if not chosen:
            return None
        out = Path(chosen).with_suffix(".rencana")
    try:
        copies.save_team_copy(ctx.wb, out)
    except RencanaError as exc:
        messages.tell(window, exc.message(ctx.lang))
        return None
    messages.tell(window, _tr("Saved {name}: give this one file to the team. Merge it back "
                              "with File > Merge team files.").format(name=out.name),
                  warning=False)
    return out


# -- automatic backups while editing ------------------------------------------------


class AutoBackupHook(QObject):
    """Drives app.backups.AutoBackup from the window: edits, a timer, and closing."""

    def __init__(self, ctx: EditContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.auto = backups.AutoBackup(ctx.wb)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.on_tick)
        ctx.changed.connect(self.on_changed)
        # The window clears the undo stack just before it closes the workbook.
        ctx.stack.indexChanged.connect(self.on_stack_index)
        self._guard(self.auto.start)
        self.timer.start()

    @Slot(object)
    def on_changed(self, _tables: object) -> None:
        self.auto.edited()

    @Slot()
    def on_tick(self) -> None:
        self._guard(self.auto.tick)

    @Slot(int)
    def on_stack_index(self, _index: int) -> None:
        if self.ctx.stack.count() == 0:
            self.before_close()

    def before_close(self) -> None:
        """Back up the edits since the last backup (call before closing the workbook)."""
        self.timer.stop()
        self._guard(self.auto.close)

    def _guard(self, work) -> None:  # type: ignore[no-untyped-def]
        """Run a backup; a failure (disk full) is reported once, never raised into Qt."""
        try:
            work()
        except (RencanaError, OSError) as exc:
            text = exc.message(self.ctx.lang) if isinstance(exc, RencanaError) else str(exc)
            self.ctx.failed.emit(text)


def watch(ctx: EditContext) -> AutoBackupHook | None:
    """Start automatic backups of the open workbook (none for a read-only one)."""
    if ctx.read_only:
        return None
    return AutoBackupHook(ctx)


def install_autobackup(window: QWidget, ctx: EditContext) -> AutoBackupHook | None:
    """Start automatic backups of the workbook open in ``window``."""
    return watch(ctx)


def before_close(ctx: EditContext) -> None:
    """Take the closing backup of ``ctx``'s workbook now (if it is being watched)."""
    hook = ctx.findChild(AutoBackupHook)
    if hook is not None:
        hook.before_close()


# -- restoring -------------------------------------------------------------------------


def offer_restore(parent: QWidget | None, path: Path) -> Path | None:
    """For a damaged workbook: offer its latest good backup; return the restored file or None.

    The backup is restored beside the damaged file under a new name (the damaged
    one is left as it is), or where the user chooses if that folder is read-only.
    """
    latest = backups.latest_good_backup(path)
    if latest is None:
        messages.tell(parent, _tr("There is no automatic backup of {name}.").format(
            name=path.name))
        return None
    question = _tr("Rencana has an automatic backup of {name} from {time}. Restore it as a "
                   "new file?").format(name=path.name, time=f"{latest.taken:%Y-%m-%d %H:%M}")
    if not messages.ask(parent, question, _tr("Restore the backup")):
        return None
    target = path.with_name(paths.safe_file_name(
        f"{path.stem} ({_tr('restored')} {latest.taken:%Y-%m-%d %H%M})", ".rencana"))
    if not os.access(path.parent, os.W_OK):  # read-only media: ask where to put it
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, _tr("Restore the backup as"), str(Path.home() / target.name),
            _tr("Rencana workbooks (*.rencana)"))
        if not chosen:
            return None
        target = Path(chosen).with_suffix(".rencana")
    return _restore_to(parent, latest.path, target)


def _restore_to(parent: QWidget | None, backup: Path, target: Path) -> Path | None:
    try:
        return backups.restore(backup, target)
    except RencanaError as exc:
        messages.tell(parent, exc.message(_lang(parent)))
        return None


def restore_from_backup(window: QWidget) -> Path | None:
    """Let the user pick any automatic backup and where to restore it; return the new file."""
    found = backups.list_backups()
    if not found:
        messages.tell(window, _tr("There are no automatic backups yet."), warning=False)
        return None
    dialog = BackupsDialog(found, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    chosen = dialog.chosen
    suggestion = Path.home() / paths.safe_file_name(f"{chosen.workbook} ({_tr('restored')})",
                                                    ".rencana")
    target, _filter = QFileDialog.getSaveFileName(
        window, _tr("Restore the backup as"), str(suggestion),
        _tr("Rencana workbooks (*.rencana)"))
    if not target:
        return None
    return _restore_to(window, chosen.path, Path(target).with_suffix(".rencana"))


class BackupsDialog(QDialog):
    """Every automatic backup, newest first; the chosen one is ``chosen``."""

    def __init__(self, found: list[backups.Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.found = found
        self.chosen: backups.Backup | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose a backup. It is restored as a new file; "
                                        "nothing is overwritten.")))
        self.list = QListWidget(self)
        for backup in found:
            self.list.addItem(QListWidgetItem(f"{backup.workbook}  —  "
                                              f"{backup.taken:%Y-%m-%d %H:%M}"))
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Restore..."), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 360)

    @Slot()
    def accept(self) -> None:
        row = self.list.currentRow()
        self.chosen = self.found[row] if 0 <= row < len(self.found) else None
        super().accept()
