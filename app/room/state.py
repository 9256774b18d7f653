"""What the server threads and the workbook's thread share, behind one lock.

The join code, the devices (by the hash of their token) with the cards they
sent and the dots they gave, whether voting is open, and a snapshot of the
cards phones may see. The workbook's thread replaces or updates the snapshot
after every write; server threads only read it, so they never need SQLite.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from app.room import codes
from app.room.contract import MAX_NAME, ApiError
from app.storage.queries_room import RoomCard

MAX_DEVICES = 2000  # a room of 300 people, rejoins included, stays far below


@dataclass
class Device:
    """One joined phone: its name (the team), address, cards sent and dots per card."""

    number: int
    name: str
    address: str
    joined: float
    cards: list[str] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # the phone's key -> card id
    votes: dict[str, int] = field(default_factory=dict)

    def used(self) -> int:
        """Return how many dots this device has given."""
        return sum(self.votes.values())


@dataclass(frozen=True)
class Settings:
    """How the room runs: join code, session, moderation and the vote budget."""

    code: str
    session_id: str | None = None
    session_title: str = ""
    accept_all: bool = False
    budget: int = 5
    voting: bool = False
    dimensions: tuple[tuple[str, str, str], ...] = ()  # (code, Indonesian, English)


class RoomState:
    """The room's shared state; every method takes the lock, so any thread may call it."""

    def __init__(self, settings: Settings) -> None:
        self._lock = threading.Lock()
        self._settings = settings
        self._devices: dict[str, Device] = {}  # token hash -> device
        self._cards: dict[str, RoomCard] = {}  # the accepted cards and every device's own
        self.version = 0  # bumps on every change a phone could see

    # -- settings ------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """Return the current settings."""
        with self._lock:
            return self._settings

    def update(self, **changes: Any) -> None:
        """Change settings (open or close voting, the budget) while the room runs."""
        import dataclasses

        with self._lock:
            self._settings = dataclasses.replace(self._settings, **changes)
            self.version += 1

    # -- devices ---------------------------------------------------------------------

    def join(self, code: str, name: str, address: str) -> str:
        """Add a device if ``code`` is right; return its new token. Raises ApiError(403/503)."""
        if not codes.same_code(code, self._settings.code):
            raise ApiError(403, "The join code is wrong.")
        token = codes.new_token()
        with self._lock:
            if len(self._devices) >= MAX_DEVICES:
                raise ApiError(503, "The room is full.")
            number = len(self._devices) + 1
            label = (name or f"Device {number}")[:MAX_NAME]
            self._devices[codes.token_key(token)] = Device(number, label, address, time.time())
            self.version += 1
        return token

    def carry_over(self, before: RoomState) -> None:
        """Keep the devices of a room that ran before on the same session: their tokens
        still work and their dots stay given, so a restart gives no phone a fresh budget."""
        with before._lock:
            devices = dict(before._devices)
        with self._lock:
            self._devices.update(devices)
            self.version += 1

    def device(self, token: str) -> Device | None:
        """Return the device holding ``token``, or None."""
        with self._lock:
            return self._devices.get(codes.token_key(token))

    def devices(self) -> list[Device]:
        """Return the joined devices, first joined first (copies: safe to read)."""
        with self._lock:
            return [Device(d.number, d.name, d.address, d.joined, list(d.cards),
                           dict(d.keys), dict(d.votes))
                    for d in sorted(self._devices.values(), key=lambda d: d.number)]

    def owned_ids(self) -> set[str]:
        """Return the ids of every card a device of this room sent."""
        with self._lock:
            return {card for d in self._devices.values() for card in d.cards}

    # -- changes made by the workbook's thread ---------------------------------------

    def card_sent(self, device: Device, card: RoomCard, key: str) -> None:
        """Record that ``device`` sent ``card`` (already stored) under the phone's ``key``."""
        with self._lock:
            device.cards.append(card.id)
            if key:
                device.keys[key] = card.id
            self._cards[card.id] = card
            self.version += 1

    def set_votes(self, device: Device, card_id: str, votes: int) -> None:
        """Record the device's dots on a card and the card's new tally."""
        with self._lock:
            if votes:
                device.votes[card_id] = votes
            else:
                device.votes.pop(card_id, None)
            self.version += 1

    def show(self, cards: list[RoomCard]) -> None:
        """Replace the snapshot of the cards phones may see."""
        with self._lock:
            fresh = {card.id: card for card in cards}
            if fresh != self._cards:
                self._cards = fresh
                self.version += 1

    def card(self, card_id: str) -> RoomCard | None:
        """Return the snapshot of a card, or None."""
        with self._lock:
            return self._cards.get(card_id)

    # -- what a phone sees -------------------------------------------------------------

    def view(self, device: Device) -> dict[str, Any]:
        """Return the body of GET /api/cards for ``device``: accepted cards and its own."""
        with self._lock:
            mine = set(device.cards)
            shown = [c for c in self._cards.values() if c.status == "accepted" or c.id in mine]
            shown.sort(key=lambda c: (c.position, c.id))
            settings = self._settings
            cards = [{"id": c.id, "text": c.text, "kind": c.kind, "dimension": c.dimension,
                      "status": c.status, "votes": c.votes, "mine": c.id in mine,
                      "my_votes": device.votes.get(c.id, 0)} for c in shown]
            return {
                "name": device.name,
                "session": settings.session_title,
                "cards": cards,
                "voting": {"open": settings.voting, "budget": settings.budget,
                           "left": max(0, settings.budget - device.used())},
                "dimensions": [{"code": code, "name_id": name_id, "name_en": name_en}
                               for code, name_id, name_en in settings.dimensions],
            }
