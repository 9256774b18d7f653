"""One sentence for a write the system refused (disk full, read-only, busy), never its raw text.

SQLite says "database or disk is full" or "attempt to write a readonly database",
the system says "[Errno 28] No space left on device": an edit, an undo, a merge
or a restore in the window turns each into one translated sentence that says the
change was not saved and what the user can do.
"""

from __future__ import annotations

import errno
import sqlite3

from app import i18n
from app.errors import RencanaError, WorkbookError


def not_saved(exc: BaseException) -> RencanaError:
    """Return the error to show for ``exc`` (a RencanaError is returned as it is)."""
    if isinstance(exc, RencanaError):
        return exc
    text = str(exc).casefold()
    if _full(exc, text):
        return WorkbookError("The disk is full: the change was not saved. Free some space and "
                             "try again.")
    if "readonly" in text or "read-only" in text or "unable to open" in text or (
            isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)):
        return WorkbookError("The workbook cannot be written (read-only, or its disk was "
                             "removed): the change was not saved.")
    if "locked" in text or "busy" in text:
        return WorkbookError("The workbook is busy in another program: the change was not "
                             "saved. Try again.")
    return WorkbookError("The workbook could not be written: the change was not saved.")


def _full(exc: BaseException, text: str) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
    return isinstance(exc, sqlite3.Error) and "full" in text


i18n.register({
    "The disk is full: the change was not saved. Free some space and try again.":
        "Disk penuh: perubahan tidak disimpan. Kosongkan sebagian ruang lalu coba lagi.",
    "The workbook cannot be written (read-only, or its disk was removed): the change was not "
    "saved.":
        "Buku kerja tidak dapat ditulis (hanya-baca, atau disknya dilepas): perubahan tidak "
        "disimpan.",
    "The workbook is busy in another program: the change was not saved. Try again.":
        "Buku kerja sedang dipakai program lain: perubahan tidak disimpan. Coba lagi.",
    "The workbook could not be written: the change was not saved.":
        "Buku kerja tidak dapat ditulis: perubahan tidak disimpan.",
})
