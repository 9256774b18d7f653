"""Importing a people worksheet: read off the GUI thread, preview rows and errors, one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app import model, ops
from app.errors import RencanaError
from ui.context import EditContext
from ui.models import labels
from ui.models.worksheet import ErrorModel, PreviewModel


class _JobSignals(QObject):
    """What the reading job reports back, delivered on the GUI thread."""

    read = Signal(object)  # app.worksheets.Preview
    failed = Signal(str)


class ReadJob(QRunnable):
    """Reads and checks a worksheet in a pool thread; touches no widget and no workbook."""

    def __init__(self, source: Path, lang: str, role_map: dict[str, str] | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.source, self.lang, self.role_map = source, lang, role_map
        self.signals = _JobSignals()

    def run(self) -> None:
        from app import worksheets  # heavy (openpyxl for XLSX): only when a file is read

        try:
            preview = worksheets.parse_people(self.source, role_map=self.role_map)
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
    action (one undo step). A file with any bad cell imports nothing. Roles the
    worksheet names that Rencana does not know ("fasilitator") are mapped to a
    known role, said so, and the mapping can be changed before importing.
    ``outcome`` says afterwards how many people were new, updated and unchanged.
    """

    loaded = Signal()

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: Any = None
        self.source: Path | None = None
        self.role_map: dict[str, str] | None = None
        self.outcome = ""
        self._job: ReadJob | None = None
        self._pool = QThreadPool(self)
        self.setWindowTitle(self.tr("Import people from a worksheet"))
        self.file_label = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.summary = QLabel(wordWrap=True)
        self.roles_title = QLabel(self.tr("<b>Roles Rencana does not know</b>: each is "
                                          "imported as the role chosen here"), wordWrap=True)
        self.roles_table = QTableWidget(0, 2)
        self.roles_table.setHorizontalHeaderLabels([self.tr("In the worksheet"),
                                                    self.tr("Import as")])
        self.roles_table.horizontalHeader().setStretchLastSection(True)
        self.roles_table.verticalHeader().setVisible(False)
        self.roles_table.setMaximumHeight(150)
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
        layout.addWidget(self.roles_title)
        layout.addWidget(self.roles_table)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(QLabel(self.tr("<b>Rows in the worksheet</b>")))
        layout.addWidget(self.rows_view, 2)
        layout.addWidget(buttons)
        self.errors_title.hide()
        self.errors_view.hide()
        self.roles_title.hide()
        self.roles_table.hide()

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

    def load(self, source: Path, role_map: dict[str, str] | None = None) -> None:
        """Start reading ``source`` in a pool thread; the progress bar is busy meanwhile."""
        self.source, self.role_map = source, role_map
        self.preview = None
        self.import_button.setEnabled(False)
        self.file_label.setText(self.tr("Reading {name}…").format(name=source.name))
        self.summary.setText("")
        self.progress.setRange(0, 0)
        job = self._job = ReadJob(source, self.ctx.lang, role_map)
        # Only the latest reading counts (a mapping changed twice quickly reads twice).
        queued = Qt.ConnectionType.QueuedConnection  # delivered on the GUI thread
        job.signals.read.connect(lambda preview: self.on_read(preview) if job is self._job
                                 else None, queued)
        job.signals.failed.connect(lambda message: self.on_failed(message)
                                   if job is self._job else None, queued)
        self._pool.start(self._job)

    def on_read(self, preview: Any) -> None:
        """Show the rows and the problems of the worksheet just read."""
        if preview.unknown_roles and self.role_map is None and self.source is not None:
            from app.worksheets.people import guess_role

            self.load(self.source, {w: guess_role(w) for w in preview.unknown_roles})
            return  # read again with every unknown role mapped to its likeliest known one
        self.preview = preview
        self._show_role_map(preview.unknown_roles)
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

    def _show_role_map(self, words: list[str]) -> None:
        """List the unknown role words, each with the known role it is imported as."""
        self.roles_table.setRowCount(len(words))
        for row, word in enumerate(words):
            self.roles_table.setCellWidget(row, 0, QLabel(word))
            combo = QComboBox()
            for code in model.ROLES:
                combo.addItem(labels.role(code), code)
            combo.setCurrentIndex(max(combo.findData((self.role_map or {}).get(word)), 0))
            combo.activated.connect(lambda _i, w=word, c=combo: self.map_role(w, c.currentData()))
            self.roles_table.setCellWidget(row, 1, combo)
        self.roles_title.setVisible(bool(words))
        self.roles_table.setVisible(bool(words))

    def map_role(self, word: str, code: str) -> None:
        """Import the role ``word`` as ``code`` (the worksheet is checked again)."""
        if self.source is not None:
            self.load(self.source, {**(self.role_map or {}), word: code})

    def _summary(self, preview: Any) -> str:
        mapped = ""
        if preview.unknown_roles and self.role_map:
            pairs = ", ".join(f"{w} → {labels.role(self.role_map.get(w))}"
                              for w in preview.unknown_roles)
            mapped = self.tr("{count} role(s) Rencana does not know were mapped: {pairs}. "
                             "Change it below if needed. ").format(
                                 count=len(preview.unknown_roles), pairs=pairs)
        return mapped + self._problems(preview)

    def _problems(self, preview: Any) -> str:
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
        from app.worksheets.people import Tally

        wb, label, tally = self.ctx.wb, self.tr("Import people"), Tally()
        self.progress.setRange(0, max(len(preview.rows), 1))

        def write() -> ops.Change:
            change = worksheets.write_preview(wb, preview, self.on_progress, tally)
            return ops.Change(label, change.rows)

        if self.ctx.perform(write) is None:
            return False
        self.outcome = self.tr("Imported: {new} new, {updated} updated, {unchanged} unchanged."
                              ).format(new=tally.new, updated=tally.updated,
                                       unchanged=tally.unchanged)
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
