"""LibreOffice, an independent reader, draws the pemaparan deck: one page per slide, the text.

All decks of this module go through one LibreOffice run (a conversion costs
seconds): the demo in Indonesian and English and a deck full of hostile text.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

from app import slides
from app.documents.source import Source
from app.formatting import rupiah
from app.storage import safe
from tests.test_documents_safety import WEIRD, poison, small_workbook
from tests.tools import require, under_ci

pytestmark = pytest.mark.libreoffice
RUPIAH = re.compile(r"Rp\d{1,3}(\.\d{3})+\b")


def require_impress() -> str:
    """Return soffice's path; skip (fail under CI) without LibreOffice Impress or poppler.

    Writer alone has soffice but no PowerPoint import: look for Impress's module
    beside the program (Debian's layout; another layout is trusted as it is).
    """
    soffice = require("soffice", "pdftotext", "pdfinfo")["soffice"]
    modules = Path(soffice).resolve().parent.parent / "share" / "config" / "soffice.cfg"
    if (modules / "modules").is_dir() and not (modules / "modules" / "simpress").is_dir():
        reason = "needs LibreOffice Impress: apt-get install libreoffice-impress-nogui"
        if under_ci():
            pytest.fail(reason + " (CI must not skip it)", pytrace=False)
        pytest.skip(reason)
    return soffice


def convert(decks: list[Path], folder: Path) -> dict[Path, tuple[str, int]]:
    """Convert ``decks`` in one LibreOffice run; return each one's PDF text and page count."""
    soffice = require_impress()
    profile = folder / "profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, decks)],
                   check=True, capture_output=True, timeout=600)
    results = {}
    for deck in decks:
        pdf = folder / f"{deck.stem}.pdf"
        assert pdf.exists(), f"LibreOffice could not convert {deck.name}"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                              text=True).stdout
        found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        assert found, info
        results[deck] = (" ".join(text.split()), int(found.group(1)))
    return results


@pytest.fixture(scope="module")
def pdfs(demo_file: Path, tmp_path_factory: pytest.TempPathFactory
         ) -> dict[str, tuple[Path, str, int]]:
    """Return (deck, PDF text, pages) of the demo in id and en and of a hostile workbook."""
    require_impress()
    folder = tmp_path_factory.mktemp("deck-pdf")
    decks = {}
    for lang in ("id", "en"):
        decks[lang] = folder / f"demo-{lang}.pptx"
        slides.export_deck(demo_file, decks[lang], lang=lang)
    hostile = small_workbook(folder / "hostile.rencana")
    poison(hostile, [*WEIRD, "T" * 300, "".join(WEIRD) * 20, "kata " * 400])
    decks["hostile"] = folder / "hostile.pptx"
    slides.export_deck(hostile, decks["hostile"])
    converted = convert(list(decks.values()), folder)
    return {name: (path, *converted[path]) for name, path in decks.items()}


@pytest.mark.parametrize("name", ["id", "en", "hostile"])
def test_libreoffice_draws_one_page_per_slide(pdfs: dict[str, tuple[Path, str, int]],
                                              name: str) -> None:
    """As many PDF pages as the deck has slides (a hostile deck converts too)."""
    deck, text, pages = pdfs[name]
    assert pages == len(Presentation(str(deck)).slides)
    assert text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pdf_holds_the_vision_rupiah_and_every_dimension(
        pdfs: dict[str, tuple[Path, str, int]], demo_file: Path, lang: str) -> None:
    """The vision, Rupiah amounts (the grand total among them) and every dimension's name."""
    _deck, text, _pages = pdfs[lang]
    src = Source(safe.load_copy(demo_file), lang)
    vision = " ".join(src.workbook.vision.split())
    assert vision in text
    assert RUPIAH.search(text)
    assert rupiah(src.budget_total(src.quick_wins()[0].id)) in text
    for dim in src.dimensions:
        assert src.name(dim) in text, dim.code
    for prog in src.quick_wins():
        assert prog.code in text


def test_the_english_deck_reads_in_english(pdfs: dict[str, tuple[Path, str, int]]) -> None:
    """English labels and dates; none of the Indonesian ones."""
    _deck, text, _pages = pdfs["en"]
    assert "Smart City Masterplan of Kota Madiun" in text
    assert "Indicative budget" in text and "Roadmap 2019-2024" in text
    assert "1 October 2019" in text
    assert "Peta jalan" not in text and "Oktober" not in text
    _deck, text_id, _pages = pdfs["id"]
    assert "Masterplan Smart City Kota Madiun" in text_id and "1 Oktober 2019" in text_id
