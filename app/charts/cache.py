"""Chart images kept under a hash of what they show, so an unchanged chart is not drawn twice.

Drawing is most of an export's time (matplotlib text is slow). The key is a
hash of the chart's snapshot (frozen dataclasses, whose ``repr`` is stable),
its kind, language and resolution, and ``STYLE`` (raise it when the drawing
code changes). A cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

STYLE = "4"  # bump when the drawing code changes what a chart looks like
KEEP = 400  # images; the oldest are removed beyond this


def key(kind: str, data: object, lang: str, dpi: int) -> str:
    """Return the cache key of a chart: a hash of everything it is drawn from."""
    text = f"{STYLE}|{kind}|{lang}|{dpi}|{data!r}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def folder() -> Path | None:
    """Return the folder of cached charts, or None when it cannot be made."""
    from app import paths

    try:
        path = paths.cache_dir() / "charts"
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


def png(kind: str, data: object, lang: str, draw: Callable[[], Figure], dpi: int) -> bytes:
    """Return the PNG of chart ``kind`` drawn from ``data``: from the cache, or drawn now."""
    from app.charts.figures import render

    where = folder()
    path = where / f"{key(kind, data, lang, dpi)}.png" if where else None
    if path is not None:
        with contextlib.suppress(OSError):
            return path.read_bytes()
    stream = io.BytesIO()
    render(draw(), stream, "png", dpi=dpi)
    made = stream.getvalue()
    if path is not None:
        _store(path, made)
    return made


def _store(path: Path, made: bytes) -> None:
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(made)
        os.replace(temp, path)
        _trim(path.parent)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()


def _trim(where: Path) -> None:
    images = sorted(where.glob("*.png"), key=lambda p: p.stat().st_mtime)
    for old in images[:-KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()
