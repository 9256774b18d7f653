"""Open the demo at 1280x720 under the QT_SCALE_FACTOR of the environment; print what fits.

Run by tests/ui/test_workshop_layout.py in a child process (the scale factor is read
once, when the QApplication starts).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

app = QApplication([])
from app import demo  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

book = Path(tempfile.mkdtemp()) / "demo.rencana"
demo.write_demo(book).close()
window = MainWindow("id")
window.resize(1280, 720)
window.show()
window.open_path(book)
window.show_page("programmes")
for _ in range(5):
    app.processEvents()
nav = window.workspace.nav
metrics = nav.fontMetrics()
room = nav.viewport().width() - nav.iconSize().width() - 12
bar = window.workspace.page("programmes").filters
combos = (bar.dimension, bar.phase, bar.lead, bar.year, bar.quick_win, bar.status)
print(json.dumps({
    "ratio": window.devicePixelRatio(),
    "nav_whole": all(metrics.horizontalAdvance(nav.item(r).text()) <= room
                     for r in range(nav.count())),
    "filters_whole": all(c.width() >= c.fontMetrics().horizontalAdvance(c.currentText()) + 24
                         for c in combos),
    "icon_sharp": nav.item(0).icon().pixmap(22, 22).devicePixelRatio() >= 1.25,
}))
window.close()
