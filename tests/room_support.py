"""Helpers for room mode tests: a room served over a test workbook, and phones to call it.

The workbook belongs to the test's thread (SQLite connections stay on their thread),
so phones run on other threads while ``pumped`` answers their jobs on this one,
as the window's GUI thread or the headless loop would.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from app import model, ops
from app.room.limits import Limits, Rate
from app.room.service import RoomService, settings_for
from app.storage import queries_room
from app.storage.workbook import WorkbookFile
from bench.room_load import Phone
from tests.tools import require

T = TypeVar("T")
CODE = "482913"
LOOSE = Limits(address=Rate(10_000, 1_000), device=Rate(10_000, 1_000),
               failed_joins=Rate(10_000, 1_000))


def add_dimensions(wb: WorkbookFile) -> dict[str, str]:
    """Make sure the workbook has the dimensions SG and SL; return {code: id} of all."""
    found = queries_room.dimension_codes(wb.db)
    for position, (code, name) in enumerate((("SG", "Smart Governance"),
                                             ("SL", "Smart Living"))):
        if code not in found:
            found[code] = ops.add(wb, model.Dimension(code=code, name_id=name,
                                                      position=position))[1]
    return found


@contextmanager
def served(wb: WorkbookFile, *, limits: Limits | None = None, **options: Any
           ) -> Iterator[RoomService]:
    """Serve a room over ``wb`` on 127.0.0.1 (a free port) with join code CODE."""
    settings = settings_for(wb, options.pop("code", CODE), **options)
    room = RoomService(wb, settings, "127.0.0.1", 0, limits=limits or LOOSE)
    room.start()
    try:
        yield room
    finally:
        room.stop()


def phone(room: RoomService, source: str | None = None) -> Phone:
    """Return a phone client of ``room``."""
    return Phone("127.0.0.1", room.server.server_port, source)


def pumped(room: RoomService, action: Callable[[], T]) -> T:
    """Run ``action`` (phones calling the room) on a thread while this thread stores jobs."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # handed back to the test's thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    while worker.is_alive():
        room.run_pending(wait=0.01)
        worker.join(0)
    room.run_pending()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


def joined(room: RoomService, name: str = "Tim 3", source: str | None = None) -> Phone:
    """Return a phone that has joined ``room``."""
    client = phone(room, source)
    assert client.join(room.state.settings.code, name) == 200
    return client


def chromium_or_skip() -> str:
    """Return Debian's chromium; skip when it is missing, but fail under CI=true."""
    return require("chromium")["chromium"]
