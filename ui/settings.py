"""What Rencana remembers between runs (language, recent files, window layout), in QSettings.

The settings live in an INI file in the user data folder (``RENCANA_DATA_DIR``
in tests), so every test starts from nothing and nothing leaks into the real
user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from app import paths

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"  # Indonesian on first start
MAX_RECENT = 8


def store() -> QSettings:
    """Return the settings store (an INI file in the data folder)."""
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def language() -> str:
    """Return the interface language: the saved one, Indonesian on first start."""
    value = str(store().value("language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Remember ``lang`` as the interface language."""
    store().setValue("language", lang)


def recent_files() -> list[Path]:
    """Return the recently opened workbooks, newest first (missing files included)."""
    value = store().value("recent_files", [])
    names = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [Path(name) for name in names if name][:MAX_RECENT]


def _save_recent(files: list[Path]) -> None:
    store().setValue("recent_files", [str(p) for p in files[:MAX_RECENT]])


def add_recent(path: Path) -> None:
    """Put ``path`` first in the recent files."""
    path = path.resolve()
    _save_recent([path, *(p for p in recent_files() if p != path)])


def remove_recent(path: Path) -> None:
    """Forget ``path`` (it was moved or deleted)."""
    _save_recent([p for p in recent_files() if p != path.resolve()])


def last_file() -> Path | None:
    """Return the workbook open when Rencana last closed, if it still exists."""
    value = store().value("last_file", "")
    path = Path(str(value)) if value else None
    return path if path and path.is_file() else None


def set_last_file(path: Path | None) -> None:
    """Remember the workbook to reopen at the next start (None: show the welcome screen)."""
    store().setValue("last_file", str(path.resolve()) if path else "")


def save_window(window: QMainWindow) -> None:
    """Remember the window's size, position and dock/toolbar state."""
    settings = store()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())


SMALLEST_RESTORED = (800, 520)  # a saved window smaller than this (or 60 % of a small screen)


def restore_window(window: QMainWindow) -> bool:
    """Put the window back as it was; return False when nothing usable was saved.

    A saved size too small to work in (a window shrunk by accident, or saved on a
    smaller screen) counts as nothing saved, so the window starts on the whole screen.
    """
    settings = store()
    geometry = settings.value("window/geometry")
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    if not window.restoreGeometry(geometry):
        return False
    screen = window.screen()
    width, height = SMALLEST_RESTORED
    if screen is not None:
        space = screen.availableGeometry()
        width, height = min(width, int(space.width() * 0.6)), min(height, int(space.height() * 0.6))
    if window.width() < width or window.height() < height:
        return False
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    return True
