"""LibreOffice, an independent reader, converts every document to PDF with the expected text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.documents import KINDS, export_document, outline
from tests.test_documents_safety import WEIRD, poison, small_workbook
from tests.tools import require

pytestmark = pytest.mark.libreoffice

# (session, Indonesian date that must appear, plausible page range) per kind, for the demo.
EXPECTED = {
    "analysis": (1, "1 Oktober 2019", range(12, 60)),
    "masterplan": (1, "1 Oktober 2019", range(20, 90)),
    "quickwins": (1, "1 Oktober 2019", range(6, 40)),
    "summary": (1, "1 Oktober 2019", range(5, 25)),
    "minutes": (1, "4 Juli 2019", range(1, 8)),
    "attendance": (1, "Kamis, 4 Juli 2019", range(10, 40)),
    "commitment": (4, "1 Oktober 2019", range(1, 4)),
}
WITH_MONEY = ("masterplan", "quickwins", "summary")
RUPIAH = re.compile(r"Rp\d{1,3}(\.\d{3})+\b")


def convert(documents: list[Path], folder: Path) -> dict[Path, tuple[str, int]]:
    """Convert ``documents`` with one LibreOffice run; return each one's PDF text and page count."""
    soffice = require("soffice", "pdftotext", "pdfinfo")["soffice"]
    profile = folder / "profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, documents)],
                   check=True, capture_output=True, timeout=600)
    results = {}
    for document in documents:
        pdf = folder / f"{document.stem}.pdf"
        assert pdf.exists(), f"LibreOffice could not convert {document.name}"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                              text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
        results[document] = (" ".join(text.split()), pages)
    return results


@pytest.fixture(scope="module")
def pdfs(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, int]]:
    """Return the PDF text and page count of every kind of the demo (Indonesian, A4)."""
    folder = tmp_path_factory.mktemp("pdf")
    paths = {}
    for kind, (session, _date, _pages) in EXPECTED.items():
        paths[kind] = folder / f"{kind}.docx"
        export_document(demo_file, kind, paths[kind], session=session)
    converted = convert(list(paths.values()), folder)
    return {kind: converted[path] for kind, path in paths.items()}


@pytest.mark.parametrize("kind", KINDS)
def test_libreoffice_shows_chapters_amounts_and_dates(pdfs: dict[str, tuple[str, int]],
                                                      kind: str) -> None:
    """Chapter titles, Rupiah amounts and Indonesian dates appear on a plausible page count."""
    text, pages = pdfs[kind]
    _session, date, plausible = EXPECTED[kind]
    for title in outline(kind, "id"):
        assert title.upper() in text.upper(), title
    assert date in text
    if kind in WITH_MONEY:
        assert RUPIAH.search(text)
    assert pages in plausible, pages


def test_the_english_summary_on_f4_reads_in_english(demo_file: Path, tmp_path: Path) -> None:
    """English labels and dates, on F4 paper (215 x 330 mm = 609 x 935 points)."""
    out = tmp_path / "summary-en.docx"
    export_document(demo_file, "summary", out, lang="en", paper="f4")
    text, _pages = convert([out], tmp_path)[out]
    assert "CHAPTER I THE PLAN AT A GLANCE" in text
    assert "1 October 2019" in text and "Oktober" not in text
    info = subprocess.run(["pdfinfo", str(tmp_path / "summary-en.pdf")], check=True,
                          capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(width - 609.4) < 1 and abs(height - 935.4) < 1, info


def test_documents_full_of_hostile_text_still_convert(tmp_path: Path) -> None:
    """Every field poisoned (controls, bidi marks, emoji, long titles): LibreOffice opens it."""
    path = small_workbook(tmp_path / "hostile.rencana")
    poison(path, [*WEIRD, "T" * 300, "".join(WEIRD) * 20])
    outs = []
    for kind in ("masterplan", "minutes"):
        outs.append(tmp_path / f"{kind}.docx")
        export_document(path, kind, outs[-1])
    for text, pages in convert(outs, tmp_path).values():
        assert pages >= 1 and text
