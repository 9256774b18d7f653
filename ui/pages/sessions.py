"""The Sessions page: Bimtek I-IV and other meetings; agenda, attendance, minutes, signatories."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import model, ops
from app.storage import rows
from ui.context import EditContext
from ui.models.base import Edit
from ui.models.sessions import SessionListModel
from ui.sessions.attendance import AttendanceTab
from ui.sessions.details import DetailsTab
from ui.sessions.panel import TablePanel
from ui.sessions.record_tabs import AgendaTab, AgreedTab, MinutesTab, SignatoriesTab


class SessionsPage(QWidget):
    """A list of sessions on the left; the chosen session's tabs on the right."""


    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown: str | None = None
        self.sessions = SessionListModel(ctx, self)
        self.panel = TablePanel(ctx, self.sessions,
                                adds=[(self.tr("Add session"), self.new_session)],
                                delete=self.delete_session)
        self.details, self.agenda = DetailsTab(ctx), AgendaTab(ctx)
        self.attendance, self.minutes = AttendanceTab(ctx), MinutesTab(ctx)
        self.agreed, self.signatories = AgreedTab(ctx), SignatoriesTab(ctx)
        self.tabs = QTabWidget()
        for tab, text in ((self.details, self.tr("Details")), (self.agenda, self.tr("Agenda")),
                          (self.attendance, self.tr("Attendance")),
                          (self.minutes, self.tr("Minutes")),
                          (self.agreed, self.tr("Agreed items")),
                          (self.signatories, self.tr("Signatories"))):
            self.tabs.addTab(tab, text)
        self._layout()
        self.panel.current_changed.connect(self.on_session_chosen)
        self.sessions.refresh()
        if self.sessions.rowCount():
            self.panel.select(self.sessions.key(self.sessions.row(0)))

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Sessions</b>")))
        column.addWidget(self.panel, 1)
        header = self.panel.view.horizontalHeader()
        self.panel.view.setColumnHidden(SessionListModel.COL_STAGE, True)  # in the title
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SessionListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for number in (SessionListModel.COL_DATES, SessionListModel.COL_PRESENT):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
        view = self.panel.view  # titles wrap ("Bimtek II: Pemetaan Program") instead of "Bi..."
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 10)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

    def show_part(self, part: str, session_id: str) -> None:
        """Show session ``session_id`` on tab ``part`` (details, agenda, attendance, minutes,
        agreed, signatories): where the Export page sends the user to fill a gap."""
        if session_id:
            self.panel.select(session_id)
        tabs = {"details": self.details, "agenda": self.agenda, "attendance": self.attendance,
                "minutes": self.minutes, "agreed": self.agreed,
                "signatories": self.signatories}
        if part in tabs:
            self.tabs.setCurrentWidget(tabs[part])

    def session_id(self) -> str | None:
        """Return the id of the chosen session, or None."""
        row = self.panel.current_row()
        return row.id if row is not None else None

    def on_session_chosen(self, row: Any) -> None:
        """Show the chosen session in every tab (unless it is the one shown already)."""
        session_id = row.id if row is not None else None
        if session_id == self._shown and session_id is not None:
            return  # the list was re-sorted (a title or date edit): keep the tabs as they are
        self._shown = session_id
        self.details.set_session(session_id)
        for tab in (self.agenda, self.attendance, self.minutes, self.agreed, self.signatories):
            tab.set_session(session_id)
        self.tabs.setEnabled(session_id is not None)

    def new_session(self) -> tuple[Edit, str]:
        """Add the next Bimtek not yet in the workbook (or another meeting), starting today."""
        used = {s.stage for s in rows.select(self.ctx.wb.db, model.Session)}
        stage = next((s for s in ("I", "II", "III", "IV") if s not in used), "other")
        title = f"Bimtek {stage}" if stage != "other" else self.tr("New meeting")
        session = model.Session(id=model.new_id(), title=title, stage=stage,
                                start_date=dt.date.today().isoformat())
        wb, label = self.ctx.wb, self.tr("Add session")
        return (lambda: ops.add(wb, session, label)[0]), session.id

    def delete_session(self, row: Any) -> Edit:
        """Delete a session with its agenda, attendance, minutes and signatories (one step)."""
        wb, label = self.ctx.wb, self.tr("Delete session")
        return lambda: ops.delete(wb, model.Session, row.id, label)
