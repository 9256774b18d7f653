"""LibreOffice as a tool: lay a book out once (its real page numbers) and convert it to PDF.

LibreOffice is optional: ``available()`` says whether it (and poppler's
``pdftotext``, to read pages back) is installed. Every run uses a private,
temporary user profile, so two exports never share LibreOffice's lock files,
and a run that hangs is stopped after ``TIMEOUT`` seconds.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app import i18n, paths
from app.errors import RencanaError

TIMEOUT = 900  # seconds: a 1,000-row table takes LibreOffice about 6 s, 5,000 rows minutes
WINDOWS_PLACES = ("C:/Program Files/LibreOffice/program/soffice.exe",
                  "C:/Program Files (x86)/LibreOffice/program/soffice.exe")
INSTALL = ("Writing a PDF needs LibreOffice: install it (Debian/Ubuntu: apt-get install "
           "libreoffice-writer-nogui; Windows and macOS: libreoffice.org), or export a .docx.")


class OfficeError(RencanaError):
    """LibreOffice is missing or could not convert a document."""


def soffice() -> str | None:
    """Return the path of LibreOffice's ``soffice``, or None when it is not installed."""
    override = os.environ.get("RENCANA_SOFFICE")
    if override is not None:
        return override or None  # an empty value turns LibreOffice off (tests, benchmarks)
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None and sys.platform == "win32":
        found = next((p for p in WINDOWS_PLACES if Path(p).exists()), None)
    return found


def can_read_pages() -> bool:
    """Return whether a book can be laid out and read back (LibreOffice and pdftotext)."""
    return soffice() is not None and shutil.which("pdftotext") is not None


def to_pdf(document: Path, folder: Path, timeout: float = TIMEOUT) -> Path:
    """Convert ``document`` (.docx) to ``folder/<stem>.pdf`` with LibreOffice; return the PDF.

    Raises OfficeError with one sentence when LibreOffice is missing or fails.
    """
    program = soffice()
    if program is None:
        raise OfficeError(INSTALL)
    with tempfile.TemporaryDirectory(prefix="rencana-lo-") as profile:
        command = [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                   "--norestore", "--convert-to", "pdf", "--outdir", str(folder), str(document)]
        try:
            subprocess.run(command, check=False, capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL, env=paths.external_env())
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OfficeError("LibreOffice could not convert {name}: {reason}.",
                              name=document.name, reason=exc) from None
    pdf = folder / f"{document.stem}.pdf"
    if not pdf.exists():
        raise OfficeError("LibreOffice could not convert {name}.", name=document.name)
    return pdf


def page_texts(pdf: Path) -> list[str]:
    """Return the text of each page of ``pdf`` (pdftotext, layout kept)."""
    found = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=False,
                           capture_output=True, timeout=TIMEOUT)
    text = found.stdout.decode("utf-8", "replace")
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


LEADER = re.compile(r"\.{4,}\s*([0-9]+|[ivxlcdm]+)\s*$")


def listed_pages(pages: list[str]) -> list[str]:
    """Return the page numbers printed after dotted leaders, in reading order (the lists)."""
    found = []
    for page in pages:
        for line in page.splitlines():
            match = LEADER.search(line)
            if match:
                found.append(match.group(1))
    return found


i18n.register({
    INSTALL: ("Menulis PDF memerlukan LibreOffice: pasang LibreOffice (Debian/Ubuntu: "
              "apt-get install libreoffice-writer-nogui; Windows dan macOS: libreoffice.org), "
              "atau ekspor sebagai .docx."),
    "LibreOffice could not convert {name}: {reason}.":
        "LibreOffice tidak dapat mengonversi {name}: {reason}.",
    "LibreOffice could not convert {name}.": "LibreOffice tidak dapat mengonversi {name}.",
})
