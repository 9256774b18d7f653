"""A programme's links to others: supporting organisations (ticked) and predecessor programmes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import model, programmes
from app.storage import queries_programmes as queries
from app.storage import rows
from ui.context import EditContext
from ui.programmes import labels
from ui.programmes.part_model import ProgrammePart

ID_ROLE = Qt.ItemDataRole.UserRole


class PartnerList(ProgrammePart, QListWidget):
    """Every organisation with a tick box; ticking one makes it a supporting organisation."""

    TABLES = frozenset({"organisations", "programme_partners"})

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.itemChanged.connect(self.on_item_changed)
        ctx.changed.connect(self.on_workbook_changed)

    def reload(self) -> None:
        """Show the organisations, ticked where they support the programme."""
        db = self.ctx.wb.db
        ticked = {p.organisation_id for p in rows.select(
            db, model.ProgrammePartner, programme_id=self.programme_id)} \
            if self.programme_id else set()
        orgs = sorted(rows.select(db, model.Organisation), key=lambda o: o.name.casefold())
        self.blockSignals(True)
        self.clear()
        for org in orgs:
            text = f"{org.abbreviation} - {org.name}" if org.abbreviation else org.name
            item = QListWidgetItem(text, self)
            item.setData(ID_ROLE, org.id)
            flags = Qt.ItemFlag.ItemIsEnabled
            if self.programme_id and not self.ctx.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if org.id in ticked
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def ticked(self) -> list[str]:
        """Return the ids of the ticked organisations."""
        return [self.item(i).data(ID_ROLE) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    @Slot(QListWidgetItem)
    def on_item_changed(self, item: QListWidgetItem) -> None:
        """Store the ticked organisations as the programme's partners (one undo step)."""
        if not self.programme_id:
            return
        wb, programme_id, wanted = self.ctx.wb, self.programme_id, self.ticked()
        if not self.ctx.perform(lambda: programmes.set_partners(wb, programme_id, wanted)):
            self.reload()



class DependencyEditor(ProgrammePart, QWidget):
    """The programmes this one depends on, with a chooser to add one and a button to remove."""

    TABLES = frozenset({"dependencies", "programmes"})

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.programme_id: str | None = None
        self.list = QListWidget(self)
        self.chooser = QComboBox(self)
        self.add_button = QPushButton(self.tr("Add predecessor"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_predecessor)
        self.remove_button.clicked.connect(self.remove_predecessor)
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.list)
        ctx.changed.connect(self.on_workbook_changed)

    def reload(self) -> None:
        """Show the predecessors and offer the other programmes."""
        db = self.ctx.wb.db
        before = queries.predecessors(db, self.programme_id) if self.programme_id else []
        taken = {p.id for p in before} | {self.programme_id}
        self.list.clear()
        for row in before:
            years = labels.years(row.start_year, row.end_year)
            item = QListWidgetItem(f"{row.code}  {row.name}  ({years})", self.list)
            item.setData(ID_ROLE, row.id)
        self.chooser.clear()
        for row in queries.programme_rows(db) if self.programme_id else []:
            if row.id not in taken:
                self.chooser.addItem(f"{row.code}  {row.name}", row.id)
        editable = bool(self.programme_id) and not self.ctx.read_only
        for widget in (self.chooser, self.add_button, self.remove_button):
            widget.setEnabled(editable)

    @Slot()
    def add_predecessor(self) -> None:
        """Make the chosen programme a predecessor of this one."""
        chosen, programme_id, wb = self.chooser.currentData(), self.programme_id, self.ctx.wb
        if chosen and programme_id:
            self.ctx.perform(lambda: programmes.add_dependency(wb, programme_id, chosen))

    @Slot()
    def remove_predecessor(self) -> None:
        """Remove the selected predecessor."""
        item, programme_id, wb = self.list.currentItem(), self.programme_id, self.ctx.wb
        if item is not None and programme_id:
            before = item.data(ID_ROLE)
            self.ctx.perform(lambda: programmes.remove_dependency(wb, programme_id, before))
