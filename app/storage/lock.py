"""A lock file beside the workbook, so a second Rencana is told the file is in use.

The lock file names the holder (process id, host, time). Where the system
offers it, the holder also keeps an OS lock (``flock``) on that file while the
workbook is open: the OS drops it when the process dies, so a crashed
Rencana never blocks the file, and two Rencanas that both find an old lock
cannot both take it over. Without ``flock`` (Windows), a lock whose process is
gone on this host is stale. A lock from another host (a shared folder) is
never taken over silently: that laptop may still be editing, so the user is
told and may open the file read-only.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from pathlib import Path
from typing import Any

from app import atomic
from app.errors import WorkbookLocked

try:  # POSIX only; on Windows the process-id check alone decides
    import fcntl
except ImportError:  # pragma: no cover - exercised on Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(path: Path) -> Path:
    """Return the lock file of the workbook at ``path``."""
    return path.with_name(path.name + ".lock")


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows: assume it runs
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


def _locked(path: Path, holder: dict[str, object] | None) -> WorkbookLocked:
    return WorkbookLocked(
        "{name} is open in Rencana on {host} (process {pid}); "
        "close it there or open it read-only.",
        name=path.name.removesuffix(".lock"),
        host=(holder or {}).get("host", "?"), pid=(holder or {}).get("pid", "?"),
    )


class Lock:
    """The lock on one workbook, held from ``acquire`` to ``release``."""

    def __init__(self, workbook: Path) -> None:
        self.path = lock_path(workbook)
        self.held = False
        self.reentered = False  # True: this process already held it (another window)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, replacing a stale one; raise WorkbookLocked if another holds it."""
        for _attempt in range(5):
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
            if not self._os_lock(fd):
                os.close(fd)
                holder = _holder(self.path)
                if holder and holder.get("pid") == os.getpid() and not _elsewhere(holder):
                    self.held = self.reentered = True  # this process has it open already
                    return
                raise _locked(self.path, holder)
            if not _same_file(fd, self.path):
                os.close(fd)  # the previous holder removed it meanwhile: try the new one
                continue
            holder = _holder(self.path)
            if holder and not is_stale(holder) and holder.get("pid") != os.getpid():
                os.close(fd)
                raise _locked(self.path, holder)
            self._write_holder(fd)
            return
        raise _locked(self.path, None)

    def _os_lock(self, fd: int) -> bool:
        if fcntl is None:
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return True  # a file system without locks (some network shares): rely on the pid
        return True

    def _write_holder(self, fd: int) -> None:
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd
        self.held = True

    def release(self) -> None:
        """Close the lock file, then remove it if this process still holds it.

        The handle is closed first: Windows cannot delete a file that is open
        (WinError 32). The holder is read again after closing, so a lock another
        Rencana took over in between is left alone.
        """
        if not self.held:
            return
        fd, self._fd = self._fd, None
        self.held = False
        if fd is None:
            return  # re-entered: the first holder in this process removes it
        with contextlib.suppress(OSError):
            os.close(fd)  # closing drops the OS lock
        holder = _holder(self.path)
        if holder and holder.get("pid") == os.getpid() and not _elsewhere(holder):
            with contextlib.suppress(OSError):
                atomic.remove(self.path)


def _elsewhere(holder: dict[str, Any]) -> bool:
    return holder.get("host") != socket.gethostname()


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == path.stat().st_ino
    except OSError:
        return False


def ensure_not_open(path: Path) -> None:
    """Raise WorkbookLocked if any Rencana (this one included) has the workbook at ``path`` open.

    For writers that replace a whole file (restore, copies): replacing a workbook
    under an open connection would cut it off from its write-ahead log.
    """
    lock = Lock(path)
    lock.acquire()
    reentered = lock.reentered
    lock.release()
    if reentered:
        raise _locked(lock.path, {"host": socket.gethostname(), "pid": os.getpid()})
