"""Helpers for tests that run Rencana as a user would: the command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``main.py`` with ``args`` in a subprocess; return the completed process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=full_env, timeout=600, check=False)


def require_tools(*names: str, install: str) -> None:
    """Skip the calling test when a program is missing (one line saying what to install),
    but fail it when ``CI=true``: on CI a missing tool is a broken machine, not a choice."""
    import shutil

    import pytest

    missing = [name for name in names if shutil.which(name) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)}: apt-get install -y --no-install-recommends {install}"
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(message)
    pytest.skip(message)
