"""The real app on a real X server (Xvfb): the window appears and every page can be reached."""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.tools import require

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.xvfb

# Runs the window exactly as run_gui does, then walks the navigation once it is on screen,
# prints what it found, and waits for a line on stdin before closing.
DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from ui import application

application.setup_logging()
application.install_excepthook()
app = application.make_application(sys.argv[1:])
window = application.start_window(sys.argv[1:])

def wait_for(condition, ms):
    for _ in range(ms // 20):
        if condition():
            return True
        QTest.qWait(20)
    return condition()

def visit(report):
    report["platform"] = QApplication.platformName()
    report["exposed"] = QTest.qWaitForWindowExposed(window, 20000)
    wait_for(lambda: window.workspace is not None, 20000)
    workspace = window.workspace
    report["title"] = window.windowTitle()
    report["pages"] = {}
    for name in workspace.names:
        window.show_page(name)
        QTest.qWait(30)
        page = workspace.page(name)
        report["pages"][name] = (page is not None and page.isVisible()
                                 and workspace.stack.currentWidget() is page
                                 and name not in workspace.broken)
    window.show_page("overview")
    report["window"] = int(window.winId())
    report["boxes"] = [w.text() for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMessageBox) and w.isVisible()]

def walk():
    report = {}
    try:
        visit(report)
    except Exception as exc:  # reported to the test instead of a message box nobody closes
        report["error"] = repr(exc)
    print(json.dumps(report), flush=True)
    sys.stdin.readline()
    window.close()

QTimer.singleShot(0, walk)
sys.exit(app.exec())
"""


@pytest.fixture
def display() -> Iterator[str]:
    """Start a private Xvfb screen and return its DISPLAY (skip only if Xvfb is missing)."""
    xvfb = require("Xvfb")["Xvfb"]
    read_end, write_end = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_end), "-screen", "0",
                               "1366x768x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()  # Xvfb writes its display number once it is ready
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture
def x_env(display: str) -> dict[str, str]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    env.pop("WAYLAND_DISPLAY", None)
    return env


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.rencana"
    shutil.copy(demo_file, target)
    return target


def x_window_names(display: str) -> list[str]:
    """Return the names of the windows on ``display``, read through Xlib (no X tools needed)."""
    xlib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    xlib.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, *[ctypes.c_void_p] * 2,
                                ctypes.c_void_p, ctypes.c_void_p]
    xlib.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    xlib.XFree.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    conn = xlib.XOpenDisplay(display.encode())
    assert conn, f"cannot connect to {display}"
    names: list[str] = []
    stack = [xlib.XDefaultRootWindow(conn)]
    while stack:
        window = stack.pop()
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if xlib.XQueryTree(conn, window, ctypes.byref(root), ctypes.byref(parent),
                           ctypes.byref(children), ctypes.byref(count)):
            stack += [children[i] for i in range(count.value)]
            if children:
                xlib.XFree(children)
        name = ctypes.c_char_p()
        if xlib.XFetchName(conn, window, ctypes.byref(name)) and name.value:
            names.append(name.value.decode("utf-8", "replace"))
    xlib.XCloseDisplay(conn)
    return names


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[str],
              seconds: float = 120) -> bool:
    """Poll another process's visible state (no Qt signal reaches this test) until it holds."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_main_py_shows_the_demo_window_and_closes_cleanly_when_terminated(
        x_env: dict[str, str], demo_copy: Path) -> None:
    """The real entry point opens the demo on the X screen; SIGTERM (a logout) closes it
    normally: exit code 0, no traceback, and the workbook's lock released."""
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), str(demo_copy)], env=x_env,
                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = demo_copy.with_name(demo_copy.name + ".lock")
    try:
        shown = _wait_for(lambda: any("Kota Madiun" in n
                                      for n in x_window_names(x_env["DISPLAY"])), app)
        assert shown and lock.exists()
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=120)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert not lock.exists()


def test_the_navigation_reaches_every_page_on_a_real_x_screen(
        x_env: dict[str, str], demo_copy: Path) -> None:
    driver = subprocess.Popen([sys.executable, "-c", DRIVER, str(demo_copy)], env=x_env,
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        line = driver.stdout.readline()
        report = json.loads(line) if line else {}
        if "window" in report and shutil.which("xwininfo"):
            info = subprocess.run(["xwininfo", "-id", str(report["window"])], env=x_env,
                                  capture_output=True, text=True, timeout=60, check=True)
            assert "Map State: IsViewable" in info.stdout
        _out, err = driver.communicate("done\n", timeout=120)
    finally:
        if driver.poll() is None:
            driver.kill()
    assert report and "error" not in report, (report, err)
    assert report["platform"] == "xcb" and report["exposed"]
    assert "Kota Madiun" in report["title"]
    assert report["pages"].get("overview") is True
    assert [name for name, ok in report["pages"].items() if not ok] == []
    assert report["boxes"] == []  # no error reached the user on the way
    assert driver.returncode == 0, err
