"""Baseline for start-up: a bare PySide6 script that shows an empty QMainWindow.

Prints ``shown=<epoch seconds>`` once the window is painted, like bench/startup_app.py,
and exits at once.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()


def finish() -> None:
    QApplication.processEvents()
    window.repaint()
    print(f"shown={time.time():.6f}", flush=True)
    os._exit(0)


QTimer.singleShot(0, finish)
app.exec()
