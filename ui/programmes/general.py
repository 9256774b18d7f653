"""The programme's own fields: code, name, dimension, element, kind, phase, years, OPD, texts."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app import model, programmes
from app.storage import rows
from ui.binding import TextBinding
from ui.context import EditContext
from ui.programmes import labels
from ui.programmes.dimension_question import ask_new_code

TEXT_FIELDS = ("name", "target_users", "output", "rpjmd_link")
LONG_FIELDS = ("description", "aim", "problem")


class GeneralForm(QWidget):
    """Every single-valued field of a programme; each change is one undo step."""

    TABLES = frozenset({"programmes", "dimensions", "elements", "organisations", "workbook"})

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.programme_id: str | None = None
        self.code = QLabel(self)
        self.code.setObjectName("programmeCode")
        self.texts = {name: QLineEdit(self) for name in TEXT_FIELDS}
        self.longs = {name: QPlainTextEdit(self) for name in LONG_FIELDS}
        fields: list[tuple[str, QLineEdit | QPlainTextEdit]] = [*self.texts.items(),
                                                                *self.longs.items()]
        self.bindings = [TextBinding(ctx, widget, model.Programme, name)
                         for name, widget in fields]
        self.choices = {name: QComboBox(self) for name in
                        ("dimension_id", "element_id", "kind", "phase", "status", "lead_org_id")}
        self.years = {name: QSpinBox(self) for name in ("start_year", "end_year")}
        self.element_hint = QLabel(self.tr("An element is expected: choose one (until then "
                                           "the documents list it under \"Other\")."), self)
        self.element_hint.setObjectName("elementHint")
        self.element_hint.setWordWrap(True)
        self.element_hint.setStyleSheet("color: #8a4b00;")
        for name, combo in self.choices.items():
            combo.activated.connect(lambda _n, field=name: self.on_choice(field))
        for name, spin in self.years.items():
            spin.setKeyboardTracking(False)
            spin.setRange(1900, 2200)
            spin.setSpecialValueText(" ")  # no programme: blank rather than 1900
            spin.valueChanged.connect(lambda _v, field=name: self.on_year(field))
        self._build()
        ctx.changed.connect(self.on_workbook_changed)
        self.set_programme(None)

    def _build(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Code"), self.code)
        left.addRow(self.tr("Name"), self.texts["name"])
        left.addRow(self.tr("Dimension"), self.choices["dimension_id"])
        left.addRow(self.tr("Element"), self.choices["element_id"])
        left.addRow("", self.element_hint)
        left.addRow(self.tr("Kind"), self.choices["kind"])
        left.addRow(self.tr("Lead OPD"), self.choices["lead_org_id"])
        left.addRow(self.tr("Target users"), self.texts["target_users"])
        right.addRow(self.tr("Phase"), self.choices["phase"])
        right.addRow(self.tr("Start year"), self.years["start_year"])
        right.addRow(self.tr("End year"), self.years["end_year"])
        right.addRow(self.tr("Status"), self.choices["status"])
        right.addRow(self.tr("RPJMD/Renstra link"), self.texts["rpjmd_link"])
        right.addRow(self.tr("Output"), self.texts["output"])
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        captions = (self.tr("Description"), self.tr("Aim"), self.tr("Problem it solves"))
        texts = QGridLayout()
        for column, (name, caption) in enumerate(zip(LONG_FIELDS, captions, strict=True)):
            texts.addWidget(QLabel(caption, self), 0, column)
            texts.addWidget(self.longs[name], 1, column)
        grid.addLayout(texts, 1, 0, 1, 2)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the left column, then the right one, then the texts: as they read
        (they were made in another order, and Tab jumped from Name to Target users)."""
        chain = [self.texts["name"], self.choices["dimension_id"], self.choices["element_id"],
                 self.choices["kind"], self.choices["lead_org_id"], self.texts["target_users"],
                 self.choices["phase"], self.years["start_year"], self.years["end_year"],
                 self.choices["status"], self.texts["rpjmd_link"], self.texts["output"],
                 *self.longs.values()]
        for widget in self.longs.values():
            widget.setTabChangesFocus(True)  # Tab moves on; the texts rarely need a tab
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_programme(self, programme_id: str | None) -> None:
        """Show the fields of another programme (None: empty and disabled)."""
        self.programme_id = programme_id
        for binding in self.bindings:
            binding.bind(programme_id)
        self.reload()

    def reload(self) -> None:
        """Show the stored values (after a change, an undo or a refused edit)."""
        programme = rows.get(self.ctx.wb.db, model.Programme, self.programme_id)
        enabled = programme is not None and not self.ctx.read_only
        for widget in [*self.choices.values(), *self.years.values()]:
            widget.setEnabled(enabled)
            widget.blockSignals(True)
        self.code.setText(programme.code if programme else "")
        self.element_hint.setVisible(programme is not None and not programme.element_id)
        self._fill_choices(programme)
        for name, spin in self.years.items():
            value = getattr(programme, name) if programme else None
            spin.setValue(value or spin.minimum())
        for widget in [*self.choices.values(), *self.years.values()]:
            widget.blockSignals(False)

    def _fill_choices(self, programme: model.Programme | None) -> None:
        db, lang = self.ctx.wb.db, self.ctx.lang
        dimension_id = programme.dimension_id if programme else None
        orgs = sorted(rows.select(db, model.Organisation),
                      key=lambda o: labels.organisation_name(o).casefold())
        options: dict[str, list[tuple[str, Any]]] = {
            "dimension_id": [(labels.dimension_name(d, lang), d.id)
                             for d in rows.select(db, model.Dimension)],
            "element_id": [("-", None), *((labels.element_name(e, lang), e.id) for e in
                                          rows.select(db, model.Element,
                                                      dimension_id=dimension_id))],
            "kind": [(text, code) for code, text in labels.kinds()],
            "phase": [(text, code) for code, text in labels.phases()],
            "status": [(text, code) for code, text in labels.statuses()],
            "lead_org_id": [("-", None), *((labels.organisation_name(o), o.id) for o in orgs)],
        }
        for name, combo in self.choices.items():
            combo.clear()
            for text, value in options[name]:
                combo.addItem(text, value)
            current = getattr(programme, name) if programme else None
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)

    def _perform(self, fields: dict[str, Any], merge_key: str = "") -> None:
        programme_id, wb = self.programme_id, self.ctx.wb
        if programme_id is None:
            return
        done = self.ctx.perform(
            lambda: programmes.update_programme(wb, programme_id, **fields), merge_key)
        if not done:
            self.reload()

    @Slot(str)
    def on_choice(self, name: str) -> None:
        """Store a value picked in a combo box (a new dimension clears a foreign element)."""
        value = self.choices[name].currentData()
        if name == "dimension_id":
            self._move_to_dimension(value)
            return
        self._perform({name: value})

    def _move_to_dimension(self, dimension_id: str) -> None:
        """Move the programme to another dimension; ask whether it takes a code of it."""
        programme = rows.get(self.ctx.wb.db, model.Programme, self.programme_id)
        if programme is None or programme.dimension_id == dimension_id:
            return
        wb, programme_id = self.ctx.wb, programme.id
        renumber = False
        if not programmes.code_fits(wb, programme.code, dimension_id):
            new_code = programmes.next_code(wb, dimension_id)
            renumber = ask_new_code(self, programme.code, new_code)
        if not self.ctx.perform(lambda: programmes.move_to_dimension(
                wb, programme_id, dimension_id, renumber)):
            self.reload()

    @Slot(str)
    def on_year(self, name: str) -> None:
        """Store a start or end year (arrow clicks on one field merge into one undo step)."""
        self._perform({name: self.years[name].value()},
                      merge_key=f"programmes:{self.programme_id}:{name}")

    @Slot(object)
    def on_workbook_changed(self, tables: set[str]) -> None:
        """Show the stored values again when the programme or its vocabularies changed."""
        if tables & self.TABLES:
            self.reload()
