"""Shared fixtures: headless Qt, a private data folder and device id, fresh workbooks."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists: without a display Qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RENCANA_LANG", "en")

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import model, workbooks  # noqa: E402
from app.storage.workbook import WorkbookFile  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep backups, device ids and settings of each test out of the real user folder."""
    monkeypatch.setenv("RENCANA_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("RENCANA_DEVICE", "test-device")


@contextlib.contextmanager
def fresh_workbook() -> Iterator[WorkbookFile]:
    """Yield a new, empty workbook (Kota Contoh, plan 2019-2024) in a folder of its own.

    For Hypothesis tests: each example gets its own workbook, so no example sees what
    an earlier one wrote (a function-scoped fixture is shared by all examples).
    """
    with tempfile.TemporaryDirectory() as folder:
        book = model.Workbook(region="Kota Contoh", plan_start=2019, plan_end=2024)
        opened = workbooks.new_workbook(Path(folder) / "test.rencana", book)
        try:
            yield opened
        finally:
            opened.close()


@pytest.fixture
def wb() -> Iterator[WorkbookFile]:
    """Return a new, empty workbook (Kota Contoh, plan 2019-2024) open for writing."""
    with fresh_workbook() as opened:
        yield opened


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the path of a Kota Madiun demo workbook written once per test run (read it only)."""
    from app import demo

    path = tmp_path_factory.mktemp("demo") / "demo.rencana"
    demo.write_demo(path).close()
    return path

