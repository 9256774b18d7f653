"""The idea board: capture cards from the keyboard, cluster, vote, filter, and project them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import board, model, ops
from app.board_layout import CARD_W
from app.storage import queries_board, queries_sessions, rows
from ui.board import menus
from ui.board.capture import CaptureBar
from ui.board.card_item import PAD, CardItem
from ui.board.editors import InlineEditor
from ui.board.filters import BoardFilters, Legend
from ui.board.projector import Countdown, ProjectorWindow
from ui.board.scene import BoardScene, Moved
from ui.board.style import desk_style, projector_style
from ui.board.view import BoardView
from ui.context import EditContext

BOARD_TABLES = {"cards", "clusters", "dimensions", "teams", "sessions"}


class BoardPage(QWidget):
    """Cards on a canvas, coloured by kind, with a capture line for the scribe."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene, self)
        self.filters = BoardFilters(self)
        self.legend = Legend(self)
        self.capture = CaptureBar(self)
        self.countdown = Countdown(self)
        self.projector: ProjectorWindow | None = None
        self.room_dialog: QDialog | None = None
        self.notice = QLabel(self)
        self._failure = ""
        self._dimensions: list[tuple[str, str]] = []
        self._build()
        self._connect()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Put the cursor in the capture line: the scribe can type at once."""
        super().showEvent(event)
        if self.capture.line.isEnabled():
            self.capture.line.setFocus(Qt.FocusReason.OtherFocusReason)


    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        tools = QHBoxLayout()
        tools.setContentsMargins(6, 4, 6, 0)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot, keys in self._tools():
            button = QPushButton(text, self)
            button.setToolTip(f"{text} ({keys})")
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            tools.addWidget(button)
            self.buttons[name] = button
        room = QPushButton(self.tr("Room"), self)
        room.setToolTip(self.tr("Take ideas and votes from participants' phones"))
        room.clicked.connect(self.open_room)
        tools.addWidget(room)
        self.buttons["room"] = room
        tools.addWidget(self.notice, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(tools)
        box.addWidget(self.filters)
        box.addWidget(self.legend)
        box.addWidget(self.view, 1)
        box.addWidget(self.capture)
        self.legend.setContentsMargins(8, 0, 8, 0)
        self.legend.setWordWrap(True)

    def _tools(self) -> list[tuple[str, str, Callable[[], None], str]]:
        return [
            ("cluster", self.tr("New cluster"), self.new_cluster, "Ctrl+G"),
            ("zoom_in", self.tr("Zoom in"), self.view.zoom_in, "Ctrl+="),
            ("zoom_out", self.tr("Zoom out"), self.view.zoom_out, "Ctrl+-"),
            ("fit", self.tr("Fit"), self.view.fit_all, "Ctrl+0"),
            ("tidy", self.tr("Tidy up"), self.tidy, "Ctrl+Shift+L"),
            ("projector", self.tr("Projector mode"), self.toggle_projector, "F5"),
        ]

    def _connect(self) -> None:
        self.ctx.changed.connect(self.on_changed)
        self.ctx.failed.connect(self._on_failed)
        self.capture.captured.connect(self.on_captured)
        self.filters.changed.connect(self.on_filter_changed)
        self.scene.moved.connect(self.on_moved)
        self.scene.vote_clicked.connect(self.on_vote_clicked)
        self.scene.tally_requested.connect(self.edit_votes)
        self.scene.edit_requested.connect(self.edit_text)
        self.scene.rename_requested.connect(self.rename_cluster)
        self.scene.menu_requested.connect(self.on_menu_requested)
        self.view.command.connect(self.on_command)

    # -- keeping in step with the workbook ------------------------------------------------

    def reload(self) -> None:
        """Show everything the workbook holds (first show, or after a merge)."""
        self._load_choices()
        self._sync_clusters()
        self._sync_cards(force=True)
        editable = not self.ctx.read_only
        self.capture.set_editable(editable)
        self.scene.set_editable(editable)
        self.buttons["cluster"].setEnabled(editable)
        self.buttons["tidy"].setEnabled(editable)

    @Slot(object)
    def on_changed(self, tables: set[str]) -> None:
        """Refresh what a change touched: choices, clusters, and only the changed cards."""
        if not tables & BOARD_TABLES:
            return
        if tables & {"dimensions", "teams", "sessions"}:
            self._load_choices()
        if "clusters" in tables:
            self._sync_clusters()
        if tables & {"cards", "dimensions"}:
            self._sync_cards(force="dimensions" in tables)
        if self.projector is not None:
            self.projector.refresh()

    def _sync_cards(self, force: bool = False) -> None:
        db = self.ctx.wb.db
        revisions = queries_board.revisions(db, model.Card)
        shown = {cid: item.entry.revision for cid, item in self.scene.cards.items()}
        removed = shown.keys() - revisions.keys()
        touched = [cid for cid, rev in revisions.items() if force or shown.get(cid) != rev]
        if len(touched) == len(revisions):
            fetched = queries_board.board_cards(db)
        else:
            fetched = queries_board.board_cards(db, touched) if touched else []
        if fetched or removed:
            self.scene.apply_cards(fetched, removed)
        self.legend.show_counts(queries_board.kind_counts(db))

    def _sync_clusters(self) -> None:
        found = queries_board.clusters(self.ctx.wb.db)
        removed = self.scene.clusters.keys() - {c.id for c in found}
        changed = [c for c in found if c.id not in self.scene.clusters
                   or self.scene.clusters[c.id].cluster != c]
        self.scene.apply_clusters(changed, removed)

    def _load_choices(self) -> None:
        db, english = self.ctx.wb.db, self.ctx.lang == "en"
        self._dimensions = [
            (d.id, f"{d.code} {d.name_en if english and d.name_en else d.name_id}")
            for d in rows.select(db, model.Dimension)]
        teams = [(t.id, t.name) for t in rows.select(db, model.Team)]
        found = rows.select(db, model.Session)
        sessions = [(s.id, s.title) for s in found]
        for name, choices in (("dimension", self._dimensions), ("team", teams),
                              ("session", sessions)):
            self.capture.set_choices(name, choices)
            self.filters.set_choices(f"{name}_id", choices)
        running = queries_sessions.running_session(found)
        if self.capture.kept.session_id is None and running is not None:
            self.capture.set_kept(self.capture.kept.choose("session", running))

    def dimension_choices(self) -> list[tuple[str, str]]:
        """Return the dimensions as (id, "SG Smart Governance") pairs."""
        return list(self._dimensions)

    # -- writing --------------------------------------------------------------------------

    def _perform(self, operation: Callable[[], ops.Change],
                 merge_key: str = "") -> ops.Change | None:
        self._failure = ""
        change = self.ctx.perform(operation, merge_key=merge_key)
        if change is None:
            self.notice.setText(self._failure)
        return change

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        self._failure = sentence

    @Slot(str)
    def on_captured(self, text: str) -> None:
        """Add the typed card in the next free slot with the kept kind, dimension, team, session."""
        slot = self.scene.free_slot()
        kept = self.capture.kept
        card = model.Card(kind=kept.kind, text=text, dimension_id=kept.dimension_id,
                          team_id=kept.team_id, session_id=kept.session_id,
                          x=slot.x(), y=slot.y())
        change = self._perform(lambda: board.add_card(self.ctx.wb, card)[0])
        if change is None:
            self.capture.refuse(self._failure)
            return
        self.capture.accepted()
        self.view.ensureVisible(QRectF(slot.x(), slot.y(), CARD_W, 10), 40, 40)
        item = self.scene.cards.get(change.rows[0].id)
        hidden = item is not None and (not item.isVisible() or item.opacity() < 1.0)
        self.notice.setText(self.tr("Card added; the filter hides it.") if hidden else "")

    @Slot(object)
    def on_moved(self, moved: Moved) -> None:
        """Store one drag (cards into or out of clusters, clusters moved) as one undo step."""
        change = self._perform(lambda: board.move(self.ctx.wb, moved.cards, moved.clusters))
        if change is None:
            self.scene.revert_positions()

    @Slot(str)
    def on_vote_clicked(self, card_id: str) -> None:
        """Add one dot; a run of clicks on one card is one undo step."""
        self._perform(lambda: board.add_votes(self.ctx.wb, [card_id]),
                      merge_key=f"vote:{card_id}")

    @Slot(str)
    def on_command(self, name: str) -> None:
        """Carry out a key pressed on the board for the selected cards."""
        chosen = self.scene.selected_card_ids()
        if not chosen or self.ctx.read_only:
            return
        if name == "delete":
            self.delete_selected()
        elif name == "edit":
            self.edit_text(chosen[0])
        elif name == "tally":
            self.edit_votes(chosen[0])
        else:
            by = 1 if name == "vote" else -1
            self._perform(lambda: board.add_votes(self.ctx.wb, chosen, by))

    def set_selected(self, **fields: object) -> None:
        """Set a field (kind, dimension, cluster) of every selected card, as one step."""
        chosen = self.scene.selected_card_ids()
        if chosen:
            self._perform(lambda: board.set_field(self.ctx.wb, chosen, **fields))

    def delete_selected(self) -> None:
        """Delete the selected cards."""
        chosen = self.scene.selected_card_ids()
        if chosen:
            self._perform(lambda: board.delete_cards(self.ctx.wb, chosen))

    def new_cluster(self) -> None:
        """Make a cluster (of the selected cards, if any) and let the user name it."""
        if self.ctx.read_only:
            return
        chosen = self.scene.selected_card_ids()
        items = [self.scene.cards[c] for c in chosen]
        if items:
            x = min(i.pos().x() for i in items) - 16
            y = min(i.pos().y() for i in items) - 56
        else:
            free = self.scene.free_cluster_slot()
            x, y = free.x(), free.y()
        name = self.tr("Cluster {0}").format(len(self.scene.clusters) + 1)
        change = self._perform(lambda: board.new_cluster(self.ctx.wb, name, x, y, chosen)[0])
        if change is not None:
            cluster_id = next(rc.id for rc in change.rows if rc.table == "clusters")
            self.view.ensureVisible(self.scene.clusters[cluster_id].sceneBoundingRect(), 20, 20)
            self.rename_cluster(cluster_id)

    def tidy(self) -> None:
        """Lay the board out afresh (clusters beside the grid, loose cards by dimension)."""
        if not self.ctx.read_only and self._perform(lambda: board.tidy(self.ctx.wb)):
            self.view.fit_all()

    def delete_cluster(self, cluster_id: str) -> None:
        """Delete a cluster, keeping its cards."""
        self._perform(lambda: board.delete_cluster(self.ctx.wb, cluster_id))

    def make_programme(self, card_id: str | None = None, cluster_id: str | None = None) -> None:
        """Make a programme from a card or a cluster and say which code it got."""
        def run() -> ops.Change:
            return board.make_programme(self.ctx.wb, card_id=card_id, cluster_id=cluster_id)[0]

        change = self._perform(run)
        if change is not None:
            made = next(rc for rc in change.rows if rc.table == "programmes")
            self.notice.setText(self.tr("Programme {0} made: {1}").format(
                made.after.values["code"], made.after.values["name"]))

    # -- small editors ----------------------------------------------------------------------

    def _editor(self, scene_rect: QRectF, text: str, number: bool = False) -> InlineEditor:
        area: QRect = self.view.mapFromScene(scene_rect).boundingRect()
        area.setHeight(max(area.height(), self.fontMetrics().height() + 12))
        area.setWidth(max(area.width(), 80))
        return InlineEditor(self.view.viewport(), text, area, number=number)

    def edit_votes(self, card_id: str) -> InlineEditor | None:
        """Open the tally editor on a card's vote badge (type the dots counted on paper)."""
        item = self.scene.cards.get(card_id)
        if item is None or self.ctx.read_only:
            return None
        editor = self._editor(item.mapRectToScene(CardItem.badge_rect()),
                              str(item.entry.card.votes), number=True)
        editor.committed.connect(lambda text: self._perform(
            lambda: board.set_votes(self.ctx.wb, card_id, int(text or 0))))
        return editor

    def edit_text(self, card_id: str) -> InlineEditor | None:
        """Open an editor over a card's text."""
        item = self.scene.cards.get(card_id)
        if item is None or self.ctx.read_only:
            return None
        top = item.mapRectToScene(QRectF(PAD / 2, PAD, CARD_W - PAD, 30))
        editor = self._editor(top, item.entry.card.text)
        editor.committed.connect(lambda text: self._perform(
            lambda: board.set_text(self.ctx.wb, card_id, text)))
        return editor

    def rename_cluster(self, cluster_id: str) -> InlineEditor | None:
        """Open an editor over a cluster's name."""
        item = self.scene.clusters.get(cluster_id)
        if item is None or self.ctx.read_only:
            return None
        editor = self._editor(item.mapRectToScene(item.header_rect()), item.cluster.name)
        editor.committed.connect(lambda text: self._perform(
            lambda: board.rename_cluster(self.ctx.wb, cluster_id, text)))
        return editor

    def open_room(self) -> QDialog:
        """Show the Room panel (the room stays open while the panel is closed, and while
        the pages are rebuilt; it closes with the workbook)."""
        from ui.room.controller import RoomController  # local: only rooms need the server
        from ui.room.dialog import RoomDialog

        if self.room_dialog is None:
            self.room_dialog = RoomDialog(self.ctx, RoomController.of(self.ctx), self)
        self.room_dialog.show()
        self.room_dialog.raise_()
        return self.room_dialog

    # -- filters, menus, projector ------------------------------------------------------------

    @Slot()
    def on_filter_changed(self) -> None:
        """Hide (or fade) the cards the filter bar rules out."""
        self.scene.set_filter(self.filters.predicate(), self.filters.fade.isChecked())
        if self.projector is not None:
            self.projector.refresh()

    @Slot(str, str, object)
    def on_menu_requested(self, kind: str, row_id: str, where: QPoint) -> None:
        """Show the menu of a card or a cluster."""
        build = menus.card_menu if kind == "card" else menus.cluster_menu
        menu = build(self, row_id, self)
        menu.exec(where)
        menu.deleteLater()

    def toggle_projector(self) -> None:
        """Switch projector mode on or off."""
        self.set_projector(self.projector is None)

    def set_projector(self, on: bool) -> None:
        """Show the board full screen in high contrast with the timer, or leave that mode."""
        if on and self.projector is None:
            self.scene.set_style(projector_style())
            self.projector = ProjectorWindow(self.scene, self.countdown, self)
            self.projector.closed.connect(self._on_projector_closed)
            self.projector.follow(self.filters.combos["dimension_id"])
            self.projector.show_on_projector()
            self.projector.refresh()
        elif not on and self.projector is not None:
            self.projector.close()

    @Slot()
    def _on_projector_closed(self) -> None:
        self.scene.set_style(desk_style())
        if self.projector is not None:
            self.projector.deleteLater()
        self.projector = None
