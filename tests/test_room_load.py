"""Many phones at once, each from its own loopback address: every card is stored exactly once.

The timed version (300 phones, p95 latency) is ``bench/bench_room.py``; this one is
lighter and checks only what was stored, never the time it took.
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from app import model
from app.room.limits import Limits
from app.storage import rows
from app.storage.workbook import WorkbookFile
from bench.room_load import card_text, crowd
from tests.room_support import CODE, pumped, served

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="binds 127.0.x.y source addresses (Linux loopback)")
PHONES, CARDS = 60, 3


def test_sixty_phones_at_once_lose_nothing_and_store_nothing_twice(wb: WorkbookFile) -> None:
    with served(wb, limits=Limits()) as room:  # the rate limits a real room has
        port = room.server.server_port
        results = pumped(room, lambda: crowd("127.0.0.1", port, CODE, PHONES, CARDS, polls=2))
    assert [r.errors for r in results if r.errors] == []
    stored = Counter(card.text for card in rows.select(wb.db, model.Card))
    expected = {card_text(i, n) for i in range(PHONES) for n in range(CARDS)}
    assert set(stored) == expected
    assert set(stored.values()) == {1}
    given = [card_id for r in results for card_id in r.ids]
    assert len(given) == len(set(given)) == PHONES * CARDS
    assert {c.id for c in rows.select(wb.db, model.Card, status="pending")} == set(given)
    assert len(room.state.devices()) == PHONES
