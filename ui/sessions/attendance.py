"""The Attendance tab: tick who is present on each day, fast, by keyboard, with live counts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting, model
from app.storage import queries_sessions, rows
from ui.context import EditContext
from ui.models.attendance import AttendanceModel
from ui.models.filter import WordFilter

_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
_MOVE_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class AttendanceView(QTableView):
    """The sheet: Space toggles the current person and moves down; typing goes to the filter."""

    toggle_requested = Signal(QModelIndex)
    typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            current = self.currentIndex()
            if current.isValid():
                self.toggle_requested.emit(current)
                below = current.siblingAtRow(current.row() + 1)
                if below.isValid():
                    self.setCurrentIndex(below)
            return
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS:
            self.typed.emit(text)
            return
        super().keyPressEvent(event)


class AttendanceTab(QWidget):
    """Everyone in the workbook with a present box for the chosen day of the session.

    Type in the filter (name, organisation, group, position) and press Enter to
    tick the current person; Up and Down pick another match. In the table,
    Space toggles the current person and moves to the next one.
    """

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.model = AttendanceModel(ctx, self)
        cols = AttendanceModel
        self.proxy = WordFilter((cols.COL_NAME, cols.COL_ORGANISATION, cols.COL_GROUP,
                                 cols.COL_POSITION), self)
        self.proxy.setSourceModel(self.model)
        self.day_combo = QComboBox()
        self.group_combo = QComboBox()
        self.filter_edit = QLineEdit(clearButtonEnabled=True)
        self.filter_edit.setProperty("workbookUndo", True)  # Ctrl+Z undoes the workbook here
        self.view = AttendanceView()
        self.counts_label = QLabel(wordWrap=True)
        self.empty_hint = QLabel(self.tr(
            "Nobody to tick yet: first import the participants (People and organisations > "
            "Import worksheet…), or add them there one by one."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("attendanceEmpty")
        self.empty_hint.setStyleSheet("background: #fff8e1; border: 1px solid #ffd54f; "
                                      "padding: 8px; font-weight: bold;")
        self._setup()
        self._layout()
        ctx.changed.connect(self.on_workbook_changed)

    def _setup(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Type a name, organisation or group; Enter ticks present"))
        self.filter_edit.textChanged.connect(self.on_filter_typed)
        self.filter_edit.returnPressed.connect(self.tick_current)
        self.filter_edit.installEventFilter(self)
        self.day_combo.activated.connect(self.on_day_chosen)
        self.group_combo.activated.connect(self.on_group_chosen)
        view = self.view
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(AttendanceModel.COL_PRESENT,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.resizeSection(AttendanceModel.COL_NAME, 260)
        header.resizeSection(AttendanceModel.COL_POSITION, 200)
        header.resizeSection(AttendanceModel.COL_ORGANISATION, 200)
        view.toggle_requested.connect(self.toggle)
        view.typed.connect(self.on_view_typed)
        view.activated.connect(self.toggle)
        self.model.modelReset.connect(self.update_counts)
        self.model.dataChanged.connect(self.update_counts)

    def showEvent(self, event: QShowEvent) -> None:
        """Ready for typing a name the moment the tab is shown."""
        super().showEvent(event)
        self.filter_edit.setFocus()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day_combo)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(QLabel(self.tr("Group")))
        top.addWidget(self.group_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts_label)

    # -- choosing what to show -------------------------------------------------------------

    def set_session(self, session_id: str | None) -> None:
        """Show the sheet of ``session_id`` (keeping the day when it is one of its days)."""
        self.session_id = session_id
        self.fill_days()
        self.fill_groups()
        self.model.set_day(session_id, self.day())

    def day(self) -> str | None:
        """Return the ISO date of the day shown, or None."""
        day = self.day_combo.currentData()
        return str(day) if day else None

    def fill_days(self) -> None:
        """List the session's days; keep the chosen one, else today if it is one, else day 1."""
        session = rows.get(self.ctx.wb.db, model.Session, self.session_id)
        days = queries_sessions.session_days(session) if session else []
        keep = self.day() or dt.date.today().isoformat()
        self.day_combo.clear()
        for number, day in enumerate(days, start=1):
            when = formatting.long_date(day, self.ctx.lang, weekday=True)
            self.day_combo.addItem(self.tr("Day {number}: {date}").format(
                number=number, date=when), day)
        self.day_combo.setCurrentIndex(max(self.day_combo.findData(keep), 0))

    def fill_groups(self) -> None:
        """List the teams as groups to filter by (keeping the chosen one)."""
        keep = self.group_combo.currentData()
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All groups"), None)
        for team in rows.select(self.ctx.wb.db, model.Team):
            self.group_combo.addItem(team.name, team.name)
        self.group_combo.addItem(self.tr("No group"), "")
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(keep), 0))
        self.proxy.set_exact(AttendanceModel.COL_GROUP, self.group_combo.currentData())

    def on_day_chosen(self, _number: int) -> None:
        self.model.set_day(self.session_id, self.day())
        self._select_first()

    def on_group_chosen(self, _number: int) -> None:
        self.proxy.set_exact(AttendanceModel.COL_GROUP, self.group_combo.currentData())
        self._select_first()

    # -- ticking ------------------------------------------------------------------------------

    def toggle(self, index: QModelIndex) -> None:
        """Tick the person at view ``index`` present, or untick them if they were."""
        row = self.proxy.mapToSource(index).row()
        if row >= 0:
            self.set_present(row, not self.model.row(row).present)

    def tick_current(self) -> None:
        """Tick the current person present (Enter in the filter), then ready the next name."""
        row = self.proxy.mapToSource(self.view.currentIndex()).row()
        if row >= 0:
            self.set_present(row, True)
            self.filter_edit.selectAll()

    def set_present(self, row: int, present: bool) -> bool:
        """Store whether the person at model ``row`` is present; return whether it was stored."""
        index = self.model.index(row, AttendanceModel.COL_PRESENT)
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        return self.model.setData(index, state, Qt.ItemDataRole.CheckStateRole)

    # -- typing -------------------------------------------------------------------------------

    def on_filter_typed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._select_first()

    def on_view_typed(self, text: str) -> None:
        """Letters typed in the table go to the filter box."""
        self.filter_edit.setFocus()
        self.filter_edit.insert(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the filter box move through the matches."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _MOVE_KEYS:
                self.view.setFocus()
                self.view.keyPressEvent(event)
                self.filter_edit.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, AttendanceModel.COL_NAME))
        elif self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, self.view.currentIndex().column()))

    # -- counts -----------------------------------------------------------------------------

    def update_counts(self) -> None:
        """Show how many are present on the day, in total and per group."""
        day = self.day()
        nobody = rows.count(self.ctx.wb.db, model.Person) == 0
        self.empty_hint.setVisible(nobody)  # an empty sheet says what to do first
        if not (self.session_id and day):
            self.counts_label.setText("")
            return
        counts = queries_sessions.attendance_counts(self.ctx.wb.db, self.session_id, day)
        present = sum(c.present for c in counts)
        total = sum(c.total for c in counts)
        parts = [f"{c.group or self.tr('No group')}: {c.present}/{c.total}" for c in counts]
        head = self.tr("Present: {present} of {total}").format(present=present, total=total)
        self.counts_label.setText(f"<b>{head}</b>   " + "   ·   ".join(parts))

    def on_workbook_changed(self, tables: set[str]) -> None:
        """New days after a date edit, new groups after a team edit."""
        if "sessions" in tables:
            self.fill_days()
            self.model.set_day(self.session_id, self.day())
        if "teams" in tables:
            self.fill_groups()
