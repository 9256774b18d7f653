"""Read models of room mode: the cards phones may see, the moderation queue, lookups by name."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import model
from app.storage import rows

if TYPE_CHECKING:
    import sqlite_utils

_CHUNK = 500  # ids per IN (...) list, well under SQLite's parameter limit


@dataclass(frozen=True)
class RoomCard:
    """A card as a phone sees it: no board position, its dimension as a code."""

    id: str
    text: str
    kind: str
    dimension: str
    votes: int
    status: str
    author: str
    position: int


_ROOM_CARDS = """
SELECT c.id, coalesce(c.text, ''), c.kind, coalesce(d.code, ''), c.votes, c.status,
       coalesce(c.author, ''), c.position
FROM cards c LEFT JOIN dimensions d ON d.id = c.dimension_id AND d._deleted = 0
WHERE c._deleted = 0 AND ({where})
ORDER BY c.position, c.id
"""


def _room_cards(db: sqlite_utils.Database, where: str, params: list[object]) -> list[RoomCard]:
    cursor = db.execute(_ROOM_CARDS.format(where=where), params)
    return [RoomCard(str(i), str(t), str(k), str(d), int(v or 0), str(s), str(a), int(p or 0))
            for i, t, k, d, v, s, a, p in cursor]


def accepted_cards(db: sqlite_utils.Database, session_id: str | None) -> list[RoomCard]:
    """Return the accepted cards of a session (all of them when ``session_id`` is None)."""
    if session_id is None:
        return _room_cards(db, "c.status = 'accepted'", [])
    return _room_cards(db, "c.status = 'accepted' AND c.session_id = ?", [session_id])


def cards_with_ids(db: sqlite_utils.Database, ids: Collection[str]) -> list[RoomCard]:
    """Return the live cards among ``ids``, whatever their status."""
    listed = sorted(ids)
    found: list[RoomCard] = []
    for start in range(0, len(listed), _CHUNK):
        chunk = listed[start:start + _CHUNK]
        found += _room_cards(db, f"c.id IN ({', '.join('?' * len(chunk))})", list(chunk))
    return found


def pending_cards(db: sqlite_utils.Database) -> list[model.Card]:
    """Return the cards waiting for moderation, oldest first (every session)."""
    return rows.select(db, model.Card, status="pending")


def dimension_codes(db: sqlite_utils.Database) -> dict[str, str]:
    """Return {code: id} of the live dimensions (codes as the workbook spells them)."""
    return {d.code: d.id for d in rows.select(db, model.Dimension)}


def team_named(db: sqlite_utils.Database, name: str) -> str | None:
    """Return the id of the live team called ``name`` (case and spacing aside), or None."""
    wanted = " ".join(name.split()).casefold()
    for team in rows.select(db, model.Team):
        if " ".join(team.name.split()).casefold() == wanted:
            return team.id
    return None


def taken_places(db: sqlite_utils.Database) -> tuple[list[tuple[float, float]],
                                                     list[tuple[float, float, int]]]:
    """Return the (x, y) of every accepted card, and (x, y, card count) of every cluster."""
    cards = db.execute("SELECT x, y FROM cards WHERE _deleted = 0 AND status = 'accepted'")
    clusters = db.execute(
        "SELECT k.x, k.y, (SELECT count(*) FROM cards c WHERE c.cluster_id = k.id "
        "AND c._deleted = 0 AND c.status = 'accepted') FROM clusters k WHERE k._deleted = 0")
    return ([(float(x or 0), float(y or 0)) for x, y in cards],
            [(float(x or 0), float(y or 0), int(n)) for x, y, n in clusters])
