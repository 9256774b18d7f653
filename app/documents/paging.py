"""The contents' page numbers from one LibreOffice layout of the finished book.

The entries of the body carry ``PAGEREF`` fields that LibreOffice fills while
it lays the book out; reading its PDF back gives those numbers, which become
the fields' shown values, so Word shows them too without updating anything.
The front matter is paged i, ii, ...: its entries are plain roman numerals
found from the pages on which the front headings are printed.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.documents import front, layout, office
from app.documents.writer import Book

HUGE_TEXT = 50_000  # characters in one run of text (a pasted report): no layout, it is slow
LAYOUT_TIMEOUT = 240  # seconds; past it the estimates stay and Word fills the numbers


def wanted() -> bool:
    """Return whether books are laid out once for their pages (not if ``RENCANA_PAGINATE=0``)."""
    return os.environ.get("RENCANA_PAGINATE", "1") != "0" and office.can_read_pages()


def paginate(book: Book, folder: Path) -> tuple[bool, Path | None]:
    """Lay ``book`` out with LibreOffice in ``folder`` and show the real page of every entry.

    Returns whether the numbers are now the real ones, and the PDF of that
    layout when it already prints the final numbers (a PDF export need not
    convert the book again). Leaves the estimates in place when the layout
    cannot be read.
    """
    if _has_huge_text(book):
        return False, None  # a layout would take minutes: Word and LibreOffice fill the numbers
    draft = folder / "layout.docx"
    book.doc.save(str(draft))
    try:
        pdf = office.to_pdf(draft, folder, timeout=LAYOUT_TIMEOUT)
    except office.OfficeError:
        return False, None
    found = _pages_of(book, office.page_texts(pdf)) if book.page_refs else {}
    if found is None:
        return False, None
    before = {ref.entry.bookmark: ref.number.text for ref in book.page_refs}
    front.set_page_numbers(book, found)
    layout.keep_fields_as_shown(book.doc)
    unchanged = all(ref.number.text == before[ref.entry.bookmark] for ref in book.page_refs)
    return True, pdf if unchanged else None


def _has_huge_text(book: Book) -> bool:
    """Return whether one piece of text is so long that LibreOffice would lay it out for minutes."""
    from docx.oxml.ns import qn

    return any(len(node.text or "") > HUGE_TEXT for node in book.doc.element.body.iter(qn("w:t")))


def _pages_of(book: Book, pages: list[str]) -> dict[str, int] | None:
    """Return bookmark -> page from the PDF text, or None when the layout does not match."""
    listed = office.listed_pages(pages)
    refs = book.page_refs
    if len(listed) < len(refs):
        return None
    found: dict[str, int] = {}
    for ref, shown in zip(refs, listed, strict=False):
        if not ref.entry.front:
            if not shown.isdigit():
                return None
            found[ref.entry.bookmark] = int(shown)
    front_refs = [r for r in refs if r.entry.front]
    first, at = None, 0
    for ref in front_refs:
        title = ref.entry.text.strip().upper()
        while at < len(pages) and not _starts_page(pages[at], title):
            at += 1
        if at == len(pages):
            return None
        first = at if first is None else first
        found[ref.entry.bookmark] = at - first + 1
    return found


def _starts_page(page: str, title: str) -> bool:
    """Return whether ``title`` is printed as a line of its own near the top of ``page``."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return title in lines[:3]
