"""Python's cyclic garbage collector runs on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate. When a worker
thread (the radar's render, an export, a worksheet read, the room's server) collects
a reference cycle that holds a QObject made on the GUI thread, Qt destroys that
object on the worker. A full test run hung that way: ``QObject::~QObject`` on the
radar's worker waited for the GIL while the GUI thread, holding it, waited for Qt's
connection mutex. So automatic collection is switched off, and a timer on the GUI
thread collects each generation once its count passes Python's usual threshold.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 500


class Collector(QObject):
    """Collects garbage on the thread it lives on (the GUI thread), never on a worker."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)

    def start(self) -> None:
        """Switch automatic collection off and collect from the timer instead."""
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect once more and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        gc.enable()

    @Slot()
    def collect_if_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold, if any."""
        counts, limits = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > limits[generation]:
                gc.collect(generation)
                return
