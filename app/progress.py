"""Progress reporting for long work, shown on a terminal or a progress bar."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

Progress = Callable[[int, int], None]
"""Called with (done, total) as work advances; may raise to cancel."""


def silent(done: int, total: int) -> None:
    """Ignore progress."""


def terminal(stream: TextIO | None = None, label: str = "") -> Progress:
    """Return a Progress that draws a percentage on ``stream`` if it is a terminal."""
    out = stream or sys.stderr
    if not out.isatty():
        return silent

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        out.write(f"\r{label} {percent:3d}%")
        if done >= total:
            out.write("\n")
        out.flush()

    return report
