"""How Rencana shows itself: its icon on the window and taskbar, its version in About."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import __version__
from tests.qt_dialogs import when_modal
from ui import application, translation
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    shown = MainWindow("en")
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    translation.install("en")


def test_the_application_icon_has_the_small_and_large_sizes(qapp: QApplication) -> None:
    app = application.make_application([])
    sizes = app.windowIcon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
    assert not app.windowIcon().pixmap(32, 32).toImage().isNull()
    translation.install("en")


def test_the_main_window_shows_the_application_icon(qapp: QApplication,
                                                    window: MainWindow) -> None:
    application.make_application([])
    translation.install("en")
    assert not window.windowIcon().isNull()
    assert QSize(48, 48) in window.windowIcon().availableSizes()


def test_about_names_the_version(window: MainWindow) -> None:
    seen: list[str] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    when_modal(read_and_close)
    window.menus.about.trigger()
    assert seen and f"Rencana {__version__}" in seen[0]
