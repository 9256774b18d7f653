"""The moderation queue: cards from phones wait here until the facilitator accepts, edits,
merges or rejects them; only then do they reach the board and the projector.

Card text is shown as plain text everywhere (list items, a plain text editor, combo
items): nothing a phone sends is ever read as HTML.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import ops
from app.room import moderation
from app.storage import queries_room
from ui.context import EditContext

ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW = 90  # characters of a card in the merge list


def _preview(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW else line[:PREVIEW - 1] + "…"


class ModerationQueue(QWidget):
    """Pending cards with Accept, Reject and Merge; the editor below changes the text first."""

    moderated = Signal(str)  # the card id that left the queue

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self._shown: str | None = None  # the card whose text the editor holds
        self.title = QLabel(self)
        self.cards = QListWidget(self)
        self.cards.setWordWrap(True)
        self.cards.setAlternatingRowColors(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(90)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.targets = QComboBox(self)
        self.merge_button = QPushButton(self.tr("Merge into"), self)
        self.notice = QLabel(self)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self._build()
        self.cards.currentItemChanged.connect(self.on_current_changed)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.merge_button.clicked.connect(self.merge_current)
        self._later = QTimer(self, singleShot=True, interval=100)  # a burst of cards: one reload
        self._later.timeout.connect(self.reload)
        ctx.changed.connect(self.on_changed)
        self.reload()

    def _build(self) -> None:
        self.editor.setPlaceholderText(self.tr("Edit the text here before accepting"))
        self.accept_button.setToolTip(self.tr("Put the card on the board (with the edited text)"))
        self.reject_button.setToolTip(self.tr("Keep the card off the board"))
        self.merge_button.setToolTip(self.tr("Add the card's text to a card already on the "
                                             "board"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        merge = QHBoxLayout()
        merge.addWidget(self.targets, 1)
        merge.addWidget(self.merge_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.cards, 1)
        box.addWidget(self.editor)
        box.addLayout(buttons)
        box.addLayout(merge)
        box.addWidget(self.notice)

    # -- keeping in step ----------------------------------------------------------------

    def set_session(self, session_id: str | None) -> None:
        """Offer the cards of this session (all cards when None) to merge into."""
        self.session_id = session_id
        self.reload()

    @Slot(object)
    def on_changed(self, tables: set[str]) -> None:
        """Reload when cards changed (a phone sent one, a moderation, an undo)."""
        if "cards" in tables:
            self._later.start()

    def reload(self) -> None:
        """Show the pending cards (keeping the selection) and the cards one can merge into."""
        if self.ctx.wb.closed:  # a queued reload after the workbook closed (window closing)
            return
        current = self.current_id()
        pending = queries_room.pending_cards(self.ctx.wb.db)
        self.cards.blockSignals(True)
        self.cards.clear()
        for card in pending:
            item = QListWidgetItem(f"{card.author or '-'}: {card.text}", self.cards)
            item.setData(ID_ROLE, card.id)
            if card.id == current:
                self.cards.setCurrentItem(item)
        self.cards.blockSignals(False)
        self._load_targets()
        if self.cards.currentItem() is None and self.cards.count():
            self.cards.setCurrentRow(0)
        self.on_current_changed()
        self.title.setText(self.tr("Waiting for moderation: {0}").format(len(pending)))

    def _load_targets(self) -> None:
        chosen = self.targets.currentData()
        self.targets.clear()
        for card in queries_room.accepted_cards(self.ctx.wb.db, self.session_id):
            self.targets.addItem(_preview(card.text), card.id)
        index = self.targets.findData(chosen)
        self.targets.setCurrentIndex(max(index, 0))

    def current_id(self) -> str | None:
        """Return the id of the selected pending card, or None."""
        item = self.cards.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    @Slot()
    def on_current_changed(self) -> None:
        """Show the selected card's text in the editor (an edit in progress is kept while
        other cards arrive); enable what can be done."""
        card_id = self.current_id()
        if card_id != self._shown:
            card = next((c for c in queries_room.pending_cards(self.ctx.wb.db)
                         if c.id == card_id), None) if card_id else None
            self.editor.setPlainText(card.text if card else "")
            self._shown = card_id
        writable = card_id is not None and not self.ctx.read_only
        for widget in (self.editor, self.accept_button, self.reject_button):
            widget.setEnabled(writable)
        self.merge_button.setEnabled(writable and self.targets.count() > 0)

    # -- decisions ------------------------------------------------------------------------

    @Slot()
    def accept_current(self) -> None:
        """Accept the selected card with the text in the editor."""
        card_id = self.current_id()
        if card_id:
            text = self.editor.toPlainText()
            self._decide(card_id, lambda: moderation.accept(self.ctx.wb, card_id, text=text))

    @Slot()
    def reject_current(self) -> None:
        """Reject the selected card."""
        card_id = self.current_id()
        if card_id:
            self._decide(card_id, lambda: moderation.reject(self.ctx.wb, card_id))

    @Slot()
    def merge_current(self) -> None:
        """Merge the selected card into the card chosen in the list beside the button."""
        card_id, target = self.current_id(), self.targets.currentData()
        if card_id and target:
            self._decide(card_id, lambda: moderation.merge(self.ctx.wb, card_id, str(target)))

    def _decide(self, card_id: str, operation: Callable[[], ops.Change]) -> None:
        """Perform one decision as an undoable step; show the queue as it is at once."""
        failures: list[str] = []
        self.ctx.failed.connect(failures.append)
        try:
            change = self.ctx.perform(operation)
        finally:
            self.ctx.failed.disconnect(failures.append)
        self.notice.setText(failures[0] if failures else "")
        if change is not None:
            self._later.stop()
            self.reload()
            self.moderated.emit(card_id)

