"""Baseline for start-up: a bare PySide6 script that shows an empty QMainWindow titled
"bare window", and stays until it is terminated (as Rencana's window does)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare window")
window.show()
sys.exit(app.exec())
