"""The tabs of the People page: people, organisations and teams, each a filterable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QMessageBox, QVBoxLayout, QWidget

from app import model, ops, organisations
from app.storage import queries_people, rows
from ui.context import EditContext
from ui.models import labels
from ui.models.base import Edit, TableModel
from ui.models.delegates import ChoiceDelegate, TypedChoiceDelegate
from ui.models.people import OrganisationModel, PeopleModel, TeamModel
from ui.people.roles_delegate import RolesDelegate
from ui.sessions.panel import TablePanel


class ListTab(QWidget):
    """A filterable TablePanel over ``model``; Add takes the filter text as the new name."""

    CLS: type[model.Record] = model.Record

    def __init__(self, ctx: EditContext, model_: TableModel, filter_columns: tuple[int, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.model = ctx, model_
        model_.setParent(self)
        self.panel = TablePanel(ctx, model_, adds=[(self.add_label(), self.new_row)],
                                delete=self.delete_edit, filter_columns=filter_columns)
        self.panel.filter_edit.setPlaceholderText(self.filter_hint())
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        model_.refresh()

    def filter_hint(self) -> str:
        """Return the filter box's placeholder."""
        return ""

    def blank(self, name: str) -> model.Record:
        """Return a new record named ``name``."""
        raise NotImplementedError

    def default_name(self) -> str:
        """Return the name of a new row when nothing is typed in the filter."""
        raise NotImplementedError

    def new_row(self) -> tuple[Edit, str]:
        """Add a row named after the filter text (or a default name), ready to edit."""
        name = " ".join(self.panel.filter_edit.text().split()) or self.default_name()
        record = self.blank(name)
        wb, label = self.ctx.wb, self.add_label()
        return (lambda: ops.add(wb, record, label)[0]), record.id

    def add_label(self) -> str:
        """Return the text of the Add button (also the undo label)."""
        raise NotImplementedError

    def delete_edit(self, row: Any) -> Edit:
        """Return the edit deleting ``row``; rows pointing at it keep going without it."""
        wb, cls, label = self.ctx.wb, self.CLS, QCoreApplication.translate("ListTab", "Delete")
        return lambda: ops.delete(wb, cls, row.id, label)


class PeopleTab(ListTab):
    """Every person; organisation, team and roles are picked from lists."""

    CLS = model.Person

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        cols = PeopleModel
        super().__init__(ctx, PeopleModel(ctx),
                         (cols.COL_NAME, cols.COL_POSITION, cols.COL_ORGANISATION,
                          cols.COL_ROLES, cols.COL_TEAM), parent)
        view = self.panel.view
        view.setItemDelegateForColumn(cols.COL_ORGANISATION, TypedChoiceDelegate(
            self.organisation_choices, self.match_organisation, self.offer_organisation, self))
        view.setItemDelegateForColumn(cols.COL_TEAM, ChoiceDelegate(self.team_choices, self))
        view.setItemDelegateForColumn(cols.COL_ROLES, RolesDelegate(self))
        header = view.horizontalHeader()  # the main columns fit 1280 px without scrolling
        header.setStretchLastSection(False)
        for column, width in ((cols.COL_NAME, 190), (cols.COL_ORGANISATION, 150),
                              (cols.COL_ROLES, 140), (cols.COL_TEAM, 150),
                              (cols.COL_PHONE, 110), (cols.COL_NIP, 100)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(cols.COL_POSITION, QHeaderView.ResizeMode.Stretch)

    def filter_hint(self) -> str:
        return self.tr("Filter by name, position, organisation, role or team…")

    def organisation_choices(self) -> list[tuple[str, object]]:
        orgs = queries_people.organisations(self.ctx.wb.db)
        return [("—", ""), *((o.name, o.id) for o in orgs)]

    def match_organisation(self, typed: str) -> str | None:
        """Return the organisation named or abbreviated exactly ``typed``, else None."""
        return organisations.exact_match(typed, rows.select(self.ctx.wb.db, model.Organisation))

    def offer_organisation(self, cell: Any, typed: str) -> None:
        """Ask whether to create the organisation ``typed`` for the person of ``cell``."""
        if not cell.isValid():
            return
        person = self.panel.model.row(self.panel.source_row(self.panel.view_model().index(
            cell.row(), cell.column())))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New organisation?"), self.tr(
            "There is no organisation called \"{name}\". Create it?").format(name=typed),
            parent=self)
        create = box.addButton(self.tr("Create"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is create and person is not None:
            wb, person_id = self.ctx.wb, person.id
            self.ctx.perform(lambda: organisations.assign_new(wb, person_id, typed)[0])

    def team_choices(self) -> list[tuple[str, object]]:
        return [("—", ""), *((t.name, t.id) for t in queries_people.teams(self.ctx.wb.db))]

    def default_name(self) -> str:
        return self.tr("New person")

    def blank(self, name: str) -> model.Record:
        return model.Person(id=model.new_id(), name=name, roles="participant")

    def add_label(self) -> str:
        return self.tr("Add person")


class OrganisationsTab(ListTab):
    """Every organisation: OPD with abbreviations, BUMD and the others."""

    CLS = model.Organisation

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        cols = OrganisationModel
        super().__init__(ctx, OrganisationModel(ctx),
                         (cols.COL_NAME, cols.COL_ABBREVIATION, cols.COL_KIND), parent)
        kinds = labels.choices(model.ORGANISATION_KINDS, labels.organisation_kind)
        view = self.panel.view
        view.setItemDelegateForColumn(cols.COL_KIND, ChoiceDelegate(lambda: kinds, self))
        view.horizontalHeader().resizeSection(cols.COL_NAME, 360)
        view.horizontalHeader().resizeSection(cols.COL_ABBREVIATION, 160)
        view.horizontalHeader().resizeSection(cols.COL_KIND, 180)

    def filter_hint(self) -> str:
        return self.tr("Filter by name, abbreviation or kind…")

    def default_name(self) -> str:
        return self.tr("New organisation")

    def blank(self, name: str) -> model.Record:
        return model.Organisation(id=model.new_id(), name=name)

    def add_label(self) -> str:
        return self.tr("Add organisation")


class TeamsTab(ListTab):
    """The teams (breakout groups) people work in."""

    CLS = model.Team

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, TeamModel(ctx), (TeamModel.COL_NAME,), parent)
        self.panel.view.horizontalHeader().resizeSection(TeamModel.COL_NAME, 360)

    def filter_hint(self) -> str:
        return self.tr("Filter teams…")

    def default_name(self) -> str:
        return self.tr("New team")

    def blank(self, name: str) -> model.Record:
        position = len(queries_people.teams(self.ctx.wb.db))
        return model.Team(id=model.new_id(), name=name, position=position)

    def add_label(self) -> str:
        return self.tr("Add team")
