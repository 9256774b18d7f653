"""The Export page's choices: documents, languages and papers, with their translated labels."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import model, paths

DOCUMENTS = (
    ("masterplan", QT_TRANSLATE_NOOP("ExportChoices", "Book 2: Masterplan")),
    ("analysis", QT_TRANSLATE_NOOP("ExportChoices", "Book 1: Strategic Analysis")),
    ("quickwins", QT_TRANSLATE_NOOP("ExportChoices", "Quick Win book")),
    ("summary", QT_TRANSLATE_NOOP("ExportChoices", "Executive summary")),
    ("minutes", QT_TRANSLATE_NOOP("ExportChoices", "Minutes and official record (one session)")),
    ("attendance", QT_TRANSLATE_NOOP("ExportChoices", "Attendance list (one session)")),
    ("commitment", QT_TRANSLATE_NOOP("ExportChoices", "Commitment sheet (one session)")),
    ("slides", QT_TRANSLATE_NOOP("ExportChoices", "Presentation slides (pemaparan)")),
)
SLIDES = "slides"  # the one kind written as a PowerPoint deck, without paper
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
PAPERS = (("a4", QT_TRANSLATE_NOOP("ExportChoices", "A4 (210 x 297 mm)")),
          ("f4", QT_TRANSLATE_NOOP("ExportChoices", "F4 (215 x 330 mm)")))
FILE_NAMES = {"masterplan": "Buku 2 Masterplan", "analysis": "Buku 1 Analisis Strategis",
              "quickwins": "Buku Quick Win", "summary": "Ringkasan Eksekutif",
              "minutes": "Notulen", "attendance": "Daftar Hadir", "commitment": "Lembar Komitmen",
              "slides": "Pemaparan Masterplan"}


def label(text: object) -> str:
    """Return a choice's label in the interface language.

    ``text`` is a QT_TRANSLATE_NOOP result, which PySide6's stubs type as object.
    """
    return QCoreApplication.translate("ExportChoices", str(text))


def session_label(number: int, session: model.Session) -> str:
    """Return ``3. Bimtek III (2019-08-20)``: how a session is offered in the list."""
    return f"{number}. {session.title} ({session.start_date or '?'})"


def suffix(kind: str) -> str:
    """Return the file extension of ``kind``: ``.pptx`` for the slides, else ``.docx``."""
    return ".pptx" if kind == SLIDES else ".docx"


def default_target(folder: Path, kind: str, lang: str, region: str, session: int,
                   day: dt.date | None = None) -> Path:
    """Return the suggested file: ``Buku 2 Masterplan - Kota Madiun - 2019-10-01.docx``.

    The book, the region and the date keep exports of different workbooks and
    days apart; characters Windows refuses in a name are left out.
    """
    name = FILE_NAMES[kind]
    if kind in ("minutes", "attendance", "commitment"):
        name += f" Sesi {session}"
    if lang == "en":
        name += " (EN)"
    parts = [name, region.strip(), (day or dt.date.today()).isoformat()]
    return folder / paths.safe_file_name(" - ".join(p for p in parts if p), suffix(kind))
