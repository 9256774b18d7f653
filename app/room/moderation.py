"""The facilitator's decisions on cards sent from phones: each one reversible app.ops Change.

A pending card becomes an ordinary card when accepted (placed in the board's
next free slot), stays off the board when rejected, or is merged into an
existing card (its text appended unless the card says it already).
"""

from __future__ import annotations

import itertools

from app import board_layout, i18n, model, ops
from app.errors import ValidationError
from app.storage import queries_room, rows
from app.storage.workbook import WorkbookFile

__all__ = ["accept", "add_votes", "free_place", "merge", "reject"]


def _pending(wb: WorkbookFile, card_id: str) -> model.Card:
    card = rows.get(wb.db, model.Card, card_id)
    if card is None:
        raise ValidationError("This item no longer exists.")
    if card.status != "pending":
        raise ValidationError("This card was already moderated.")
    return card


def free_place(wb: WorkbookFile) -> tuple[float, float]:
    """Return the first free slot of the board's capture grid, clear of clusters."""
    cards, clusters = queries_room.taken_places(wb.db)
    taken = {(round(x / board_layout.STEP_X), round(y / board_layout.STEP_Y)) for x, y in cards}
    areas = []
    for x, y, count in clusters:
        width, height = board_layout.cluster_size(count)
        areas.append((x, y, x + width, y + height))
    for index in itertools.count():
        col, row = index % board_layout.CAPTURE_COLUMNS, index // board_layout.CAPTURE_COLUMNS
        if (col, row) in taken:
            continue
        left, top = board_layout.grid_slot(index)
        right, bottom = left + board_layout.CARD_W, top + board_layout.CARD_H
        if not any(left < r and a < right and top < b and t < bottom for a, t, r, b in areas):
            return left, top
    raise AssertionError("unreachable")


def accept(wb: WorkbookFile, card_id: str, text: str | None = None,
           place: tuple[float, float] | None = None) -> ops.Change:
    """Accept a pending card (with ``text`` if the facilitator edited it) onto the board."""
    card = _pending(wb, card_id)
    x, y = place if place is not None else free_place(wb)
    fields: dict[str, object] = {"status": "accepted", "x": x, "y": y}
    if text is not None and text != card.text:
        fields["text"] = text
    return ops.update(wb, model.Card, card_id, label="Accept card", **fields)


def reject(wb: WorkbookFile, card_id: str) -> ops.Change:
    """Reject a pending card: it stays in the workbook, off the board and out of documents."""
    _pending(wb, card_id)
    return ops.update(wb, model.Card, card_id, label="Reject card", status="rejected")


def merge(wb: WorkbookFile, card_id: str, target_id: str) -> ops.Change:
    """Merge a pending card into an accepted one: its text and dots join the target's."""
    card = _pending(wb, card_id)
    target = rows.get(wb.db, model.Card, target_id)
    if target is None or target.status != "accepted" or target_id == card_id:
        raise ValidationError("Choose a card on the board to merge into.")
    text = target.text
    if _words(card.text) not in _words(target.text):
        text = f"{target.text}\n{card.text}"
    with ops.Action(wb, "Merge card") as act:
        act.update(model.Card, target_id, text=text, votes=target.votes + card.votes)
        act.update(model.Card, card_id, status="merged")
    return act.change


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def add_votes(wb: WorkbookFile, card_id: str, by: int) -> ops.Change:
    """Add ``by`` dots (negative: take them back, never below zero) to an accepted card."""
    card = rows.get(wb.db, model.Card, card_id)
    if card is None or card.status != "accepted":
        raise ValidationError("This item no longer exists.")
    return ops.update(wb, model.Card, card_id, label="Vote from a phone",
                      votes=max(0, card.votes + by))


i18n.register({
    "Accept card": "Terima kartu",
    "Reject card": "Tolak kartu",
    "Merge card": "Gabungkan kartu",
    "Vote from a phone": "Suara dari ponsel",
    "This card was already moderated.": "Kartu ini sudah dimoderasi.",
    "Choose a card on the board to merge into.":
        "Pilih kartu di papan untuk tempat menggabungkan.",
})
