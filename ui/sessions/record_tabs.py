"""The list tabs of a session: agenda per day, minutes, agreed items and signatories."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app import formatting, model, ops
from app.storage import queries_sessions, rows
from ui.context import EditContext
from ui.models import edits, labels
from ui.models.base import Edit
from ui.models.delegates import ChoiceDelegate
from ui.models.records import RecordModel
from ui.models.sessions import AgendaModel, AgreedModel, MinutesModel, SignatoryModel
from ui.sessions.owner_delegate import OwnerDelegate
from ui.sessions.panel import Adder, TablePanel
from ui.sessions.person_picker import PersonPicker


def _tr(text: str) -> str:
    """Translate a string of RecordTab's own methods (self.tr would use the subclass's name)."""
    return QCoreApplication.translate("RecordTab", text)


class RecordTab(QWidget):
    """A TablePanel over the records of one session, with add, delete and reorder."""

    MODEL: type[RecordModel] = RecordModel
    EDIT_COLUMN = 0

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.model = self.MODEL(ctx, self)
        self.panel = TablePanel(ctx, self.model, adds=self.adds(), delete=self.delete_edit,
                                move=self.move_edit, edit_column=self.EDIT_COLUMN)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def adds(self) -> list[tuple[str, Adder]]:
        """Return the add buttons: (label, adder)."""
        return []

    def set_session(self, session_id: str | None) -> None:
        """Show the records of ``session_id``."""
        self.session_id = session_id
        self.model.set_parent(session_id)
        self.setEnabled(session_id is not None)

    def siblings(self, row: Any) -> list[Any]:
        """Return the records ``row`` is ordered among (all of the session's, by default)."""
        return self.model.rows()

    def add_record(self, record: model.Record, label: str) -> tuple[Edit, str] | None:
        """Return the edit adding ``record`` (with a fresh id) to the session, and that id."""
        if self.session_id is None:
            return None
        fields: dict[str, Any] = {"id": model.new_id(), "session_id": self.session_id}
        record = dataclasses.replace(record, **fields)  # every session record has session_id
        wb = self.ctx.wb
        return (lambda: ops.add(wb, record, label)[0]), record.id

    def delete_edit(self, row: Any) -> Edit:
        wb, cls, label = self.ctx.wb, self.MODEL.CLS, _tr("Delete")
        return lambda: ops.delete(wb, cls, row.id, label)

    def move_edit(self, number: int, delta: int) -> Edit:
        row = self.model.row(number)
        same = self.siblings(row)
        wb, cls, label = self.ctx.wb, self.MODEL.CLS, _tr("Move")
        return lambda: ops.reorder(wb, cls, same, same.index(row), delta, label)


class AgendaTab(RecordTab):
    """The agenda: per day, in order; moving stays within a day."""

    MODEL = AgendaModel
    EDIT_COLUMN = AgendaModel.COL_TITLE

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.panel.view.setItemDelegateForColumn(
            AgendaModel.COL_DAY, ChoiceDelegate(self.day_choices, self))
        header = self.panel.view.horizontalHeader()
        header.resizeSection(AgendaModel.COL_DAY, 190)
        header.resizeSection(AgendaModel.COL_TITLE, 380)

    def adds(self) -> list[tuple[str, Adder]]:
        return [(self.tr("Add agenda item"), self.new_item)]

    def days(self) -> list[str]:
        """Return the ISO dates of the session's days."""
        session = rows.get(self.ctx.wb.db, model.Session, self.session_id)
        return queries_sessions.session_days(session) if session else []

    def day_choices(self) -> list[tuple[str, object]]:
        return [(formatting.long_date(day, self.ctx.lang, weekday=True), day)
                for day in self.days()]

    def siblings(self, row: Any) -> list[Any]:
        return [r for r in self.model.rows() if r.day == row.day]

    def new_item(self) -> tuple[Edit, str] | None:
        """Add an item after the current one's day (or the last day used, or day 1)."""
        current = self.panel.current_row()
        items = self.model.rows()
        days = self.days()
        day = (current.day if current else items[-1].day if items else
               days[0] if days else None)
        same_day = [r for r in items if r.day == day]
        item = model.AgendaItem(day=day, title=self.tr("New agenda item"),
                                position=edits.next_position(same_day))
        return self.add_record(item, self.tr("Add agenda item"))


class MinutesTab(RecordTab):
    """The minutes: points, decisions and follow-ups (with owner and due date)."""

    MODEL = MinutesModel
    EDIT_COLUMN = MinutesModel.COL_TEXT

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        view = self.panel.view
        kinds = labels.choices(model.MINUTES_KINDS, labels.minutes_kind)
        view.setItemDelegateForColumn(MinutesModel.COL_KIND, ChoiceDelegate(lambda: kinds, self))
        view.setItemDelegateForColumn(MinutesModel.COL_OWNER, OwnerDelegate(ctx, self))
        view.horizontalHeader().resizeSection(MinutesModel.COL_TEXT, 420)
        view.horizontalHeader().resizeSection(MinutesModel.COL_OWNER, 180)

    def adds(self) -> list[tuple[str, Adder]]:
        return [(self.tr("Add point"), lambda: self.new_item("point")),
                (self.tr("Add decision"), lambda: self.new_item("decision")),
                (self.tr("Add follow-up"), lambda: self.new_item("followup"))]

    def new_item(self, kind: str) -> tuple[Edit, str] | None:
        """Add a minutes item of ``kind`` at the end."""
        text = {"point": self.tr("New point"), "decision": self.tr("New decision"),
                "followup": self.tr("New follow-up")}[kind]
        item = model.MinutesItem(kind=kind, text=text,
                                 position=edits.next_position(self.model.rows()))
        return self.add_record(item, self.tr("Add to the minutes"))


class AgreedTab(RecordTab):
    """What the session agreed, in order, for the berita acara."""

    MODEL = AgreedModel

    def adds(self) -> list[tuple[str, Adder]]:
        return [(self.tr("Add agreed item"), self.new_item)]

    def new_item(self) -> tuple[Edit, str] | None:
        item = model.AgreedItem(text=self.tr("New agreed item"),
                                position=edits.next_position(self.model.rows()))
        return self.add_record(item, self.tr("Add agreed item"))


class SignatoriesTab(RecordTab):
    """Who signs the commitment sheet; picked from the people list or typed."""

    MODEL = SignatoryModel

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.pick_button = QPushButton(self.tr("Add from people…"))
        self.pick_button.setEnabled(not ctx.read_only)
        self.pick_button.clicked.connect(self.pick_people)
        self.panel.add_widget(self.pick_button)
        self.panel.view.horizontalHeader().resizeSection(SignatoryModel.COL_NAME, 260)
        self.panel.view.horizontalHeader().resizeSection(SignatoryModel.COL_TITLE, 300)

    def adds(self) -> list[tuple[str, Adder]]:
        return [(self.tr("Add signatory"), self.new_item)]

    def new_item(self) -> tuple[Edit, str] | None:
        item = model.Signatory(name=self.tr("New signatory"),
                               position=edits.next_position(self.model.rows()))
        return self.add_record(item, self.tr("Add signatory"))

    def pick_people(self) -> None:
        """Ask for people and add them as signatories (one undo step)."""
        picker = PersonPicker(self.ctx, self)
        if picker.exec():
            self.add_people(picker.chosen())

    def add_people(self, person_ids: list[str]) -> None:
        """Add the people ``person_ids`` as signatories with their position and NIP."""
        if self.session_id is None or not person_ids:
            return
        wb, session_id = self.ctx.wb, self.session_id
        start = edits.next_position(self.model.rows())

        def add() -> ops.Change:
            with ops.Action(wb, self.tr("Add signatories")) as act:
                for offset, person_id in enumerate(person_ids):
                    person = rows.get(wb.db, model.Person, person_id)
                    if person is not None:
                        act.put(model.Signatory(
                            session_id=session_id, person_id=person.id, name=person.name,
                            title=person.position, nip=person.nip, position=start + offset))
            return act.change

        self.ctx.perform(add)
