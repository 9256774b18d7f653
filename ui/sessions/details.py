"""The Details tab of a session: title, stage, dates, venue, who opened it, narasumber, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app import formatting, model, ops
from app.storage import rows
from ui.binding import TextBinding
from ui.context import EditContext
from ui.models import labels


class DetailsTab(QWidget):
    """A form over one session; text saves while typing (one undo step per burst).

    Dates are written when the field is left or Enter is pressed; a date the
    workbook refuses (not a date, or an end before the start) shows the reason
    and the field goes back to the stored date.
    """

    DATE_FIELDS = ("start_date", "end_date")

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.title_edit, self.venue_edit = QLineEdit(), QLineEdit()
        self.opened_by_edit, self.narasumber_edit = QLineEdit(), QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.stage_combo = QComboBox()
        for code in model.STAGES:
            self.stage_combo.addItem(labels.stage(code), code)
        self.stage_combo.activated.connect(self.on_stage_chosen)
        self.date_edits = {name: QLineEdit(placeholderText="2019-07-04")
                           for name in self.DATE_FIELDS}
        self.date_labels = {name: QLabel() for name in self.DATE_FIELDS}
        for name, edit in self.date_edits.items():
            edit.editingFinished.connect(lambda n=name: self.on_date_edited(n))
        self.bindings = [
            TextBinding(ctx, widget, model.Session, field)
            for widget, field in ((self.title_edit, "title"), (self.venue_edit, "venue"),
                                  (self.opened_by_edit, "opened_by"),
                                  (self.narasumber_edit, "narasumber"),
                                  (self.notes_edit, "notes"))
        ]
        self._layout()
        ctx.changed.connect(self.on_workbook_changed)
        self.set_session(None)

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Stage"), self.stage_combo)
        for name, text in (("start_date", self.tr("Start date")),
                           ("end_date", self.tr("End date"))):
            row = QHBoxLayout()
            row.addWidget(self.date_edits[name])
            row.addWidget(self.date_labels[name], 1)
            form.addRow(text, row)
        form.addRow(self.tr("Venue"), self.venue_edit)
        form.addRow(self.tr("Opened by"), self.opened_by_edit)
        form.addRow(self.tr("Narasumber"), self.narasumber_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.narasumber_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self.date_edits["end_date"].setPlaceholderText(self.tr("same day"))

    def session(self) -> model.Session | None:
        """Return the session shown, or None."""
        return rows.get(self.ctx.wb.db, model.Session, self.session_id)

    def set_session(self, session_id: str | None) -> None:
        """Show the session ``session_id`` (None: an empty, disabled form)."""
        self.session_id = session_id
        for binding in self.bindings:
            binding.bind(session_id)
        self.load_fields()

    def load_fields(self) -> None:
        """Show the stored stage and dates (text fields load through their bindings)."""
        session = self.session()
        editable = session is not None and not self.ctx.read_only
        self.stage_combo.setEnabled(editable)
        if session is not None:
            self.stage_combo.setCurrentIndex(self.stage_combo.findData(session.stage))
        for name, edit in self.date_edits.items():
            value = getattr(session, name) if session else None
            edit.setEnabled(editable)
            if not edit.hasFocus() or not edit.isModified():
                edit.setText(value or "")
                edit.setModified(False)
            self.date_labels[name].setText(
                formatting.long_date(value, self.ctx.lang, weekday=True) if value else "")

    def on_stage_chosen(self, _number: int) -> None:
        """Store the stage picked in the combo box."""
        self._update(stage=self.stage_combo.currentData())

    def on_date_edited(self, name: str) -> None:
        """Store a typed date; a refused one puts the stored date back."""
        edit = self.date_edits[name]
        if not edit.isModified():
            return
        edit.setModified(False)
        self._update(**{name: edit.text().strip() or None})
        self.load_fields()

    def _update(self, **fields: object) -> None:
        session_id, wb = self.session_id, self.ctx.wb
        if session_id is None:
            return
        label = self.tr("Edit session")
        if self.ctx.perform(lambda: ops.update(wb, model.Session, session_id, label,
                                               **fields)) is None:
            self.load_fields()

    def on_workbook_changed(self, tables: set[str]) -> None:
        """Show the stored values again after an edit, undo or redo of sessions."""
        if "sessions" in tables:
            self.load_fields()
