"""Where Rencana keeps its own files: the user data folder, bundled resources, the device id."""

from __future__ import annotations

import os
import re
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
    from app import atomic  # local: atomic is not needed to find a folder

    value = uuid.uuid4().hex[:12]
    atomic.write_bytes(path, (value + "\n").encode("ascii"))
    return value


# Characters Windows forbids in a file name, and the names it reserves for devices.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}
MAX_STEM = 120


def safe_file_name(stem: str, suffix: str = "", fallback: str = "Rencana") -> str:
    """Return ``stem + suffix`` as a file name every system accepts (Windows' rules are strictest).

    Forbidden characters (``<>:"/\\|?*`` and control characters) become spaces, blanks
    are collapsed, trailing dots and spaces go, a reserved device name (CON, PRN,
    AUX, NUL, COM1-9, LPT1-9, with any extension) gets a ``_``, long names are cut;
    an empty result becomes ``fallback``.
    """
    text = " ".join(_FORBIDDEN.sub(" ", stem).split())[:MAX_STEM].rstrip(" .")
    if not text:
        text = fallback
    if text.split(".")[0].rstrip(" ").upper() in _RESERVED:
        text = "_" + text
    return text + suffix


def external_env() -> dict[str, str]:
    """Return the environment to start another installed program with (LibreOffice, say).

    A frozen Linux or macOS build runs with its own library folder in ``LD_LIBRARY_PATH``
    (PyInstaller's bootloader keeps the user's value in ``LD_LIBRARY_PATH_ORIG``); a system
    program started with it could load Rencana's copies of libraries and fail ("Launching
    external programs from the frozen application", PyInstaller's common pitfalls). From
    source the environment is returned unchanged.
    """
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
            original = env.pop(f"{name}_ORIG", None)
            if original is not None:
                env[name] = original
            else:
                env.pop(name, None)
    return env
