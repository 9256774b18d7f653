"""The New workbook dialog: region, kind, province and plan period, then where to save the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import model, paths, validate, workbooks
from app.errors import RencanaError
from app.storage.workbook import WorkbookFile

DEFAULT_PLAN_YEARS = 5


def _year_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(2000, 2100)
    box.setValue(value)
    return box


def file_name(region: str) -> str:
    """Return a safe file name for a workbook of ``region`` (``Kota Madiun.rencana``)."""
    return paths.safe_file_name(region[:80], ".rencana")


class NewWorkbookDialog(QDialog):
    """Asks for the region and plan period, then a file location; ``workbook`` holds the result."""

    def __init__(self, lang: str, parent: QWidget | None = None,
                 open_path: Path | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.open_path = open_path  # the workbook open in the window, never overwritten
        self.workbook: WorkbookFile | None = None
        self.setWindowTitle(self.tr("New workbook"))
        self.setMinimumWidth(460)
        self.region = QLineEdit(placeholderText=self.tr("for example Kota Madiun"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("City (kota)"), "kota")
        self.kind.addItem(self.tr("Regency (kabupaten)"), "kabupaten")
        self.province = QLineEdit(placeholderText=self.tr("for example Jawa Timur"))
        year = dt.date.today().year
        self.plan_start = _year_box(year)
        self.plan_end = _year_box(year + DEFAULT_PLAN_YEARS)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self._build()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Region name:"), self.region)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Province:"), self.province)
        form.addRow(self.tr("Plan starts in:"), self.plan_start)
        form.addRow(self.tr("Plan ends in:"), self.plan_end)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Create..."), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.on_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def record(self) -> model.Workbook:
        """Return the workbook row the form describes (not yet checked)."""
        return model.Workbook(region=self.region.text(), kind=str(self.kind.currentData()),
                              province=self.province.text(), plan_start=self.plan_start.value(),
                              plan_end=self.plan_end.value())

    def problem(self) -> str:
        """Return one sentence saying what is wrong with the form, or "" when it is fine."""
        if not self.region.text().strip():
            return self.tr("Enter the name of the city or regency.")
        try:
            validate.check(self.record(), validate.Context(None, None, 5, lambda *_: False))
        except RencanaError as exc:
            return exc.message(self.lang)
        return ""

    @Slot()
    def on_create(self) -> None:
        """Check the form, ask where to save, and create the workbook there."""
        problem = self.problem()
        self.error.setText(problem)
        if problem:
            return
        path = self.ask_location()
        if path is not None and self.create_workbook(path):
            self.accept()

    def ask_location(self) -> Path | None:
        """Ask where to save the new workbook (the user data folder by default)."""
        default = paths.data_dir() / file_name(self.region.text())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the new workbook"), str(default),
            self.tr("Rencana workbooks (*.rencana)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix == ".rencana" else path.with_name(path.name + ".rencana")

    def create_workbook(self, path: Path) -> bool:
        """Create the workbook at ``path``; on failure show the reason and return False."""
        if self.open_path is not None and path.resolve() == self.open_path.resolve():
            self.error.setText(self.tr("{name} is the workbook open now; choose another name.")
                               .format(name=path.name))
            return False
        try:
            self.workbook = workbooks.new_workbook(path, self.record(), overwrite=path.exists())
        except RencanaError as exc:
            self.error.setText(exc.message(self.lang))
            return False
        except OSError as exc:
            self.error.setText(self.tr("Cannot write {name}: {reason}.").format(
                name=path.name, reason=exc.strerror or exc))
            return False
        return True
