"""Where Rencana keeps its own files: the user data folder, bundled resources, the device id."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path


def resources_dir() -> Path:
    """Return the bundled ``resources/`` folder (also inside a PyInstaller build)."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root / "resources"


def resource(*parts: str) -> Path:
    """Return the path of a bundled resource file."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """Return (and create) the per-user data folder; ``RENCANA_DATA_DIR`` overrides it."""
    override = os.environ.get("RENCANA_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # local: only needed once a folder is actually used

        path = Path(platformdirs.user_data_dir("Rencana", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Return (and create) the folder of things worth keeping but safe to lose (chart images).

    ``RENCANA_CACHE_DIR`` overrides it; with ``RENCANA_DATA_DIR`` set it lives in there.
    """
    override = os.environ.get("RENCANA_CACHE_DIR")
    if override:
        path = Path(override)
    elif os.environ.get("RENCANA_DATA_DIR"):
        path = data_dir() / "cache"
    else:
        import platformdirs  # local: only needed once a folder is actually used

        path = Path(platformdirs.user_cache_dir("Rencana", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def device_id() -> str:
    """Return this machine's id for merge bookkeeping, made once and kept in the data folder.

    ``RENCANA_DEVICE`` overrides it (tests simulate several laptops that way).
    """
    override = os.environ.get("RENCANA_DEVICE")
    if override:
        return override
    path = data_dir() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value
    except OSError:
        pass
    value = uuid.uuid4().hex[:12]
    path.write_text(value + "\n", encoding="ascii")
    return value
