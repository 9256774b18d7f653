"""The workbook's side of the room: stores what phones send, one app.ops transaction each.

Runs only on the thread that owns the workbook (the GUI thread, or the
headless loop); server threads reach it through app.room.jobs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app import i18n, model, ops
from app.errors import RencanaError, ValidationError
from app.room import moderation
from app.room.contract import ApiError, CardRequest
from app.room.jobs import Job
from app.room.state import Device, RoomState
from app.storage import queries_board, queries_room
from app.storage.workbook import WorkbookFile


class Desk:
    """Answers jobs from phones against one open workbook and keeps the room's snapshot fresh.

    ``on_change`` is called with every Change written (the window refreshes its
    pages from it; phone writes do not go on the facilitator's undo stack).
    """

    def __init__(self, wb: WorkbookFile, state: RoomState,
                 on_change: Callable[[ops.Change], None] | None = None) -> None:
        self.wb = wb
        self.state = state
        self.on_change = on_change

    def handle(self, job: Job) -> dict[str, Any]:
        """Answer one job; raise ApiError when it is refused."""
        if job.kind == "card":
            return self.store_card(job.device, job.payload)
        if job.kind == "vote":
            card_id, votes = job.payload
            return self.vote(job.device, card_id, votes)
        raise ApiError(404, "Nothing is here.")

    def refresh(self) -> None:
        """Rebuild the snapshot from the workbook (after a moderation, an undo, a board edit)."""
        session_id = self.state.settings.session_id
        cards = queries_room.accepted_cards(self.wb.db, session_id)
        owned = self.state.owned_ids() - {c.id for c in cards}
        cards += queries_room.cards_with_ids(self.wb.db, owned)
        self.state.show(cards)

    # -- cards -------------------------------------------------------------------------

    def store_card(self, device: Device, request: CardRequest) -> dict[str, Any]:
        """Store a phone's card (pending, or accepted with ``accept_all``); return {"id"}.

        A card sent again under the same key is not stored twice: the first id is returned.
        """
        if request.key and request.key in device.keys:
            return {"id": device.keys[request.key]}
        settings = self.state.settings
        x, y = moderation.free_place(self.wb) if settings.accept_all else (0.0, 0.0)
        card = model.Card(
            text=request.text, kind=request.kind, author=device.name,
            dimension_id=self._dimension_id(request.dimension),
            session_id=settings.session_id,
            team_id=queries_room.team_named(self.wb.db, device.name),
            position=queries_board.next_card_position(self.wb.db), x=x, y=y,
            status="accepted" if settings.accept_all else "pending")
        _change, card_id = self._write(lambda: ops.add(self.wb, card, label="Card from a phone"))
        stored = queries_room.cards_with_ids(self.wb.db, [card_id])
        self.state.card_sent(device, stored[0], request.key)
        return {"id": card_id}

    def _dimension_id(self, code: str) -> str | None:
        if not code:
            return None
        by_code = {c.casefold(): i for c, i in queries_room.dimension_codes(self.wb.db).items()}
        found = by_code.get(code.casefold())
        if found is None:
            raise ApiError(422, "Unknown dimension: {code}.", code=code)
        return found

    # -- votes -------------------------------------------------------------------------

    def vote(self, device: Device, card_id: str, votes: int) -> dict[str, Any]:
        """Set the device's dots on an accepted card to ``votes``, within its budget."""
        settings = self.state.settings
        if not settings.voting:
            raise ApiError(409, "Voting is closed.")
        shown = self.state.card(card_id)
        if shown is None or shown.status != "accepted":
            raise ApiError(404, "There is no such card to vote on.")
        before = device.votes.get(card_id, 0)
        if device.used() - before + votes > settings.budget:
            raise ApiError(409, "That is more than your {budget} votes.",
                           budget=settings.budget)
        if votes != before:
            self._write(lambda: moderation.add_votes(self.wb, card_id, votes - before))
            self.state.set_votes(device, card_id, votes)
            self.refresh()
        left = settings.budget - device.used()
        return {"card_id": card_id, "votes": votes, "left": left}

    # -- writing -------------------------------------------------------------------------

    def _write(self, operation: Callable[[], Any]) -> Any:
        """Run an app.ops call; tell ``on_change``; turn a refusal into ApiError(422/503)."""
        try:
            result = operation()
        except RencanaError as exc:
            status = 422 if isinstance(exc, ValidationError) else 503
            raise ApiError(status, "{reason}", reason=exc.message(i18n.cli_language())) from None
        change = result[0] if isinstance(result, tuple) else result
        if self.on_change is not None and change:
            self.on_change(change)
        return result


i18n.register({
    "Card from a phone": "Kartu dari ponsel",
    "Unknown dimension: {code}.": "Dimensi tidak dikenal: {code}.",
    "Voting is closed.": "Pemungutan suara ditutup.",
    "There is no such card to vote on.": "Tidak ada kartu itu untuk dipilih.",
    "That is more than your {budget} votes.": "Itu melebihi {budget} suara Anda.",
    "Nothing is here.": "Tidak ada apa-apa di sini.",
    "The laptop is busy; send it again in a moment.":
        "Laptop sedang sibuk; kirim lagi sebentar lagi.",
    "The room is closing.": "Ruang sedang ditutup.",
    "The room is full.": "Ruang sudah penuh.",
    "Rencana hit an unexpected problem: {reason}.":
        "Rencana mengalami masalah tak terduga: {reason}.",
})
