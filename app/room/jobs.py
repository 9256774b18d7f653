"""Writes handed from the server threads to the workbook's thread, and their answers.

A server thread puts a ``Job`` on the queue and waits for its ``Future``; the
thread that owns the workbook takes jobs off the queue (``run_pending``) and
answers each. A job whose waiter gave up is cancelled before it starts, so it
is never stored behind the phone's back; once started, it is always answered.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

from app.room.contract import ApiError
from app.room.state import Device

WAIT_SECONDS = 10.0  # a phone waits this long for the laptop to store its card


@dataclass
class Job:
    """One write a phone asked for: ``kind`` is ``card`` or ``vote``."""

    kind: str
    device: Device
    payload: Any
    future: Future[dict[str, Any]] = field(default_factory=Future)


class JobQueue:
    """A thread-safe queue of jobs; ``wake`` is called after each put (the window's signal)."""

    def __init__(self, wake: Callable[[], None] | None = None) -> None:
        self._queue: queue.Queue[Job] = queue.Queue()
        self.wake = wake

    def submit(self, job: Job, timeout: float = WAIT_SECONDS) -> dict[str, Any]:
        """Queue ``job`` and return its answer; raise ApiError (503 when nobody answered)."""
        self._queue.put(job)
        if self.wake is not None:
            self.wake()
        try:
            return job.future.result(timeout)
        except FutureTimeout:
            if job.future.cancel():
                raise ApiError(503, "The laptop is busy; send it again in a moment.") from None
            return job.future.result()  # started meanwhile: it is being stored, wait for it
        except CancelledError:
            raise ApiError(503, "The room is closing.") from None

    def run_pending(self, handle: Callable[[Job], dict[str, Any]], limit: int = 200,
                    wait: float = 0.0) -> int:
        """Answer up to ``limit`` queued jobs with ``handle``; return how many ran.

        With ``wait`` > 0, wait that long for a first job (the headless loop).
        ``handle`` raises ApiError for a refusal; any other exception is a bug and
        is answered as 500 without stopping the room.
        """
        ran = 0
        while ran < limit:
            try:
                job = self._queue.get(timeout=wait) if wait and not ran else \
                    self._queue.get_nowait()
            except queue.Empty:
                break
            ran += 1
            if not job.future.set_running_or_notify_cancel():
                continue
            try:
                job.future.set_result(handle(job))
            except ApiError as exc:
                job.future.set_exception(exc)
            except Exception as exc:  # a bug must not stop the room or leave a phone hanging
                job.future.set_exception(ApiError(500, "Rencana hit an unexpected problem: "
                                                       "{reason}.", reason=type(exc).__name__))
        return ran

    def cancel_all(self) -> None:
        """Cancel every job still queued (the room is stopping)."""
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                return
            job.future.cancel()
