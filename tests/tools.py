"""External programs some tests need: skip with a one-line reason outside CI, fail under CI.

On a developer's machine without LibreOffice, poppler, Xvfb or Chromium, ``uv run
pytest`` passes and says which package to install; under CI (``CI=true``, set by
``.ci/run``) a missing program fails the test, so CI can never skip silently.
"""

from __future__ import annotations

import os
import shutil

import pytest

PACKAGES = {  # program -> the Debian package that provides it
    "soffice": "libreoffice-writer-nogui",
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "Xvfb": "xvfb",
    "xwininfo": "x11-utils",
    "chromium": "chromium",
}


def under_ci() -> bool:
    """Return True when running under CI (``CI`` set to a true value)."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require(*programs: str) -> dict[str, str]:
    """Return {program: path} for ``programs``; skip (or fail under CI) if one is missing."""
    found = {name: shutil.which(name) for name in programs}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        packages = " ".join(sorted({PACKAGES.get(name, name) for name in missing}))
        reason = f"needs {', '.join(missing)}: apt-get install {packages}"
        if under_ci():
            pytest.fail(reason + " (CI must not skip it)", pytrace=False)
        pytest.skip(reason)
    return {name: path for name, path in found.items() if path is not None}
