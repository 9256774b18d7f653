"""The Export page: choose a document, its language, paper and session, see its outline, export.

The export runs in a pool thread (ui.export.job) on its own snapshot of the
workbook file, with a progress bar and Cancel; when it is done, Open folder
shows the file. A failure is one sentence and leaves any old file as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import model, slides
from app.documents import SESSION_KINDS, outline
from app.documents.missing import Missing, missing
from app.storage import rows
from ui.context import EditContext
from ui.export import choices
from ui.export.job import ExportJob, Request
from ui.widgets.named import named


class ExportPage(QWidget):
    """The document choices (left), the outline of the chosen document (right), progress below."""

    exported = Signal(str)  # the written file
    export_failed = Signal(str)  # one sentence
    export_cancelled = Signal()
    navigate_requested = Signal(str, str, str)  # page, part of it, record id: where to enter

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: ExportJob | None = None
        self._last_job: ExportJob | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._custom_target = False
        self._confirmed: Path | None = None  # a file the user already agreed to replace
        self._build_controls()
        self._layout()
        self._connect()
        self.refresh_sessions()
        self.on_choice_changed()
        ctx.changed.connect(self.on_workbook_changed)


    def _build_controls(self) -> None:
        self.document = named(QComboBox(), "exportDocument")
        for kind, text in choices.DOCUMENTS:
            self.document.addItem(choices.label(text), kind)
        self.session = named(QComboBox(), "exportSession")
        self.language = named(QComboBox(), "exportLanguage")
        for code, text in choices.LANGUAGES:
            self.language.addItem(text, code)
        self.paper = named(QComboBox(), "exportPaper")
        for code, text in choices.PAPERS:
            self.paper.addItem(choices.label(text), code)
        self.paper.setCurrentIndex(max(self.paper.findData(self._setting("paper")), 0))
        self.file_format = named(QComboBox(), "exportFormat")
        self.file_format.addItem(self.tr("Word document (.docx)"), ".docx")
        self.file_format.addItem(self.tr("PDF through LibreOffice (.pdf)"), ".pdf")
        self.draft = named(QCheckBox(self.tr("Draft: export even if something is missing, "
                                             "marked KONSEP / DRAFT on every page")),
                           "exportDraft")
        self.missing_label = named(QLabel(), "exportMissingLabel")
        self.missing_label.setWordWrap(True)
        self.missing = named(QListWidget(), "exportMissing")
        self.missing.setWordWrap(True)
        self.missing.setToolTip(self.tr("Click an item to go where it is entered"))
        self.target = named(QLineEdit(), "exportTarget")
        self.browse = QPushButton(self.tr("Choose..."))
        self.outline = named(QListWidget(), "exportOutline")
        self.export_button = named(QPushButton(self.tr("Export")), "exportButton")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.cancel_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress = named(QProgressBar(), "exportProgress")
        self.status = named(QLabel(), "exportStatus")
        self.status.setWordWrap(True)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Format"), self.file_format)
        form.addRow("", self.draft)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)
        form.addRow(self.tr("Save as"), target_row)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.cancel_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(self.missing_label)
        left.addWidget(self.missing, 1)
        box = QGroupBox(self.tr("Outline"))
        QVBoxLayout(box).addWidget(self.outline)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(box, 2)

    def _connect(self) -> None:
        for combo in (self.document, self.session, self.language, self.file_format):
            combo.currentIndexChanged.connect(self.on_choice_changed)
        self.missing.itemClicked.connect(self.on_missing_clicked)
        self.target.textEdited.connect(self.on_target_edited)
        self.browse.clicked.connect(self.choose_target)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.open_button.clicked.connect(self.open_folder)

    # -- what to export ----------------------------------------------------------------------

    def _setting(self, key: str) -> str:
        found = rows.get(self.ctx.wb.db, model.DocSetting, key)
        return found.value.strip().lower() if found else ""

    def refresh_sessions(self) -> None:
        """List the workbook's sessions in the order ``--session N`` counts them."""
        current = self.session.currentIndex()
        self.session.blockSignals(True)
        self.session.clear()
        for number, session in enumerate(rows.select(self.ctx.wb.db, model.Session), 1):
            self.session.addItem(choices.session_label(number, session), number)
        self.session.setCurrentIndex(min(max(current, 0), self.session.count() - 1))
        self.session.blockSignals(False)

    @Slot(object)
    def on_workbook_changed(self, tables: set[str]) -> None:
        """Follow new or renamed sessions and a renamed region."""
        if tables & {"sessions", "workbook"}:
            self.refresh_sessions()
            self.on_choice_changed()
        else:
            self.refresh_missing()

    @Slot()
    def on_choice_changed(self) -> None:
        """Show the chosen document's outline; suggest a file name unless the user typed one."""
        kind, lang = self.document.currentData(), self.language.currentData()
        self.session.setEnabled(kind in SESSION_KINDS)
        self.paper.setEnabled(kind != choices.SLIDES)  # a deck is 16:9 whatever the paper
        self.file_format.setEnabled(kind != choices.SLIDES)
        self.outline.clear()
        self.outline.addItems(slides.outline(lang) if kind == choices.SLIDES
                              else outline(kind, lang))
        if not self._custom_target:
            self.target.setText(str(self._suggested_target()))
        else:
            self.target.setText(str(self._with_suffix(Path(self.target.text().strip()))))
        self.refresh_missing()

    def refresh_missing(self) -> None:
        """List what the chosen document still needs before it can be signed."""
        kind = self.document.currentData()
        number = self.session.currentData() if kind in SESSION_KINDS else None
        found = missing(self.ctx.wb.db, kind, number)
        self.missing.clear()
        for item in found:
            entry = QListWidgetItem(item.sentence(self.ctx.lang))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.missing.addItem(entry)
        self.missing.setVisible(bool(found))
        if not found:
            text = self.tr("Ready: nothing the document needs is missing.")
        elif kind in SESSION_KINDS:
            text = self.tr("Not ready to be signed yet; still needed (click to go there):")
        else:
            text = self.tr("Still missing; the book leaves these parts out (click to go there):")
        self.missing_label.setText(text)

    @Slot(QListWidgetItem)
    def on_missing_clicked(self, entry: QListWidgetItem) -> None:
        """Go to the page where the clicked missing item is entered."""
        item: Missing = entry.data(Qt.ItemDataRole.UserRole)
        self.navigate_requested.emit(item.page, item.part, item.target)

    def _suffix(self) -> str:
        """Return the chosen file's extension: .pptx for the slides, else Word or PDF."""
        kind = self.document.currentData()
        return choices.suffix(kind) if kind == choices.SLIDES else self.file_format.currentData()

    def _with_suffix(self, path: Path) -> Path:
        suffix = self._suffix()
        if path.suffix.lower() in (".docx", ".pdf", ".pptx"):
            return path.with_suffix(suffix)
        return path.with_name(path.name + suffix)

    def _suggested_target(self) -> Path:
        books = rows.select(self.ctx.wb.db, model.Workbook)
        region = books[0].region if books else ""
        return self._with_suffix(choices.default_target(
            Path(self.ctx.wb.path).parent, self.document.currentData(),
            self.language.currentData(), region, self.session.currentData() or 1))

    @Slot(str)
    def on_target_edited(self, _text: str) -> None:
        """Keep the user's own file name from now on."""
        self._custom_target = True

    @Slot()
    def choose_target(self) -> None:
        """Ask where to save the document."""
        suffix = self._suffix()
        pattern = {".pdf": self.tr("PDF documents (*.pdf)"),
                   ".pptx": self.tr("PowerPoint presentations (*.pptx)")}.get(
            suffix, self.tr("Word documents (*.docx)"))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the document as"), self.target.text(), pattern)
        if name:
            self.target.setText(name)
            self._custom_target = True
            self._confirmed = self.request().out  # the file dialog asked about replacing it

    # -- exporting ----------------------------------------------------------------------------

    def request(self) -> Request:
        """Return the export the page's choices describe."""
        out = Path(self.target.text().strip() or str(self._suggested_target()))
        if out.suffix.lower() != self._suffix():
            out = self._with_suffix(out)
        kind = self.document.currentData()
        return Request(Path(self.ctx.wb.path), kind, out,
                       session=(self.session.currentData() or 1) if kind in SESSION_KINDS
                       else None,
                       lang=self.language.currentData(), paper=self.paper.currentData(),
                       ui_lang=self.ctx.lang, draft=self.draft.isChecked())

    @Slot()
    def start_export(self) -> None:
        """Export in the background; the page stays usable and Cancel stops it."""
        if self.job is not None:
            return
        request = self.request()
        if not self._may_write(request.out):
            self.status.setText(self.tr("Not exported; {name} is unchanged.").format(
                name=request.out.name))
            return
        self.job = ExportJob(request)
        self.job.signals.progressed.connect(self.on_progressed)
        self.job.signals.finished.connect(self.on_finished)
        self.job.signals.failed.connect(self.on_failed)
        self.job.signals.cancelled.connect(self.on_cancelled)
        self._running(True)
        self.status.setText(self.tr("Exporting {name}...").format(name=self.job.request.out.name))
        self._pool.start(self.job)

    def _may_write(self, out: Path) -> bool:
        """Return whether ``out`` is free, or the user agreed to replace it (asked once)."""
        if not out.exists() or out == self._confirmed:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Replace the file?"),
                          self.tr("{name} already exists in {folder}. Replace it?").format(
                              name=out.name, folder=out.parent), parent=self)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps the old file
        box.exec()
        return box.clickedButton() is replace

    def _running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.open_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    @Slot()
    def cancel_export(self) -> None:
        """Stop the export at its next step; the old file stays as it was."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    @Slot(int, int)
    def on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(str)
    def on_finished(self, path: str) -> None:
        self._done()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Saved {name}.").format(name=Path(path).name))
        self.exported.emit(path)

    @Slot(str)
    def on_failed(self, sentence: str) -> None:
        self._done()
        self.status.setText(sentence)
        self.export_failed.emit(sentence)

    @Slot()
    def on_cancelled(self) -> None:
        self._done()
        self.status.setText(self.tr("Export cancelled; any earlier file is unchanged."))
        self.export_cancelled.emit()

    def _done(self) -> None:
        self._last_job, self.job = self.job, None  # kept alive until its thread has returned
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    @Slot()
    def open_folder(self) -> None:
        """Show the folder of the exported document in the file manager."""
        folder = self.request().out.parent
        if not folder.is_dir() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.status.setText(self.tr("Could not open the folder {folder}: open it in your "
                                        "file manager.").format(folder=folder))
