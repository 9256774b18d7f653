"""File > Merge team files...: choose the teams' files, see what changes, merge as one undo step.

The preview lists per kind of record how many are added, changed and deleted,
and the conflicts, before anything is written. The merge itself is one step on
the undo stack that puts back exactly what was there (app.merge.MergeStep).
Conflicts are then resolved in their own dialog, each choice an undoable edit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import failures, merge
from app.errors import RencanaError
from app.merge.report import MergeReport, conflict_sentence, table_label
from ui import messages
from ui.context import EditContext
from ui.undo import WrittenCommand

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def merge_team_files(window: QWidget, ctx: EditContext,
                     files: list[Path] | None = None) -> merge.MergeStep | None:
    """Ask for the teams' files, show the preview, and merge them into the open workbook.

    Returns the merge step (on the undo stack), or None when cancelled or refused.
    """
    if ctx.read_only:
        messages.tell(window, _tr("The workbook is open read-only: nothing can be merged "
                                  "into it."))
        return None
    files = files if files is not None else choose_files(window)
    if not files:
        return None
    report = _run(window, ctx, lambda: merge.preview_into(ctx.wb, files))
    if report is None:
        return None
    if PreviewDialog(report, ctx.lang, window).exec() != QDialog.DialogCode.Accepted:
        return None
    step = _run(window, ctx, lambda: merge.merge_into(ctx.wb, files,
                                                      label=_tr("Merge team files")))
    if step is None:
        return None
    ctx.stack.push(MergeCommand(ctx, step))
    ctx.refresh_all()
    if step.report.conflicts:
        show_conflicts(window, ctx)
    return step


def choose_files(window: QWidget) -> list[Path]:
    """Ask for the team files to merge; return them (empty when cancelled)."""
    store = QSettings()
    folder = str(store.value("merge/folder", str(Path.home())))
    chosen, _filter = QFileDialog.getOpenFileNames(
        window, _tr("Merge team files"), folder, _tr("Rencana workbooks (*.rencana)"))
    if chosen:
        store.setValue("merge/folder", str(Path(chosen[0]).parent))
    return [Path(p) for p in chosen]


def _run(window: QWidget, ctx: EditContext, work: Callable[[], T]) -> T | None:
    """Run ``work`` with a busy cursor; tell the user and return None if it is refused."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    except (RencanaError, sqlite3.Error, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        messages.tell(window, failures.not_saved(exc).message(ctx.lang))
        return None
    finally:
        if QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()


def show_conflicts(window: QWidget, ctx: EditContext) -> None:
    """Open the dialog that resolves the open conflicts of the workbook."""
    from ui.conflicts_dialog import ConflictsDialog  # local: only when there are conflicts

    ConflictsDialog(ctx, window).exec()


class MergeCommand(WrittenCommand):
    """A merge on the undo stack: undo puts back exactly the rows it replaced."""

    def __init__(self, ctx: EditContext, step: merge.MergeStep) -> None:
        super().__init__(step.label, ctx.failed.emit, ctx.lang)
        self.ctx = ctx
        self.step = step

    def write_again(self) -> None:
        merge.redo_step(self.ctx.wb, self.step)
        self.ctx.refresh_all()

    def write_back(self) -> None:
        merge.undo_step(self.ctx.wb, self.step)
        self.ctx.refresh_all()


class ReportModel(QAbstractTableModel):
    """Per kind of record: how many the merge adds, changes and deletes."""

    COL_KIND, COL_ADDED, COL_CHANGED, COL_DELETED = range(4)

    def __init__(self, report: MergeReport, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.lang = lang

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.report.counts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        counts = self.report.counts[index.row()]
        values = (table_label(counts.table, self.lang), counts.added, counts.changed,
                  counts.deleted)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(values[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.COL_KIND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Kind of record"), self.tr("Added"), self.tr("Changed"),
                self.tr("Deleted"))[section]


class PreviewDialog(QDialog):
    """What the merge will do, shown before anything is written; Merge or Cancel."""

    def __init__(self, report: MergeReport, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge team files"))
        self.report = report
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Merging {files} into this workbook:").format(
            files=", ".join(report.inputs))))
        self.model = ReportModel(report, lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.summary = QLabel(self._summary(lang))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(self.tr("Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _summary(self, lang: str) -> str:
        lines = []
        if not self.report.changes:
            lines.append(self.tr("These files hold nothing this workbook does not have."))
        for rename in self.report.renames:
            lines.append(self.tr("Programme code {old} is taken twice: {name} becomes {new}.")
                         .format(old=rename.old, name=rename.name, new=rename.new))
        if self.report.conflicts:
            lines.append(self.tr("Conflicts to resolve after merging: {count}").format(
                count=len(self.report.conflicts)))
            lines += ["• " + conflict_sentence(n, lang) for n in self.report.conflicts[:12]]
        return "\n".join(lines)

