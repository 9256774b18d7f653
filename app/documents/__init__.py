"""The Word documents a city signs: ``export_document(path, kind, out, ...)`` and their outlines.

Each KIND has a module with ``write(book)`` (and ``session`` for the per-session
sheets) and ``outline(lang)``; this module reads the workbook through a
read-only in-memory snapshot (exporting never touches the file, and can run in
a worker thread), builds the book, and saves it atomically.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from app import i18n, model
from app.errors import ValidationError
from app.progress import Progress, silent

KINDS = ("analysis", "masterplan", "quickwins", "summary", "minutes", "attendance",
         "commitment")
SESSION_KINDS = ("minutes", "attendance", "commitment")
PAPERS = ("a4", "f4")


def _module(kind: str) -> ModuleType:
    if kind not in KINDS:
        raise ValidationError("Unknown document {kind}: choose one of {kinds}.", kind=kind,
                              kinds=", ".join(KINDS))
    return importlib.import_module(f"app.documents.{kind}")


def _check(lang: str, paper: str) -> None:
    if lang not in i18n.LANGUAGES:
        raise ValidationError("Unknown language {lang}: choose id or en.", lang=lang)
    if paper not in PAPERS:
        raise ValidationError("Unknown paper {paper}: choose a4 or f4.", paper=paper)


class Incomplete(ValidationError):
    """A document lacks what it needs to be signed; ``items`` says what (``missing.Missing``)."""

    def __init__(self, kind: str, items: list[Any]) -> None:
        super().__init__(INCOMPLETE, kind=kind)
        self.items = items

    def message(self, lang: str = "en") -> str:
        """Return the sentence, then one line per missing item."""
        lines = [super().message(lang), *(f"- {m.sentence(lang)}" for m in self.items)]
        return "\n".join(lines)


def export_document(path: Path, kind: str, out: Path, session: int | None = None,
                    lang: str = "id", paper: str = "a4", progress: Progress = silent, *,
                    draft: bool = False) -> None:
    """Write document ``kind`` of the workbook at ``path`` to ``out`` (.docx), atomically.

    ``session`` is the session's number in the workbook's session list (1 = the
    first, by date), required for the per-session kinds. ``progress`` is called
    with (done, total) and may raise to cancel: ``out`` then keeps its old content.
    Where LibreOffice is installed the book is laid out once so that its contents
    show the real page numbers in any reader; ``out`` ending in ``.pdf`` gets a PDF.
    A session sheet missing what it needs to be signed raises Incomplete, unless
    ``draft``: then it is written with a visible DRAFT mark on every page (a
    book is written without the parts it lacks; ``missing`` lists them).
    Raises RencanaError (ValidationError, WorkbookError, ExportError) with one sentence.
    """
    import tempfile

    from app.documents import atomic, front, paging
    from app.documents.missing import missing
    from app.documents.source import Source
    from app.documents.writer import Book
    from app.storage import safe

    module = _module(kind)
    _check(lang, paper)
    if Path(out).suffix.lower() == ".pdf":
        from app.documents import office

        if office.soffice() is None:
            raise office.OfficeError(office.INSTALL)
    if kind in SESSION_KINDS and session is None:
        raise ValidationError(SESSION_NEEDED, kind=kind)
    db = safe.load_copy(Path(path))
    try:
        source = Source(db, lang)
        chosen = pick_session(source.sessions, session) if kind in SESSION_KINDS else None
        lacking = missing(db, kind, session) if kind in SESSION_KINDS else []
        if lacking and not draft:
            raise Incomplete(kind, lacking)
        steps = len(module.outline(lang)) + 4
        book = Book(source, paper, progress, steps, draft=draft)
        progress(0, steps)
        if chosen is not None:
            module.write(book, chosen)
        else:
            module.write(book)
        front.finish_lists(book)
        book.tidy()
        book.step()
    finally:
        db.conn.close()
    with tempfile.TemporaryDirectory(prefix="rencana-export-") as temp:
        folder = Path(temp)
        _laid_out, pdf = (paging.paginate(book, folder) if book.page_refs and paging.wanted()
                          else (False, None))
        book.step()
        if Path(out).suffix.lower() == ".pdf":
            if pdf is None:
                pdf = _convert(book, folder)
            atomic.place(pdf, Path(out))
        else:
            atomic.save(book.doc, Path(out))
    progress(steps, steps)


def _convert(book: Any, folder: Path) -> Path:
    from app.documents import office

    final = folder / "book.docx"
    book.doc.save(str(final))
    return office.to_pdf(final, folder)


def pick_session(sessions: list[model.Session], number: int | None) -> model.Session:
    """Return the ``number``-th session (1-based, in the workbook's order) or raise one sentence."""
    if not sessions:
        raise ValidationError("This workbook has no sessions yet: add one on the Sessions page.")
    if number is None or not 1 <= number <= len(sessions):
        raise ValidationError("There is no session {number}: choose a number from 1 to {count}.",
                              number=number, count=len(sessions))
    return sessions[number - 1]


def outline(kind: str, lang: str) -> list[str]:
    """Return the chapter titles of document ``kind`` in ``lang`` (for the Export page)."""
    return list(_module(kind).outline(lang))


INCOMPLETE = ("The {kind} document is not ready to be signed; what it still needs (or export it "
              "with --draft, marked as a draft):")
SESSION_NEEDED = ("The {kind} document belongs to one session: say which with --session N "
                  "(1 = the first session in the workbook).")

i18n.register({
    INCOMPLETE: ("Dokumen {kind} belum siap ditandatangani; yang masih diperlukan (atau ekspor "
                 "dengan --draft, bertanda konsep):"),
    SESSION_NEEDED: ("Dokumen {kind} milik satu sesi: sebutkan sesinya dengan --session N "
                     "(1 = sesi pertama di buku kerja)."),
    "Unknown document {kind}: choose one of {kinds}.":
        "Dokumen {kind} tidak dikenal: pilih salah satu dari {kinds}.",
    "Unknown language {lang}: choose id or en.": "Bahasa {lang} tidak dikenal: pilih id atau en.",
    "Unknown paper {paper}: choose a4 or f4.": "Kertas {paper} tidak dikenal: pilih a4 atau f4.",
    "This workbook has no sessions yet: add one on the Sessions page.":
        "Buku kerja ini belum memiliki sesi: tambahkan di halaman Sesi.",
    "There is no session {number}: choose a number from 1 to {count}.":
        "Tidak ada sesi {number}: pilih nomor 1 sampai {count}.",
})
