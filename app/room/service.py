"""A running room: its shared state, job queue, desk and server, started and stopped together."""

from __future__ import annotations

from collections.abc import Callable

from app import i18n, model, ops
from app.errors import RencanaError
from app.room.desk import Desk
from app.room.jobs import JobQueue
from app.room.limits import Limits
from app.room.server import RoomServer
from app.room.state import RoomState, Settings
from app.storage import rows
from app.storage.workbook import WorkbookFile


class RoomError(RencanaError):
    """The room could not open (address not on this laptop, port taken)."""


def settings_for(wb: WorkbookFile, code: str, session_id: str | None = None, *,
                 accept_all: bool = False, budget: int = 5, voting: bool = False) -> Settings:
    """Return the room's settings with the session's title and the workbook's dimensions."""
    session = rows.get(wb.db, model.Session, session_id)
    dimensions = tuple((d.code, d.name_id, d.name_en or d.name_id)
                       for d in rows.select(wb.db, model.Dimension))
    return Settings(code=code, session_id=session.id if session else None,
                    session_title=session.title if session else "", accept_all=accept_all,
                    budget=budget, voting=voting, dimensions=dimensions)


class RoomService:
    """One room on ``host``:``port`` over an open workbook.

    Call ``run_pending`` on the workbook's thread whenever ``wake`` is called
    (or in a loop); ``stop`` closes the server. Raises RoomError when the
    address cannot be used. ``before`` is the state of a room that ran earlier
    on the same workbook and session: its devices are kept (``carry_over``).
    """

    def __init__(self, wb: WorkbookFile, settings: Settings, host: str, port: int, *,
                 wake: Callable[[], None] | None = None,
                 on_change: Callable[[ops.Change], None] | None = None,
                 limits: Limits | None = None, before: RoomState | None = None) -> None:
        self.state = RoomState(settings)
        if before is not None:
            self.state.carry_over(before)
        self.jobs = JobQueue(wake)
        self.desk = Desk(wb, self.state, on_change)
        self.desk.refresh()
        try:
            self.server = RoomServer((host, port), self.state, self.jobs, limits)
        except OSError as exc:
            raise RoomError("Cannot open the room on {host}:{port}: {reason}.", host=host,
                            port=port, reason=exc.strerror or str(exc)) from None
        except (ValueError, OverflowError):
            raise RoomError("Cannot open the room on {host}:{port}: {reason}.", host=host,
                            port=port, reason="invalid address") from None

    @property
    def url(self) -> str:
        """Return the address phones open."""
        return self.server.url

    def start(self) -> None:
        """Start answering phones."""
        self.server.start()

    def run_pending(self, wait: float = 0.0) -> int:
        """Store what phones sent (on the workbook's thread); return how many jobs ran."""
        return self.jobs.run_pending(self.desk.handle, wait=wait)

    def stop(self) -> None:
        """Stop the server; jobs still queued are cancelled (their phones get 503)."""
        self.server.stop()


i18n.register({
    "Cannot open the room on {host}:{port}: {reason}.":
        "Tidak dapat membuka ruang di {host}:{port}: {reason}.",
})
