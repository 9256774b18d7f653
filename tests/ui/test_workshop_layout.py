"""At 1280x720 and 1366x768 no label or header is cut and the main tables need no sideways
scrolling."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QTableView
from pytestqt.qtbot import QtBot

from ui import translation
from ui.main_window import MainWindow


@pytest.fixture(params=[("id", 1280, 720), ("en", 1366, 768), ("id", 1366, 768)])
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo_file: Path,
           tmp_path: Path) -> Iterator[MainWindow]:
    lang, width, height = request.param
    translation.install(lang)
    target = tmp_path / "demo.rencana"
    shutil.copy(demo_file, target)
    shown = MainWindow(lang)
    qtbot.addWidget(shown)
    shown.resize(width, height)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.open_path(target)
    yield shown
    translation.install("en")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _combo_fits(combo: QComboBox) -> bool:
    text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    return combo.width() >= text + 24  # the text and the arrow


def test_programme_filters_and_headers_are_not_cut(window: MainWindow) -> None:
    window.show_page("programmes")
    _settle()
    page = window.workspace.page("programmes")
    bar = page.filters
    for combo in (bar.dimension, bar.phase, bar.lead, bar.year, bar.quick_win, bar.status):
        assert _combo_fits(combo), combo.currentText()
    table: QTableView = page.table
    header = table.horizontalHeader()
    for column in range(header.count()):
        if not table.isColumnHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column) - 2, column
    assert not table.horizontalScrollBar().isVisible()


def test_session_titles_are_not_cut(window: MainWindow) -> None:
    window.show_page("sessions")
    _settle()
    view = window.workspace.page("sessions").panel.view
    assert view.wordWrap()
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        needed = view.sizeHintForIndex(index).height()
        assert view.rowHeight(row) >= needed - 2
    overview = window.workspace.page("overview")
    assert overview is not None
