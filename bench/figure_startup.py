"""Start-up to the shown main window with the demo, against a bare PySide6 window; peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.data import demo_file, scaled_demo
from bench.timing import measure

HERE = Path(__file__).resolve().parent


def _env(data_dir: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RENCANA_DATA_DIR": data_dir}


def _run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          check=True, timeout=300)
    return done.stdout


def startup(folder: Path, quick: bool) -> dict[str, object]:
    """Return process start to shown window, ours (demo open) and the bare baseline."""
    repeat = 3 if quick else 8
    workbook = demo_file(folder / "demo.rencana")
    with tempfile.TemporaryDirectory() as data:
        env = _env(data)
        copy = folder / "startup.rencana"
        copy.write_bytes(workbook.read_bytes())
        ours = measure(lambda: _run([str(HERE / "startup_app.py"), str(copy)], env), repeat)
        base = measure(lambda: _run([str(HERE / "startup_baseline.py")], env), repeat)
    return {"ours": ours.as_dict(), "baseline": base.as_dict(),
            "ratio": ours.median / base.median, "goal": 2.5}


def memory(folder: Path, quick: bool) -> dict[str, object]:
    """Return the peak memory (MB) with the 10x demo open and every page visited."""
    workbook = scaled_demo(folder / "demo-x10.rencana", 10)
    with tempfile.TemporaryDirectory() as data:
        copy = folder / "memory.rencana"
        copy.write_bytes(workbook.read_bytes())
        out = _run([str(HERE / "startup_app.py"), str(copy), "--all-pages"], _env(data))
    peak = float(out.strip().rsplit("peak_mb=", 1)[1])
    return {"peak_mb": peak, "goal_mb": 250}
