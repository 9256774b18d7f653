"""Rencana's start-up as the benchmark sees it: the real start path up to the window shown with
a workbook open.

Run as ``python bench/startup_app.py FILE [--all-pages] [--export OUT.docx]``. It starts
the window the way ``main.py FILE`` does (``ui.application``: logging, excepthook,
application, window, the workbook opened from the event loop); once the workbook is open
and every event queued meanwhile has run (the Overview's chart included), it paints the
window, prints ``shown=<epoch seconds>`` and the peak resident memory ``peak_mb=``, and
exits at once (teardown is not start-up). With ``--all-pages`` it first visits every
page; with ``--export`` it then exports the masterplan as the Export page does (its job on
Qt's thread pool), so the peak includes python-docx, matplotlib and the document.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GIVE_UP_MS = 240_000  # a workbook that never opens (an error box) ends the run


def _import_as_main_does() -> None:
    """Import in main.py's order: the command line (app) first, then the window (Qt)."""
    from app import cli  # noqa: F401
    from ui import application  # noqa: F401


def _export_as_the_page_does(workbook: Path, out: Path) -> None:
    """Run the Export page's job for the masterplan on Qt's thread pool; wait for its end."""
    from PySide6.QtCore import QEventLoop, QThreadPool

    from ui.export.job import ExportJob, Request

    job = ExportJob(Request(workbook, "masterplan", out))
    loop = QEventLoop()
    job.signals.finished.connect(loop.quit)
    job.signals.failed.connect(lambda sentence: (print(sentence, file=sys.stderr), os._exit(4)))
    QThreadPool.globalInstance().start(job)
    loop.exec()


def main() -> None:
    _import_as_main_does()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import application
    from ui.pages import PAGES

    export_to = sys.argv[sys.argv.index("--export") + 1] if "--export" in sys.argv else ""
    argv = [a for a in sys.argv[1:] if a not in ("--all-pages", "--export", export_to)]
    application.setup_logging()
    application.install_excepthook()
    app = application.make_application(argv)
    application.close_on_termination(app)
    window = application.start_window(argv)

    def finish() -> None:
        QApplication.processEvents()  # whatever the opening queued (charts drawn soon after)
        if "--all-pages" in sys.argv:
            for name in PAGES:
                window.show_page(name)
                QApplication.processEvents()
        if export_to:
            _export_as_the_page_does(window.ctx.wb.path, Path(export_to))
        window.repaint()
        shown = time.time()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"shown={shown:.6f} peak_mb={peak:.1f}", flush=True)
        os._exit(0 if window.ctx is not None else 2)

    window.workbook_changed.connect(lambda: QTimer.singleShot(0, finish))
    QTimer.singleShot(GIVE_UP_MS, lambda: os._exit(3))
    app.exec()


main()
