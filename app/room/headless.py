"""``main.py room FILE``: serve a room from the command line until Ctrl+C.

The main thread holds the workbook and stores what phones send; Ctrl+C (SIGINT,
also on Windows), Ctrl+Break and SIGTERM only set a flag, so a card being
written is always finished before the room closes.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app import i18n, model
from app.errors import RencanaError
from app.room import codes
from app.room.service import RoomService, settings_for
from app.storage import rows
from app.storage.workbook import WorkbookFile, open_file

POLL_SECONDS = 0.25  # how soon the loop sees Ctrl+C when no phone is sending


class UsageError(RencanaError):
    """A command-line option the room cannot use."""


def serve(path: Path, host: str, port: int, code: str | None = None, session: int | None = None,
          accept_all: bool = False, votes: int = 5,
          say: Callable[[str], None] = print) -> int:
    """Open ``path``, serve the room until interrupted, close it; return the exit code."""
    lang = i18n.cli_language()
    if code is not None and not codes.is_code(code):
        raise UsageError("The join code must be six digits.")
    if votes < 0:
        raise UsageError("The number of votes cannot be negative.")
    with open_file(path) as wb:
        if wb.read_only:
            raise UsageError("The workbook is open read-only.")
        settings = settings_for(wb, code or codes.new_code(), _session_id(wb, session),
                                accept_all=accept_all, budget=votes, voting=votes > 0)
        room = RoomService(wb, settings, host, port)
        room.start()
        try:
            for line in (i18n.translate("Room open at {url}", lang).format(url=room.url),
                         i18n.translate("Join code: {code}", lang).format(code=settings.code),
                         i18n.translate(_MOBILE_DATA, lang),
                         i18n.translate("Press Ctrl+C to close the room.", lang)):
                say(line)
            with _stop_signals() as stopping:
                while not stopping.is_set():
                    room.run_pending(wait=POLL_SECONDS)
        finally:
            room.stop()
        say(i18n.translate("Room closed: {count} cards received.", lang).format(
            count=sum(len(d.cards) for d in room.state.devices())))
    return 0


def _session_id(wb: WorkbookFile, number: int | None) -> str | None:
    if number is None:
        return None
    sessions = rows.select(wb.db, model.Session)
    if not 1 <= number <= len(sessions):
        raise UsageError("There is no session {number}; the workbook has {count}.",
                         number=number, count=len(sessions))
    return sessions[number - 1].id


@contextmanager
def _stop_signals() -> Iterator[threading.Event]:
    """Turn Ctrl+C, Ctrl+Break and SIGTERM into an Event while the block runs."""
    stopping = threading.Event()

    def stop(_signum: int, _frame: Any) -> None:
        stopping.set()

    names = [n for n in ("SIGINT", "SIGTERM", "SIGBREAK") if hasattr(signal, n)]
    previous = {name: signal.signal(getattr(signal, name), stop) for name in names}
    try:
        yield stopping
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


_MOBILE_DATA = ("Phones: join this laptop's Wi-Fi and turn mobile data off (Android sends "
                "traffic over mobile data when the Wi-Fi has no internet).")

i18n.register({
    "Room open at {url}": "Ruang dibuka di {url}",
    "Join code: {code}": "Kode bergabung: {code}",
    _MOBILE_DATA: "Ponsel: sambungkan ke Wi-Fi laptop ini dan matikan data seluler (Android "
                  "memakai data seluler bila Wi-Fi tidak punya internet).",
    "Press Ctrl+C to close the room.": "Tekan Ctrl+C untuk menutup ruang.",
    "Room closed: {count} cards received.": "Ruang ditutup: {count} kartu diterima.",
    "The join code must be six digits.": "Kode bergabung harus enam angka.",
    "The number of votes cannot be negative.": "Jumlah suara tidak boleh negatif.",
    "There is no session {number}; the workbook has {count}.":
        "Tidak ada sesi {number}; buku kerja ini punya {count}.",
})
