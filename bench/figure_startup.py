"""Start-up on a real X server (Xvfb) through the command users run, against a bare PySide6
window in the same run; and peak memory with an export from the window.

Start-up: ``python main.py`` (the welcome screen) and ``python main.py DEMO.rencana``
(the demo open), each launched with a fresh data folder, timed from the moment the
process is spawned to the moment its window, with the title it shows when ready, exists
on the X server (``xwininfo`` polled from outside: nothing in Rencana is changed for the
benchmark). Each of ours alternates with ``bench/startup_baseline.py`` (a bare
QMainWindow), so the load of the shared machine falls on both alike. The children write
their bytecode caches into the benchmark folder (``PYTHONPYCACHEPREFIX``), as an
installed application has them.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.data import ROOT, base_file, scaled_file, work_folder
from bench.timing import Check, Sample, Scale

HERE = Path(__file__).resolve().parent
STARTUP_GOAL = 2.5
MEMORY_GOAL_MB = 250.0
POLL_S = 0.01
GIVE_UP_S = 120.0
BARE = "bare PySide6 QMainWindow (bench/startup_baseline.py) on the same X server"


@contextmanager
def x_server() -> Iterator[str]:
    """Start a private Xvfb screen; yield its DISPLAY. RuntimeError when Xvfb is missing."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or shutil.which("xwininfo") is None:
        raise RuntimeError("start-up is measured on Xvfb: install xvfb and x11-utils")
    read_end, write_end = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_end), "-screen", "0",
                               "1600x900x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _env(folder: Path, display: str, data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", RENCANA_DATA_DIR=data_dir,
               PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    return env


def _has_window(display: str, title: str) -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree", "-display", display],
                          capture_output=True, text=True, check=False).stdout
    return title in tree


def _launch(args: list[str], display: str, title: str, folder: Path) -> float:
    """Run ``args`` (a Python script and its arguments) with a fresh data folder; return
    the seconds from spawn until a window whose name holds ``title`` exists.

    A start refused by the X server (``could not connect to display``, seen now and
    then on this shared machine while other engineers' X servers come and go) is
    started again, at most twice; any other failure is raised.
    """
    for attempt in range(3):
        try:
            return _launch_once(args, display, title, folder)
        except ConnectionError:
            if attempt == 2:
                raise RuntimeError(f"{args[0]} could not connect to {display}") from None
    raise AssertionError("unreachable")


def _launch_once(args: list[str], display: str, title: str, folder: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="rencana-startup-") as data:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], cwd=ROOT,
                                 env=_env(folder, display, data),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while not _has_window(display, title):
                if child.poll() is not None or time.perf_counter() - start > GIVE_UP_S:
                    error = child.stderr.read().decode(errors="replace") if child.stderr else ""
                    if "could not connect to display" in error:
                        raise ConnectionError(error)
                    raise RuntimeError(f"{args[0]} showed no window {title!r}: {error[:1500]}")
                time.sleep(POLL_S)
            return time.perf_counter() - start
        finally:
            child.send_signal(signal.SIGTERM)  # Rencana closes the workbook, releasing it
            try:
                child.wait(timeout=60)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def _paired(command: list[str], title: str, display: str, folder: Path,
            repeat: int) -> tuple[Sample, Sample]:
    ours, bare = Sample(), Sample()
    baseline = [str(HERE / "startup_baseline.py")]
    for run in range(1 + repeat):  # the first pair warms the disk and bytecode caches
        ours_time = _launch(command, display, title, folder)
        bare_time = _launch(baseline, display, '"bare window"', folder)
        if run:
            ours.times.append(ours_time)
            bare.times.append(bare_time)
    return ours, bare


def startup(folder: Path, scale: Scale) -> list[Check]:
    """Return the start-up of the welcome screen and of the demo against the bare window."""
    repeat = scale.repeat(full=9, quick=5)
    work = work_folder(folder)
    demo = work / "startup.rencana"
    shutil.copyfile(base_file(folder, scale.tiny), demo)
    region = "Kota Kecil" if scale.tiny else "Kota Madiun"
    main = str(ROOT / "main.py")
    with x_server() as display:
        welcome, bare1 = _paired([main], '"Rencana"', display, folder, repeat)
        opened, bare2 = _paired([main, str(demo)], region, display, folder, repeat)
    return [Check("start-up", "main.py to the welcome screen (fresh data folder, Xvfb)",
                  welcome.median / bare1.median, "x", STARTUP_GOAL, welcome.as_dict(),
                  bare1.as_dict(), BARE),
            Check("start-up", "main.py DEMO.rencana to the demo open (fresh data folder, Xvfb)",
                  opened.median / bare2.median, "x", STARTUP_GOAL, opened.as_dict(),
                  bare2.as_dict(), BARE)]


def memory(folder: Path, scale: Scale) -> list[Check]:
    """Return the peak memory (MB) with the 10x demo open, every page visited and the
    masterplan exported from the window."""
    factor = scale.size(full=10, tiny=2)
    work = work_folder(folder)
    copy = work / "memory.rencana"
    shutil.copyfile(scaled_file(folder, scale.tiny, factor), copy)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as data:
        env.update(QT_QPA_PLATFORM="offscreen", RENCANA_DATA_DIR=data,
                   PYTHONPYCACHEPREFIX=str(folder / "pycache"))
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / "startup_app.py"), str(copy),
                               "--all-pages", "--export", str(work / "memory.docx")],
                              env=env, capture_output=True, text=True, timeout=900)
    line = next((s for s in done.stdout.splitlines() if s.startswith("shown=")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"startup_app.py failed ({done.returncode}): {done.stderr[-2000:]}")
    numbers = {k: float(v) for k, v in (part.split("=") for part in line.split())}
    return [Check("peak memory", f"the {factor}x demo open in the window, every page visited, "
                  f"the masterplan exported (all done {time.perf_counter() - started:.1f} s "
                  "after start)", numbers["peak_mb"], "MB", MEMORY_GOAL_MB)]
