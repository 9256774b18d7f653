"""The People and organisations page: people, organisations and teams, and worksheet import."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.context import EditContext
from ui.people.tabs import OrganisationsTab, PeopleTab, TeamsTab


class PeoplePage(QWidget):
    """Tabs of people, organisations and teams, edited in place; people import from worksheets."""


    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people, self.organisations = PeopleTab(ctx), OrganisationsTab(ctx)
        self.teams = TeamsTab(ctx)
        self.import_button = QPushButton(self.tr("Import worksheet…"))
        self.import_button.setEnabled(not ctx.read_only)
        self.import_button.clicked.connect(self.import_worksheet)
        self.people.panel.add_widget(self.import_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.addTab(self.teams, self.tr("Teams"))
        self.import_result = QLabel()
        self.import_result.setObjectName("importResult")
        self.import_result.setWordWrap(True)
        self.import_result.hide()  # after an import: how many were new, updated, unchanged
        layout = QVBoxLayout(self)
        layout.addWidget(self.import_result)
        layout.addWidget(self.tabs, 1)

    def import_worksheet(self) -> None:
        """Ask for a worksheet of people, preview it, and import it if the user agrees."""
        from ui.people.import_dialog import ImportDialog  # only when asked: it loads the parser

        dialog = ImportDialog(self.ctx, self)
        if dialog.choose_file():
            dialog.exec()
            if dialog.outcome:
                self.import_result.setText(dialog.outcome)
                self.import_result.show()
