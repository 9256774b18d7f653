"""Start-up: the window first, the rest after the first paint; no SQLite for the welcome."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import backups
from ui import translation
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_backup_waits_for_the_first_paint(
        qtbot: QtBot, demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "demo.rencana"
    shutil.copy(demo_file, target)
    window = MainWindow("en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.open_path(target)
        assert backups.list_backups(target) == []  # the workbook shows first
        qtbot.waitUntil(lambda: len(backups.list_backups(target)) == 1)
    finally:
        translation.install("en")


def _modules_after(code: str, tmp_path: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RENCANA_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True, timeout=120)
    return done.stdout


def test_the_welcome_screen_and_version_load_no_sqlite_utils(tmp_path: Path) -> None:
    welcome = _modules_after(
        "import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from ui.main_window import MainWindow\nw = MainWindow('id')\nw.show()\n"
        "app.processEvents()\nprint('sqlite_utils' in sys.modules, 'app.model' in sys.modules)",
        tmp_path)
    assert welcome.split() == ["False", "False"]
    version = _modules_after(
        "import sys, contextlib, io\nimport main\nwith contextlib.redirect_stdout(io.StringIO()):"
        "\n    try:\n        main.main(['--version'])\n    except SystemExit:\n        pass\n"
        "print('sqlite_utils' in sys.modules)", tmp_path)
    assert version.split() == ["False"]
