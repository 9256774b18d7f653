"""The window comes back as the user left it, unless what was saved is too small to use."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ui import settings


def _saved(qtbot: QtBot, width: int, height: int) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(width, height)
    settings.save_window(window)


def test_a_saved_size_comes_back(qtbot: QtBot) -> None:
    _saved(qtbot, 700, 500)  # the offscreen screen is 800x600
    window = QMainWindow()
    qtbot.addWidget(window)
    assert settings.restore_window(window)
    assert (window.width(), window.height()) == (700, 500)


def test_a_window_saved_too_small_to_work_in_starts_as_on_first_start(qtbot: QtBot) -> None:
    _saved(qtbot, 300, 250)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not settings.restore_window(window)
