"""Saving a document atomically, through the one writer every Rencana file uses (app.atomic).

The target holds the old file or the complete new one, never a part, and no
temporary file is left behind whatever fails (disk full, cancel, a crash in
python-docx). Word on Windows holds open files locked: the rename is retried
briefly, then the user is told to close the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import atomic

ExportError = atomic.WriteError  # the name documents and their tests have always used


def save(doc: Any, out: Path) -> None:
    """Write the python-docx ``doc`` to ``out`` atomically. Raises ExportError with one sentence."""
    atomic.write_file(Path(out), doc.save)
