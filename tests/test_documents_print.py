"""The demo's documents as LibreOffice prints them (pdftotext per page), both languages and papers.

Each document is exported once per language and paper (straight to PDF, which
lays the book out through LibreOffice) and read back page by page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents import export_document
from tests.pdf_support import Printed, need_reader, read_pdf

pytestmark = pytest.mark.libreoffice

BOOKS = [("masterplan", "id", "a4"), ("masterplan", "en", "f4"), ("analysis", "id", "f4"),
         ("quickwins", "en", "a4"), ("summary", "id", "a4")]


@pytest.fixture(scope="session")
def printed(demo_file: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Return a function giving the printed pages of (kind, lang, paper[, session]), made once."""
    folder = tmp_path_factory.mktemp("printed")
    made: dict[tuple, Printed] = {}

    def get(kind: str, lang: str, paper: str, session: int | None = None) -> Printed:
        key = (kind, lang, paper, session)
        if key not in made:
            need_reader()
            out = folder / f"{kind}-{lang}-{paper}-{session}.pdf"
            export_document(demo_file, kind, out, session=session, lang=lang, paper=paper)
            made[key] = read_pdf(out)
        return made[key]

    return get


def _page_labels(doc: Printed) -> dict[str, int]:
    return {doc.footer(i): i for i in range(len(doc.pages)) if doc.footer(i)}


@pytest.mark.parametrize(("kind", "lang", "paper"), BOOKS)
def test_every_contents_number_is_the_page_where_that_heading_is_printed(
        printed, kind: str, lang: str, paper: str) -> None:  # type: ignore[no-untyped-def]
    """Contents and lists of tables/figures: dotted leaders, roman front matter, right pages."""
    doc = printed(kind, lang, paper)
    listed = doc.listed()
    assert len(listed) >= 10
    labels = _page_labels(doc)
    assert {"i", "ii", "1", "2"} <= set(labels), labels
    front_seen = False
    for text, number in listed:
        assert number in labels, (text, number)
        page = " ".join(doc.pages[labels[number]].split())
        assert " ".join(text.split()) in page, (text, number)
        front_seen |= not number.isdigit()
    assert front_seen
