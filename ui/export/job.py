"""Exporting a document in a pool thread: progress, cancel, and one sentence when it fails.

The job gets only plain values (the workbook's path, the choices, the target):
``app.documents.export_document`` reads its own read-only in-memory snapshot of
the file, so the job never touches a widget nor the window's SQLite connection.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from app.errors import RencanaError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    """What to export: the workbook file, the document, its options and the target file."""

    workbook: Path
    kind: str
    out: Path
    session: int = 1
    lang: str = "id"
    paper: str = "a4"
    ui_lang: str = "id"  # the language of the error sentences


class Cancelled(Exception):
    """Raised from the progress callback when the user pressed Cancel."""


class JobSignals(QObject):
    """What the job reports, delivered on the GUI thread (queued connections)."""

    progressed = Signal(int, int)
    finished = Signal(str)  # the written file
    failed = Signal(str)  # one sentence
    cancelled = Signal()


class ExportJob(QRunnable):
    """Writes one document; ``cancel()`` stops it at the next step, leaving the old file."""

    def __init__(self, request: Request) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.request = request
        self.signals = JobSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop (thread-safe); the target keeps its old content."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        r = self.request
        try:
            self._write(r)
        except Cancelled:
            self.signals.cancelled.emit()
        except RencanaError as exc:
            self.signals.failed.emit(exc.message(r.ui_lang))
        except Exception as exc:  # a bug: still one sentence, the details in the log
            log.exception("export of %s failed", r.kind)
            self.signals.failed.emit(QCoreApplication.translate(
                "ExportJob", "The export failed unexpectedly: {reason}").format(reason=exc))
        else:
            self.signals.finished.emit(str(r.out))

    def _write(self, r: Request) -> None:
        """Write the document or the deck (python-docx, python-pptx: only when exporting)."""
        if r.kind == "slides":
            from app.slides import export_deck

            export_deck(r.workbook, r.out, lang=r.lang, progress=self._progress)
            return
        from app.documents import export_document

        export_document(r.workbook, r.kind, r.out, session=r.session, lang=r.lang,
                        paper=r.paper, progress=self._progress)
