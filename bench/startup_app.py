"""Rencana's start-up as the benchmark sees it: the main window shown with a workbook open.

Run as ``python bench/startup_app.py FILE [--all-pages]``; quits once the window
is shown (after visiting every page with ``--all-pages``) and prints the peak
resident memory in MB.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from ui.application import make_application  # noqa: E402
from ui.pages import PAGE_MODULES  # noqa: E402


def main() -> None:
    app = make_application([])
    from ui.main_window import MainWindow

    window = MainWindow("id")
    window.show()
    if not window.open_path(Path(sys.argv[1])):
        raise SystemExit("could not open the workbook")
    app.processEvents()
    if "--all-pages" in sys.argv:
        for name in PAGE_MODULES:
            window.show_page(name)
            app.processEvents()
    QTimer.singleShot(0, app.quit)
    app.exec()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak_mb={peak:.1f}")


main()
