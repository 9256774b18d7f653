"""A picture of the window once it has started, for the frozen build's smoke test.

With ``RENCANA_SHOT=OUT.png`` set, the window, once shown with its first workbook open (or
with the welcome screen when none is named), saves a picture of itself to ``OUT.png``,
prints ``shown=<epoch seconds>`` (start-up timing, as ``bench/startup_app.py`` does for the
source) and closes normally, so the workbook is closed and its lock released. A workbook
that fails to open leaves the window up: the caller's timeout ends it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ENV = "RENCANA_SHOT"


def requested() -> Path | None:
    """Return where the picture goes, if one was asked for."""
    value = os.environ.get(ENV)
    return Path(value) if value else None


def shoot_when_started(window: MainWindow, target: Path, waits_for_workbook: bool) -> None:
    """Save the window to ``target`` once it has started, then close it."""
    done: list[bool] = []

    def finish() -> None:
        if done:  # closing the workbook signals again
            return
        done.append(True)
        QApplication.processEvents()  # whatever the opening queued (the Overview's chart)
        window.repaint()
        shown = time.time()
        saved = window.grab().save(str(target))
        print(f"shown={shown:.6f} saved={int(saved)}", file=sys.stdout, flush=True)
        window.close()

    if waits_for_workbook:
        window.workbook_changed.connect(lambda: QTimer.singleShot(0, window, finish))
    else:
        QTimer.singleShot(0, window, finish)
