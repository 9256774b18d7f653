"""Reading exported documents as LibreOffice prints them: one conversion, then text per page.

LibreOffice (and poppler's pdftotext) are the independent reader of our
documents. Where they are missing the tests skip with one line, except on CI
(``CI=true``), where a missing reader is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL = ("LibreOffice and poppler-utils are needed: apt-get install -y "
           "--no-install-recommends libreoffice-writer-nogui poppler-utils")
LEADER = re.compile(r"^\s*(.*?)\s*\.{4,}\s*([0-9]+|[ivxlcdm]+)\s*$")


def need_reader() -> None:
    """Skip (or fail on CI) when LibreOffice or pdftotext is missing."""
    if shutil.which("soffice") and shutil.which("pdftotext"):
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(INSTALL)
    pytest.skip(INSTALL)


@dataclass
class Printed:
    """A document as LibreOffice prints it: the text of every page."""

    pages: list[str]
    flow: str = ""  # the text in reading order (pdftotext without -layout), whitespace collapsed

    @property
    def text(self) -> str:
        """Return all pages' text, whitespace collapsed."""
        return " ".join(" ".join(self.pages).split())

    def footer(self, index: int) -> str:
        """Return the page number printed at the foot of page ``index`` (0-based), or ``""``."""
        lines = [line.strip() for line in self.pages[index].splitlines() if line.strip()]
        return lines[-1] if lines and re.fullmatch(r"[0-9]+|[ivxlcdm]+", lines[-1]) else ""

    def listed(self) -> list[tuple[str, str]]:
        """Return the (text, page) of every line ending in a dotted leader and a page number."""
        found = []
        for page in self.pages:
            for line in page.splitlines():
                match = LEADER.match(line)
                if match:
                    found.append((match.group(1), match.group(2)))
        return found


def convert(documents: list[Path], folder: Path) -> dict[Path, Printed]:
    """Convert ``documents`` with one LibreOffice run; return each one's pages."""
    need_reader()
    profile = folder / "profile"
    subprocess.run([shutil.which("soffice") or "soffice",
                    f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, documents)],
                   check=True, capture_output=True, timeout=900)
    return {document: read_pdf(folder / f"{document.stem}.pdf") for document in documents}


def read_pdf(pdf: Path) -> Printed:
    """Return the pages of ``pdf`` (pdftotext, layout kept)."""
    assert pdf.exists(), f"LibreOffice could not convert {pdf.stem}"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    flow = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return Printed(pages, " ".join(flow.split()))
