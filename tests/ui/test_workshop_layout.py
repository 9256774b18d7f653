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


def test_the_people_table_needs_no_sideways_scrolling(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("people")
    _settle()
    view = window.workspace.page("people").people.panel.view
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    _settle()
    assert not view.horizontalScrollBar().isVisible()


def test_the_navigation_shows_every_page_name_whole(window: MainWindow) -> None:
    nav = window.workspace.nav
    metrics = nav.fontMetrics()
    room = nav.viewport().width() - nav.iconSize().width() - 12
    for row in range(nav.count()):
        assert metrics.horizontalAdvance(nav.item(row).text()) <= room, nav.item(row).text()
        assert not nav.item(row).icon().isNull()


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_readable_at_125_and_150_percent(scale: str, tmp_path: Path) -> None:
    """Display scaling (QT_SCALE_FACTOR): page names, filters whole; icons drawn sharp."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen",
           "RENCANA_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("scaled_window.py"))],
                          env=env, capture_output=True, text=True, timeout=120, check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"ratio": float(scale), "nav_whole": True, "filters_whole": True,
                     "icon_sharp": True}


def test_one_style_sheet_carries_the_dimension_colours(window: MainWindow) -> None:
    import json

    from app import paths
    from ui.style import DIMENSION_COLOURS

    framework = next(paths.resource("frameworks").glob("*.json"))
    dims = json.loads(framework.read_text(encoding="utf-8"))["dimensions"]
    assert {d["code"]: d["color"] for d in dims} == DIMENSION_COLOURS
    for colour in DIMENSION_COLOURS.values():
        assert colour in window.styleSheet()


def test_board_filters_are_not_cut(window: MainWindow) -> None:
    window.show_page("board")
    _settle()
    for combo in window.workspace.page("board").filters.combos.values():
        assert _combo_fits(combo), combo.currentText()
