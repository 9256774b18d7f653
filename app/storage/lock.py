"""A lock file beside the workbook, so a second Rencana is told the file is in use."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

from app.errors import WorkbookLocked


def lock_path(path: Path) -> Path:
    """Return the lock file of the workbook at ``path``."""
    return path.with_name(path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _holder(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_stale(holder: dict[str, object] | None) -> bool:
    """Return whether a lock's holder is gone: its process died on this host, or it is unreadable.

    A lock held from another host (a shared folder) is never taken as stale: that
    laptop may still be editing, so the user must choose to open read-only.
    """
    if holder is None:
        return True
    if holder.get("host") != socket.gethostname():
        return False
    pid = holder.get("pid")
    return not isinstance(pid, int) or pid == os.getpid() or not _alive(pid)


class Lock:
    """The lock on one workbook, held from ``acquire`` to ``release``."""

    def __init__(self, workbook: Path) -> None:
        self.path = lock_path(workbook)
        self.held = False

    def acquire(self) -> None:
        """Take the lock, replacing a stale one; raise WorkbookLocked if another holds it."""
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = _holder(self.path)
                if not is_stale(holder):
                    raise WorkbookLocked(
                        "{name} is open in Rencana on {host} (process {pid}); "
                        "close it there or open it read-only.",
                        name=self.path.name.removesuffix(".lock"),
                        host=(holder or {}).get("host", "?"),
                        pid=(holder or {}).get("pid", "?"),
                    ) from None
                self.path.unlink(missing_ok=True)
                continue
            info = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(info, out)
            self.held = True
            return
        raise WorkbookLocked(
            "{name} is open in Rencana on {host} (process {pid}); "
            "close it there or open it read-only.",
            name=self.path.name.removesuffix(".lock"), host="?", pid="?",
        )

    def release(self) -> None:
        """Remove the lock file if this process still holds it."""
        if self.held:
            holder = _holder(self.path)
            if holder and holder.get("pid") == os.getpid():
                self.path.unlink(missing_ok=True)
            self.held = False
