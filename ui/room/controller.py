"""The window's side of a running room: wakes the GUI thread to store what phones send.

Server threads call ``wake`` after queuing a job; emitting ``wake_requested``
from such a thread reaches ``on_wake`` through a queued connection on the GUI
thread, which owns the workbook and stores the job through app.ops. Phone
writes are not put on the facilitator's undo stack (a Ctrl+Z must not take a
participant's card back); moderation is, through ``EditContext.perform``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app import ops
from app.room.limits import Limits
from app.room.service import RoomService
from app.room.state import Device, RoomState, Settings
from ui.context import EditContext


class RoomController(QObject):
    """Starts and stops one room over the window's workbook and keeps phones' view fresh.

    It belongs to the workbook's EditContext (``of``), not to a page: the window
    rebuilds its pages when the language changes, and the room must stay open for
    the phones; it closes when the workbook closes (the context is deleted).
    """

    wake_requested = Signal()
    running_changed = Signal(bool)
    devices_changed = Signal()

    def __init__(self, ctx: EditContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.room: RoomService | None = None
        # The last room's phones: a room restarted on the same session keeps them (their
        # tokens and their dots), so nobody has to join again or gets a fresh vote budget.
        self._previous: RoomState | None = None
        self.wifi = ""  # the Wi-Fi QR text shown beside the address, if any
        # The server must not outlive the workbook's context: a plain function over this
        # list, not a method of the dying object, stops it.
        self._running: list[RoomService] = []
        running = self._running
        self.destroyed.connect(lambda *_: _stop_all(running))
        self._seen = -1
        self._touched: set[str] = set()  # tables phones' writes changed since the last refresh
        self.wake_requested.connect(self.on_wake, Qt.ConnectionType.QueuedConnection)
        self._refresh = QTimer(self, singleShot=True, interval=150)
        self._refresh.timeout.connect(self._refresh_snapshot)
        self._watch = QTimer(self, interval=1000)
        self._watch.timeout.connect(self._check_devices)
        ctx.changed.connect(self.on_changed)

    @classmethod
    def of(cls, ctx: EditContext) -> RoomController:
        """Return the room controller of the workbook open in ``ctx`` (made on first use)."""
        found = ctx.findChild(RoomController)
        return found if isinstance(found, RoomController) else cls(ctx, ctx)

    @property
    def running(self) -> bool:
        """Return whether the room is serving phones."""
        return self.room is not None

    def start(self, settings: Settings, host: str, port: int,
              limits: Limits | None = None) -> RoomService:
        """Open the room (raises app.room.service.RoomError) and start serving."""
        self.stop()
        before = self._previous
        if before is not None and before.settings.session_id != settings.session_id:
            before = None  # another session: its phones' dots were for other cards
        room = RoomService(self.ctx.wb, settings, host, port, wake=self.wake_requested.emit,
                           on_change=self._on_phone_change, limits=limits, before=before)
        room.start()
        self.room = room
        self._running.append(room)
        self._watch.start()
        self.running_changed.emit(True)
        return room

    def stop(self) -> None:
        """Close the room: the server stops, jobs not yet stored are refused."""
        if self.room is None:
            return
        self._previous = self.room.state
        self.room = None
        self._watch.stop()
        _stop_all(self._running)
        self.running_changed.emit(False)
        self.devices_changed.emit()

    def devices(self) -> list[Device]:
        """Return the joined devices (none when the room is closed)."""
        return self.room.state.devices() if self.room else []

    def set_voting(self, open_: bool, budget: int) -> None:
        """Open or close dot voting on the phones, with ``budget`` dots per device."""
        if self.room is not None:
            self.room.state.update(voting=open_, budget=budget)

    @Slot()
    def on_wake(self) -> None:
        """Store what phones sent (GUI thread)."""
        if self.room is not None and self.room.run_pending():
            self._check_devices()  # the list shows how many cards each phone sent
        if self._touched:  # one refresh of the pages for a burst of cards, not one per card
            tables, self._touched = self._touched, set()
            self.ctx.changed.emit(tables)

    @Slot(object)
    def on_changed(self, tables: set[str]) -> None:
        """Refresh what phones see after any change to cards (moderation, undo, board edits)."""
        if self.room is not None and tables & {"cards", "dimensions", "sessions"}:
            self._refresh.start()

    def _on_phone_change(self, change: ops.Change) -> None:
        self._touched |= change.tables()

    @Slot()
    def _refresh_snapshot(self) -> None:
        if self.room is not None:
            self.room.desk.refresh()

    @Slot()
    def _check_devices(self) -> None:
        if self.room is not None and self.room.state.version != self._seen:
            self._seen = self.room.state.version
            self.devices_changed.emit()


def _stop_all(running: list[RoomService]) -> None:
    """Stop every room in ``running`` and forget them."""
    while running:
        running.pop().stop()
