"""Shared fixtures: headless Qt, a private data folder and device id, fresh workbooks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before any QApplication exists: without a display Qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RENCANA_LANG", "en")

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import model, workbooks  # noqa: E402
from app.storage.workbook import WorkbookFile  # noqa: E402


def _pyside_6_12_0_refcount_workaround() -> None:
    """Keep one pytest process alive under PySide6 6.12.0 on Python 3.11.

    PySide6 6.12.0 drops a reference to True on every signal emitted from Python
    (and to None on void C++ calls and model resets); Python 3.11 aborts with
    "bool_dealloc" once the count reaches zero, a few thousand emits into a run.
    6.11.3 is clean; from Python 3.12 these objects are immortal. The real fix is
    to keep the lock off 6.12.0 (the app itself would abort after that many edits).
    """
    from importlib.metadata import version

    if sys.version_info < (3, 12) and version("PySide6-Essentials") == "6.12.0":
        import ctypes  # only for this workaround

        for singleton in (True, False, None):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_pyside_6_12_0_refcount_workaround()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep backups, device ids and settings of each test out of the real user folder."""
    monkeypatch.setenv("RENCANA_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("RENCANA_DEVICE", "test-device")


@pytest.fixture
def wb(tmp_path: Path) -> WorkbookFile:
    """Return a new, empty workbook (Kota Contoh, plan 2019-2024) open for writing."""
    book = model.Workbook(region="Kota Contoh", plan_start=2019, plan_end=2024)
    opened = workbooks.new_workbook(tmp_path / "test.rencana", book)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the path of a Kota Madiun demo workbook written once per test run (read it only)."""
    from app import demo

    path = tmp_path_factory.mktemp("demo") / "demo.rencana"
    demo.write_demo(path).close()
    return path

