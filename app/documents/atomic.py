"""Saving a document atomically: a temporary file beside the target, then one rename.

The target holds the old file or the complete new one, never a part, and no
temporary file is left behind whatever fails (disk full, cancel, a crash in
python-docx). Word on Windows holds open files locked: the rename is retried
briefly, then the user is told to close the file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from app import i18n
from app.errors import RencanaError

RETRIES, PAUSE = 10, 0.1  # about one second in all for Word to let go


class ExportError(RencanaError):
    """A document could not be written where the user asked."""


def save(doc: Any, out: Path) -> None:
    """Write the python-docx ``doc`` to ``out`` atomically. Raises ExportError with one sentence."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError("The folder {folder} does not exist: choose another folder.",
                          folder=str(folder))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError("Cannot write in {folder}: {reason}; choose another folder.",
                          folder=str(folder), reason=exc.strerror or exc) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            doc.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temp, out)
    except OSError as exc:
        raise ExportError("Cannot write {name}: {reason}.", name=out.name,
                          reason=exc.strerror or exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def place(made: Path, out: Path) -> None:
    """Put the finished file ``made`` at ``out`` atomically (a copy beside ``out``, renamed)."""
    import shutil

    class _Copy:
        def save(self, stream: Any) -> None:
            with made.open("rb") as source:
                shutil.copyfileobj(source, stream)

    save(_Copy(), out)


def _replace(temp: Path, out: Path) -> None:
    for attempt in range(RETRIES):
        try:
            os.replace(temp, out)
            return
        except PermissionError:
            if out.is_dir():
                break
            if attempt + 1 < RETRIES:
                time.sleep(PAUSE)
    raise ExportError("{name} is open in another program or cannot be replaced: close it "
                      "in Word or choose another name.", name=out.name)


i18n.register({
    "The folder {folder} does not exist: choose another folder.":
        "Folder {folder} tidak ada: pilih folder lain.",
    "Cannot write in {folder}: {reason}; choose another folder.":
        "Tidak dapat menulis di {folder}: {reason}; pilih folder lain.",
    "{name} is open in another program or cannot be replaced: close it in Word or choose "
    "another name.":
        "{name} sedang dibuka di program lain atau tidak dapat diganti: tutup di Word "
        "atau pilih nama lain.",
})
