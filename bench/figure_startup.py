"""Start-up to the shown main window with the demo, against a bare PySide6 window; peak memory.

Both are measured from the moment the process is spawned to the moment the window is
painted (the child prints the time), alternating ours and the baseline so that the
load of the shared machine falls on both alike. The children write their bytecode
caches into the benchmark folder (``PYTHONPYCACHEPREFIX``), as an installed
application has them, even where the environment sets ``PYTHONDONTWRITEBYTECODE``.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.data import base_file, scaled_file
from bench.timing import Check, Sample, Scale

HERE = Path(__file__).resolve().parent
STARTUP_GOAL = 2.5
MEMORY_GOAL_MB = 250.0


def _env(folder: Path, data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", RENCANA_DATA_DIR=data_dir,
               PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    return env


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _launch(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Run a child script; return (seconds from spawn to shown, the other numbers it printed,
    with ``cpu``: the child's processor seconds, which a busy machine disturbs less)."""
    start, cpu = time.time(), _cpu_of_children()
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          timeout=300)
    line = next((s for s in done.stdout.splitlines() if s.startswith("shown=")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    numbers = {k: float(v) for k, v in (part.split("=") for part in line.split())}
    numbers["cpu"] = _cpu_of_children() - cpu
    return numbers.pop("shown") - start, numbers


def startup(folder: Path, scale: Scale) -> list[Check]:
    """Return the start-up time, ours (demo open) against the bare window, and its ratio."""
    repeat = scale.repeat(full=9, quick=3)
    copy = folder / "startup.rencana"
    copy.write_bytes(base_file(folder, scale.tiny).read_bytes())
    ours, base, ours_cpu, base_cpu = Sample(), Sample(), Sample(), Sample()
    with tempfile.TemporaryDirectory() as data:
        env = _env(folder, data)
        for run in range(1 + repeat):  # the first pair warms the disk and bytecode caches
            ours_time, ours_numbers = _launch([str(HERE / "startup_app.py"), str(copy)], env)
            base_time, base_numbers = _launch([str(HERE / "startup_baseline.py")], env)
            if run:
                ours.times.append(ours_time)
                base.times.append(base_time)
                ours_cpu.times.append(ours_numbers["cpu"])
                base_cpu.times.append(base_numbers["cpu"])
    baseline = "bare PySide6 QMainWindow shown"
    return [Check("start-up", "process start to the window shown with the demo open",
                  ours.median / base.median, "x", STARTUP_GOAL, ours.as_dict(), base.as_dict(),
                  baseline),
            Check("start-up", "the same in processor time (recorded)",
                  ours_cpu.median / base_cpu.median, "x", None, ours_cpu.as_dict(),
                  base_cpu.as_dict(), baseline)]


def memory(folder: Path, scale: Scale) -> list[Check]:
    """Return the peak memory (MB) with the 10x demo open and every page visited."""
    factor = scale.size(full=10, tiny=2)
    workbook = scaled_file(folder, scale.tiny, factor)
    copy = folder / "memory.rencana"
    copy.write_bytes(workbook.read_bytes())
    with tempfile.TemporaryDirectory() as data:
        seconds, numbers = _launch([str(HERE / "startup_app.py"), str(copy), "--all-pages"],
                                   _env(folder, data))
    return [Check("peak memory", f"the {factor}x demo open in the window, every page visited "
                  f"(all done {seconds:.1f} s after start)", numbers["peak_mb"], "MB",
                  MEMORY_GOAL_MB)]
