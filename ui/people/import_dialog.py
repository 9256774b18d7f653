"""Importing a people worksheet: read off the GUI thread, preview rows and errors, one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import ops
from app.errors import RencanaError
from ui.context import EditContext
from ui.models.worksheet import ErrorModel, PreviewModel


class _JobSignals(QObject):
    """What the reading job reports back, delivered on the GUI thread."""

    read = Signal(object)  # app.worksheets.Preview
    failed = Signal(str)


class ReadJob(QRunnable):
    """Reads and checks a worksheet in a pool thread; touches no widget and no workbook."""

    def __init__(self, source: Path, lang: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.source, self.lang = source, lang
        self.signals = _JobSignals()

    def run(self) -> None:
        from app import worksheets  # heavy (openpyxl for XLSX): only when a file is read

        try:
            preview = worksheets.parse_people(self.source)
        except RencanaError as exc:
            self.signals.failed.emit(exc.message(self.lang))
        except OSError as exc:
            self.signals.failed.emit(f"{self.source.name}: {exc.strerror or exc}")
        else:
            self.signals.read.emit(preview)


class ImportDialog(QDialog):
    """Shows what a worksheet holds and what is wrong with it before anything is written.

    ``load(path)`` starts reading (``loaded`` is emitted when done); Import is
    enabled only when every row passed its checks, and writes all rows in one
    action (one undo step). A file with any bad cell imports nothing.
    """

    loaded = Signal()

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: Any = None
        self._job: ReadJob | None = None
        self._pool = QThreadPool(self)
        self.setWindowTitle(self.tr("Import people from a worksheet"))
        self.file_label = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.summary = QLabel(wordWrap=True)
        self.rows_model, self.errors_model = PreviewModel(ctx, self), ErrorModel(ctx, self)
        self.rows_view, self.errors_view = self._table(self.rows_model), self._table(
            self.errors_model)
        self.errors_title = QLabel(self.tr("<b>Problems</b> (nothing is imported until they "
                                           "are fixed in the worksheet)"))
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_rows)
        buttons.rejected.connect(self.reject)
        self._layout(buttons)
        self.resize(900, 600)
        ctx.failed.connect(self.summary.setText)  # a refused import says why, here

    def _table(self, model: PreviewModel | ErrorModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        view.horizontalHeader().resizeSection(0, 60)  # the row number
        return view

    def _layout(self, buttons: QDialogButtonBox) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(QLabel(self.tr("<b>Rows in the worksheet</b>")))
        layout.addWidget(self.rows_view, 2)
        layout.addWidget(buttons)
        self.errors_title.hide()
        self.errors_view.hide()

    # -- reading ----------------------------------------------------------------------------

    def choose_file(self) -> bool:
        """Ask for a worksheet and start reading it; return False if the user cancelled."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import people from a worksheet"), "",
            self.tr("Worksheets (*.csv *.xlsx)"))
        if not name:
            return False
        self.load(Path(name))
        return True

    def load(self, source: Path) -> None:
        """Start reading ``source`` in a pool thread; the progress bar is busy meanwhile."""
        self.preview = None
        self.import_button.setEnabled(False)
        self.file_label.setText(self.tr("Reading {name}…").format(name=source.name))
        self.summary.setText("")
        self.progress.setRange(0, 0)
        self._job = ReadJob(source, self.ctx.lang)
        self._job.signals.read.connect(self.on_read)
        self._job.signals.failed.connect(self.on_failed)
        self._pool.start(self._job)

    def on_read(self, preview: Any) -> None:
        """Show the rows and the problems of the worksheet just read."""
        self.preview = preview
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.file_label.setText(self.tr("Worksheet: {name}").format(name=preview.name))
        self.rows_model.set_rows(preview.rows)
        self.errors_model.set_errors(preview.errors)
        self.errors_title.setVisible(bool(preview.errors))
        self.errors_view.setVisible(bool(preview.errors))
        ready = preview.ok and bool(preview.rows) and not self.ctx.read_only
        self.import_button.setEnabled(ready)
        self.summary.setText(self._summary(preview))
        self.loaded.emit()

    def _summary(self, preview: Any) -> str:
        if preview.errors:
            return self.tr("{count} problem(s) found: nothing will be imported. Fix the "
                           "worksheet and import it again.").format(count=len(preview.errors))
        if not preview.rows:
            return self.tr("The worksheet has no rows to import.")
        return self.tr("{count} row(s) ready to import.").format(count=len(preview.rows))

    def on_failed(self, message: str) -> None:
        """The file could not be read at all: say why."""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary.setText(message)
        self.rows_model.set_rows([])
        self.errors_model.set_errors([])
        self.loaded.emit()

    # -- writing ----------------------------------------------------------------------------

    def import_rows(self) -> bool:
        """Write every previewed row as one undo step; return whether it was written."""
        preview = self.preview
        if preview is None or not preview.ok:
            return False
        from app import worksheets  # loaded already by the reading job

        wb, label = self.ctx.wb, self.tr("Import people")
        self.progress.setRange(0, max(len(preview.rows), 1))

        def write() -> ops.Change:
            change = worksheets.write_preview(wb, preview, self.on_progress)
            return ops.Change(label, change.rows)

        if self.ctx.perform(write) is None:
            return False
        self.accept()
        return True

    def on_progress(self, done: int, total: int) -> None:
        """Advance the progress bar while rows are written."""
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def done(self, result: int) -> None:
        """Close the dialog once a read still running has finished (it writes nothing)."""
        self._pool.waitForDone()
        super().done(result)
