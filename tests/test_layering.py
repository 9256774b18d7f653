"""The layers keep their promises: app/ never loads Qt, start-up loads no heavy library,
and the window holds no SQL."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("matplotlib", "docx", "openpyxl")
NOT_BEFORE_A_WORKBOOK = ("sqlite_utils", *HEAVY)  # nor numpy, click, dateutil it pulls in

IMPORT_ALL_APP = """
import importlib, json, pkgutil, sys
import app
names = sorted(m.name for m in pkgutil.walk_packages(app.__path__, "app."))
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(json.dumps({"modules": names, "qt": loaded}))
"""

START_UP = """
import json, sys
from pathlib import Path
from PySide6.QtTest import QTest
from ui.application import make_application
from ui.main_window import MainWindow

HEAVY = sys.argv[2].split(",")

def loaded():
    return sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in HEAVY})

app = make_application([])
window = MainWindow("en")
opened = window.open_path(Path(sys.argv[1]))
pages = sorted(m for m in sys.modules if m.startswith("ui.pages."))
at_start = loaded()
window.show()
QTest.qWaitForWindowExposed(window)
QTest.qWait(100)  # whatever the Overview draws soon after it is shown
print(json.dumps({"opened": opened, "heavy_at_start": at_start, "pages": pages,
                  "heavy_with_chart": loaded()}))
"""


VERSION = """
import json, sys
import main

try:
    main.main(["--version"])
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[1].split(",")))))
"""

WELCOME = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import main
import ui.application

WATCH = set(sys.argv[1].split(","))
start_window = ui.application.start_window


def report(window):
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(100)  # whatever the welcome screen draws soon after it is shown
    loaded = sorted({m.split(".")[0] for m in sys.modules} & WATCH)
    print(json.dumps({"welcome": window.central.currentWidget() is window.welcome,
                      "loaded": loaded}))
    QApplication.instance().quit()


def start_and_report(argv):
    window = start_window(argv)
    QTimer.singleShot(0, window, lambda: report(window))
    return window


ui.application.start_window = start_and_report
sys.exit(main.main([]))
"""


def _run(script: str, *args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script), *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_no_app_module_loads_qt_or_the_window() -> None:
    result = _run(IMPORT_ALL_APP)
    assert "app.ops" in result["modules"] and "app.storage.workbook" in result["modules"]
    assert result["qt"] == []


def test_start_up_with_the_demo_open_loads_no_heavy_library(
        demo_file: Path, tmp_path: Path) -> None:
    """Building and showing the window with the demo open costs no matplotlib, docx or
    openpyxl (the Overview's chart is painted with QPainter)."""
    copy = tmp_path / "demo.rencana"
    shutil.copy(demo_file, copy)
    result = _run(START_UP, str(copy), ",".join(HEAVY))
    assert result["opened"] is True
    assert result["heavy_at_start"] == []
    assert result["pages"] == ["ui.pages.overview"]  # the other pages load when first shown
    assert result["heavy_with_chart"] == []


def test_version_loads_neither_sqlite_utils_nor_a_heavy_library() -> None:
    """``main.py --version`` answers without importing sqlite-utils, matplotlib, docx or
    openpyxl (sqlite-utils is imported when a workbook is first opened)."""
    watch = (*NOT_BEFORE_A_WORKBOOK, "numpy", "click", "dateutil")
    assert _run(VERSION, ",".join(watch)) == []


def test_the_welcome_screen_loads_neither_sqlite_utils_nor_a_heavy_library() -> None:
    """``main.py`` with no file and a fresh data folder shows the welcome screen without
    importing sqlite-utils (nor numpy, click, dateutil), matplotlib, docx or openpyxl."""
    watch = (*NOT_BEFORE_A_WORKBOOK, "numpy", "click", "dateutil")
    result = _run(WELCOME, ",".join(watch))
    assert result == {"welcome": True, "loaded": []}


def test_the_window_holds_no_sql() -> None:
    """All SQL lives in app/storage: no SQL statement appears in a string in ui/."""
    sql = (r"(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|"
           r"CREATE\s+TABLE|PRAGMA\s)")
    statement = re.compile(rf"""["']\s*{sql}|^\s*{sql}""", re.IGNORECASE)  # a string, or a line
    assert statement.search('db.execute("SELECT count(*) FROM cards")')
    assert statement.search("        SELECT d.id, count(*) FROM cards c")
    offenders = [f"{path.relative_to(ROOT)}:{number}"
                 for path in sorted((ROOT / "ui").rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if statement.search(line)]
    assert offenders == []


def test_sqlite_utils_is_imported_in_one_place() -> None:
    """Only app.storage.database() imports sqlite-utils (when a workbook is first opened);
    every other module names it under TYPE_CHECKING, for annotations."""
    top_level = re.compile(r"^(import sqlite_utils|from sqlite_utils)", re.MULTILINE)
    offenders = [str(path.relative_to(ROOT)) for folder in ("app", "ui")
                 for path in sorted((ROOT / folder).rglob("*.py"))
                 if top_level.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
